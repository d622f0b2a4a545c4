namespace TcApi.Import.Tests.Mining;

/// <summary>Each form the reader recognises, on sentences taken from the corpus (service and member in the comment).</summary>
public class RecognisedFormsTests
{
    [Theory]
    // cdb UpgradeDBInstanceRequest.ThroughputPerformance
    [InlineData("int", "int64", "取值范围：[0, 650]", "range [0, 650]")]
    // mongodb DescribeDBInstancesRequest.Limit: a default inside the range, a left-open interval
    [InlineData("int", "uint64", "默认值为20，取值范围为(1,100]。", "range (1, 100]")]
    // antiddos PacketFilterConfig.SportEnd
    [InlineData("int", "int64", "结束源端口，取值1~65535，必须大于等于起始源端口", "range [1, 65535]")]
    // cdb ReadOnlyInstanceWeightPair.ReadOnlyWeight
    [InlineData("int", "int64", "只读实例权重 ，范围是0-100", "range [0, 100]")]
    // mps BatchProcessMediaRequest.TasksPriority: 到, a negative bound, a special value inside the range
    [InlineData("int", "int64", "<p>任务流的优先级，数值越大优先级越高，取值范围是-10到 10，不填代表0。</p>", "range [-10, 10]")]
    // cfw DescribeCfwLogsRequest.Limit: 至; the condition is another sentence
    [InlineData("int", "int64", "单页返回条数。首次查询可选，默认 100；取值 1 至 1000；使用 NextToken 续查时不能传。", "range [1, 1000]")]
    // tcss ExportVulDetectionReportRequest.Limit
    [InlineData("int", "uint64", "需要返回的数量，默认为10，最大值为100", "range [, 100]")]
    // ckafka CreateTopicRequest.MinInsyncReplicas
    [InlineData("int", "int64", "<p>最小同步副本数</p><p>默认值：1</p><p>最小值为1</p>", "range [1, ]")]
    // iotexplorer DescribeBindSceneDevicesRequest.Limit
    [InlineData("int", "int64", "条数限制最大不能超过1000", "range [, 1000]")]
    // wedata DescribeModelListRequest.PageNumber: 大于 is strict
    [InlineData("int", "int64", "分页查询，第几页，大于0", "range (0, ]")]
    // hunyuan ChatCompletionsRequest.Temperature: a float range
    [InlineData("float", "float", "取值区间为 [0.0, 2.0]。", "range [0.0, 2.0]")]
    // live DescribeLiveForbidStreamListRequest.PageSize: two sentences, one range
    [InlineData("int", "int64", "Number of entries per page. Maximum value: 100. \nValue: any integer between 1 and 100.\nDefault value: 10.", "range [1, 100]")]
    // vod UserDefineAsrTextReviewTemplateInfo.ReviewConfidence
    [InlineData("int", "int64", "Value range: 0-100", "range [0, 100]")]
    // apigateway DescribeLogSearchRequest.Limit
    [InlineData("int", "int64", "Maximum value: 100", "range [, 100]")]
    // tiw Whiteboard.Width, controlcenter ListDeployStepTasksRequest.Offset: "equal to or greater than" is inclusive
    [InlineData("int", "int64", "The value must be equal to or greater than 2.", "range [2, ]")]
    [InlineData("int", "int64", "valid values are equal to or greater than 0.", "range [0, ]")]
    // gaap: a list of ports, the range is each item's
    [InlineData("list", "int64", "端口列表，取值范围：[1, 65535]", "items range [1, 65535]")]
    // antiddos CCReqLimitPolicyRecord.ExecuteDuration: 频率 names what is timed (the member), not a rate
    [InlineData("int", "uint64", "频率限制策略时长，可取值1~86400，单位秒", "range [1, 86400]")]
    // A word for what the number measures in the member's own clause does not make the bound one on something else:
    // cdb DescribeBackupsRequest.Limit (分页大小), clb DescribeClusterResourcesRequest.Limit (列表数目), apm
    // DescribeGeneralSpanListRequest.Limit (个数), keewidb DescribeInstanceBackupsRequest.Limit (development set: 文件, 大小)
    [InlineData("int", "int64", "分页大小，默认值为20，最小值为1，最大值为1000。", "range [1, 1000]")]
    [InlineData("int", "uint64", "返回集群中资源列表数目，默认为20，最大值为100。", "range [, 100]")]
    [InlineData("int", "int64", "单页项目个数，默认为1000，合法取值范围为1～1000", "range [1, 1000]")]
    [InlineData("int", "int64", "每页输出的备份列表大小，即每页输出的备份文件的数量，默认值20，取值范围为[1,100]。", "range [1, 100]")]
    // goosefs LoadTaskCreationAttrs.Priority (边界值), vod ProductImageConfig.OutputImageCount (最大合法值)
    [InlineData("int", "uint64", "任务优先级，数值越高代表优先级越高，边界值 1-9999，默认值为 1", "range [1, 9999]")]
    [InlineData("int", "uint64", "不传默认值为1，最大合法值为10。", "range [, 10]")]
    // lcic CreateRoomRequest.EndDelayTime: values given a meaning with 为 ("0为不限制", "-1为不能拖堂") lie in the range,
    // and "大于0为拖堂的时间" describes, it is no lower bound
    [InlineData("int", "int64", "拖堂时间：单位分钟，0为不限制(默认值), -1为不能拖堂，大于0为拖堂的时间，最大值120分钟", "range [, 120]")]
    public void Ranges(string type, string element, string doc, string expected) =>
        Assert.Equal(new[] { expected }, MinerTestDoc.Describe(type, element, doc));

    [Theory]
    // mps TextWatermarkTemplateInputForUpdate.TextContent
    [InlineData("文字内容，长度不超过100个字符。", "length ..100")]
    // vpc SubnetCreateInputInfo.SubnetName
    [InlineData("子网名称，可任意命名，但不得超过60个字符", "length ..60")]
    // lighthouse ModifyDiskBackupsAttributeRequest.DiskBackupName
    [InlineData("云硬盘备份点名称，最大长度 90 。", "length ..90")]
    // cbs CreateDiskBackupRequest.DiskBackupName (English)
    [InlineData("Name of the cloud disk backup point, which can contain up to 100 characters.", "length ..100")]
    // ip CreateAccountRequest.Password
    [InlineData("Length limit: 8-20 characters", "length 8..20")]
    // dayu CreateDDoSPolicyCaseRequest.UdpFootprint: strict
    [InlineData("UDP载荷的固定特征码，字符串长度小于512", "length ..511")]
    // postgres CreatePolicyRequest.Name: a text that may be Chinese keeps a minimum only when it is one (not empty)
    [InlineData("长度为1~128个字符，可以包含汉字、英文字母、数字和下划线（_）", "length 1..128")]
    [InlineData("长度为2~128个字符，可以包含汉字、英文字母、数字和下划线（_）", "length ..128")]
    // alb ModifyListenerAttributesRequest.ListenerName: a minimum of one holds in any counting
    [InlineData("长度为 1~255 个字符，必须是中文和无害字符串中的字符", "length 1..255")]
    // trocket CreateRoleRequest.Role: 大小写 (letter case) is no size
    [InlineData("角色名称，不能为空，只支持数字 大小写字母 分隔符(\"_\",\"-\")，不能超过 32 个字符", "length ..32")]
    // ess ProxyOrganizationInfo.OperatorOpenId: N位字符串
    [InlineData("OpenId在子客企业对应一个真实员工，本应用唯一, 不可重复使用，最大64位字符串", "length ..64")]
    // vpc CreateHaVipRequest.ClientToken: ASCII characters
    [InlineData("该字符串由客户生成，需保证不同请求之间唯一，最大值不超过64个ASCII字符。", "length ..64")]
    // live CasterInputInfo.InputUrl (最大允许长度), vpc ModifyNatGatewayAttributeRequest.NatGatewayName (边界值)
    [InlineData("输入源的源地址。最大允许长度512。", "length ..512")]
    [InlineData("NAT网关的名称，形如：test_nat，边界值：[1,60] 字符。", "length 1..60")]
    // vpc CreateNatGatewayRequest.NatGatewayName: 限制N字符
    [InlineData("NAT网关名称，限制60字符", "length ..60")]
    // as InstanceNameSettings.InstanceName, live LiveStreamMonitorNotifyPolicy.CallbackUrl, mps CreateInput.InputName: a length in brackets
    [InlineData("云服务器的实例名。字符长度为[2, 108]。", "length 2..108")]
    [InlineData("回调URL：长度[0,512]", "length 0..512")]
    [InlineData("输入名称，可填大小写、数字和下划线，长度为[1, 32]。", "length 1..32")]
    // mps SyncDubbingRequest.Text: the condition only makes the member required
    [InlineData("合成文本，语音合成时必填，文本长度不超过2000字符", "length ..2000")]
    public void Lengths(string doc, string expected) =>
        Assert.Equal(new[] { expected }, MinerTestDoc.Describe("string", "string", doc));

    [Theory]
    // as UpgradeLaunchConfigurationRequest.InstanceTags
    [InlineData("InstanceTag", "最多支持指定10个标签。", "itemCount ..10")]
    // vod SearchMediaRequest.FileIds
    [InlineData("string", "数组长度限制：10。", "itemCount ..10")]
    // cls SearchLogRequest.Topics
    [InlineData("MultiTopicSearchInformation", "要检索分析的日志主题列表，最大支持50个日志主题。", "itemCount ..50")]
    // cbs CreateDisksRequest.Tags
    [InlineData("Tag", "数组最多支持10个元素。", "itemCount ..10")]
    // ess CreateOrganizationBatchSignUrlRequest.FlowIds
    [InlineData("string", "请指定需执行批量签署的流程ID，数量范围为1-100。", "itemCount 1..100")]
    // gwlb AssociateTargetGroupsRequest.Associations
    [InlineData("TargetGroupAssociation", "Binding relationship array. A single request supports up to 20 items.", "itemCount ..20")]
    // cdb DescribeInstanceTradeParameterRequest.DrZones
    [InlineData("string", "备机可用区集合最小为2个，最大不超过5个。", "itemCount 2..5")]
    // aiart UploadTrainPortraitImagesRequest.Urls: 图片 names what is counted
    [InlineData("string", "写真模型训练用的图像 URL 列表，仅常规训练模式需要上传。图片数量：19 - 24 张。", "itemCount 19..24")]
    // cdn UrlRedirect.PathRules: the condition only makes the member required
    [InlineData("UrlRedirectRule", "访问URL重写规则，当Switch为on时必填，规则数量最大为10个。", "itemCount ..10")]
    // clb DescribeLoadBalancerListByCertIdRequest.CertIds, DescribeTargetHealthRequest.LoadBalancerIds, redis DescribeCommonDBInstancesRequest.InstanceIds
    [InlineData("string", "数组最大长度为20。", "itemCount ..20")]
    [InlineData("string", "要查询的负载均衡实例ID列表。数组大小最大支持30。", "itemCount ..30")]
    [InlineData("string", "实例ID过滤信息列表，数组最大长度限制为100", "itemCount ..100")]
    // clb DeleteLoadBalancerRequest.LoadBalancerIds: a field named where the values come from is no other field
    [InlineData("string", "要删除的负载均衡实例 ID 数组，可以通过 DescribeLoadBalancers 接口获取，数组大小最大支持20。", "itemCount ..20")]
    // mongodb InquirePriceRenewDBInstancesRequest.InstanceIds (development set): a product console is no field
    [InlineData("string", "实例ID。请登录[MongoDB 控制台](https://console.cloud.tencent.com/mongodb)在实例列表复制实例 ID，且单次最多同时查询5个实例。", "itemCount ..5")]
    // essbasic ChannelCreateBatchQuickSignUrlRequest.FlowIds (development set): "when this API is called" is every call
    [InlineData("string", "<p>批量签署的合同流程ID数组。<br>注: <code>在调用此接口时，请确保合同流程均为本企业发起，且合同数量不超过100个。</code></p>", "itemCount ..100")]
    // One item only: dcdb UpgradeDCDBInstanceRequest.VoucherIds, cvm RunInstancesRequest.DisasterRecoverGroupIds,
    // ecm DisassociateSecurityGroupsRequest.SecurityGroupIds, tke AddExistedInstancesRequest.SecurityGroupIds
    [InlineData("string", "代金券ID列表，目前仅支持指定一张代金券。", "itemCount ..1")]
    [InlineData("string", "置放群组id，仅支持指定一个。", "itemCount ..1")]
    [InlineData("string", "要解绑的安全组ID，类似esg-efil73jd，只支持解绑单个安全组。", "itemCount ..1")]
    [InlineData("string", "实例所属安全组。该参数可以通过调用 DescribeSecurityGroups 的返回值中的sgId字段来获取。若不指定该参数，则绑定默认安全组。（目前仅支持设置单个sgId）", "itemCount ..1")]
    public void Item_counts(string element, string doc, string expected) =>
        Assert.Equal(new[] { expected }, MinerTestDoc.Describe("list", element, doc));

    [Theory]
    // cfw CfwNatDnatRule.IpProtocol
    [InlineData("string", "string", "网络协议，可选值：TCP、UDP", "allowedValues {TCP, UDP}")]
    // cwp DescribeBaselineFixRecordListRequest.Order: 或, meanings in brackets
    [InlineData("string", "string", "排序方向，取值 asc（升序）或 desc（降序）", "allowedValues {asc, desc}")]
    // cfw SecurityGroupRule.DestType (English): a | list
    [InlineData("string", "string", "Valid values: net|template|instance|resourcegroup|tag|region", "allowedValues {net, template, instance, resourcegroup, tag, region}")]
    // bmvpc IKEOptionsSpecification.ExchangeMode: quoted values
    [InlineData("string", "string", "协商模式：可选值：'AGGRESSIVE', 'MAIN'，默认为MAIN", "allowedValues {AGGRESSIVE, MAIN}")]
    // csip ModifyVulScanPeriodicRequest.VulCategory: an HTML list under 枚举值, on a list's items
    [InlineData("list", "string", "<p>漏洞类型</p><p>枚举值：</p><ul><li>LINUX： Linux软件漏洞</li><li>WINDOWS： Windows系统补丁</li><li>WEB_CMS： Web-CMS漏洞</li><li>APPLICATION： 应用漏洞</li><li>EMERGENCY： 应急漏洞</li></ul>",
        "items allowedValues {LINUX, WINDOWS, WEB_CMS, APPLICATION, EMERGENCY}")]
    // iotexplorer CreateTWeSeeRecognitionTaskWithFileRequest.InputType: a markdown list of code values
    [InlineData("string", "string", "输入类型。可选值：\n\n- `video`：视频（默认值）\n- `image`：图片", "allowedValues {video, image}")]
    // dcdb GrantAccountPrivilegesRequest.Privileges
    [InlineData("list", "string", "Valid values: INSERT, REFERENCES, SELECT, UPDATE.", "items allowedValues {INSERT, REFERENCES, SELECT, UPDATE}")]
    // bm ModifyDeviceAutoRenewFlagRequest.AutoRenewFlag: integer codes with meanings
    [InlineData("int", "uint64", "自动续费标志位。0: 不自动续费; 1: 自动续费", "allowedValues {0, 1}")]
    // emr AddMetricScaleStrategyRequest.StrategyType: N 表示…
    [InlineData("int", "int64", "1表示按负载规则扩缩容，2表示按时间规则扩缩容。必须填写，并且和下面的规则策略匹配", "allowedValues {1, 2}")]
    // faceid GetEidTokenConfig.Speed: one code per line under 取值范围, the default among them
    [InlineData("int", "uint64", "意愿核身语音播报速度。\n- 配置后问答模式和点头模式的语音播报环节都会生效。\n- 默认值为0。\n- 取值范围： \n0：智能语速（根据播报文案的长度自动调整语音播报速度）。\n1：固定1倍速。\n2：固定1.2倍速。\n3：固定1.5倍速。",
        "allowedValues {0, 1, 2, 3}")]
    // bh DescribeLoginEventRequest.Entry: a code, a hyphen, its meaning
    [InlineData("int", "uint64", "登录入口：1-字符界面,2-图形界面，3-web页面, 4-API", "allowedValues {1, 2, 3, 4}")]
    // csip ModifyReverseShellSystemPolicyConfigRequest.CWPScope and cds DsgcBindingInfo.DspaCgStatus: pairs separated by spaces
    [InlineData("int", "int64", "<p>主机范围：0-指定 1-全部 2-专业版 3-旗舰版 4-专业+旗舰</p>", "allowedValues {0, 1, 2, 3, 4}")]
    [InlineData("int", "uint64", "模板状态 0: 正常   1: 已删除", "allowedValues {0, 1}")]
    // monitor ModifyPolicyGroupCondition.AlarmNotifyType: codes glued to their meanings, counting up from 0
    [InlineData("int", "int64", "<p>告警发送收敛类型。0连续告警，1指数告警</p>", "allowedValues {0, 1}")]
    // dayu L7RuleEntry.CCEnable, cdc ModifySiteDeviceInfoRequest.PowerFeedDrop, lighthouse RenewDiskChargePrepaid.Period: brackets
    [InlineData("int", "uint64", "HTTPS协议的CC防护状态，取值[0(关闭), 1(开启)]", "allowedValues {0, 1}")]
    [InlineData("string", "string", "<p>从机架上方还是下方供电。取值范围：[\"UP\",\"DOWN\"]</p>", "allowedValues {UP, DOWN}")]
    [InlineData("int", "int64", "续费周期。\n单位：月。\n取值范围: [1, 2, 3, 4, 5, 6, 12, 24, 36]", "allowedValues {1, 2, 3, 4, 5, 6, 12, 24, 36}")]
    // mqtt ModifyInstanceCertBindingRequest.X509Mode, iotvideo UpdateAIModelChannelRequest.Type: string values with Chinese meanings, no label
    [InlineData("string", "string", "加密通信方式\nTLS：单向证书认证\nmTLS：双向证书认证\nBYOC：一设备一证书认证", "allowedValues {TLS, mTLS, BYOC}")]
    [InlineData("string", "string", "推送类型。ckafka：消息队列；forward：http/https推送", "allowedValues {ckafka, forward}")]
    // ckafka MySQLParam.DataSourceStartFrom: quoted values with 表示
    [InlineData("string", "string", "\"HEAD\" 表示复制存量 + 增量数据，\"TAIL\" 表示只复制增量数据", "allowedValues {HEAD, TAIL}")]
    // cvm RunInstancesRequest.InstanceChargeType: a meaning with a comma in it
    [InlineData("string", "string", "<p>实例计费类型。<br><li>PREPAID：预付费，即包年包月</li><br><li>POSTPAID_BY_HOUR：按小时后付费</li><br><li>SPOTPAID：竞价付费</li><br>默认值：POSTPAID_BY_HOUR。</p>", "allowedValues {PREPAID, POSTPAID_BY_HOUR, SPOTPAID}")]
    // cfw DescribeCfwAlertsRequest.Order: 枚举 as a label, the default among the values
    [InlineData("string", "string", "<p>排序方向。可选，默认 desc；枚举 desc、asc。</p>", "allowedValues {desc, asc}")]
    // postgres InquiryPriceCreateDBInstancesRequest.DBEngine: 支持如下, a lower-case word in the lead is no field
    [InlineData("string", "string", "<p>DB引擎，默认postgresql，支持如下：<br>postgresql（云数据库PostgreSQL）<br>mssql_compatible（MSSQL兼容-云数据库PostgreSQL）</p>", "allowedValues {postgresql, mssql_compatible}")]
    // teo TCEOCaptchaOption.CaptchaMode: a product name that opens the sentence is no field
    [InlineData("string", "string", "EdgeOne 人机校验模式，取值有：<li> Invisible：无感验证；</li><li>Adaptive：自适应交互验证。</li>", "allowedValues {Invisible, Adaptive}")]
    // vod MediaDeleteItem.Type: 等 inside a value's aside opens no list
    [InlineData("string", "string", "可选值有：\n<li>OriginalFiles（删除原文件，删除后无法发起转码、微信发布等任何视频处理操作）；</li>\n<li>TranscodeFiles（删除转码文件）。</li>", "allowedValues {OriginalFiles, TranscodeFiles}")]
    // cdb AutoStrategy.ExpandPeriod (English): a number that ends the sentence
    [InlineData("int", "int64", "自动扩容观测周期，单位是分钟，可选值1、3、5、10、15、30。", "allowedValues {1, 3, 5, 10, 15, 30}")]
    // clb AutoRewriteRequest.RewriteCodes, live CreateLiveTranscodeTemplateRequest.Rotate, gaap DescribeProxyGroupStatisticsRequest.Granularity:
    // numbers separated by commas without spaces are a list, not thousands
    [InlineData("list", "int64", "重定向状态码，可取值301,302,307。", "items allowedValues {301, 302, 307}")]
    [InlineData("int", "int64", "旋转角度，默认0。可取值：0，90，180，270", "allowedValues {0, 90, 180, 270}")]
    // Values in brackets separated by "|": cwp DescribeAssetAppListRequest.By, mps CreateInput.FailOver, mps
    // DescribeStreamLinkFlowLogsRequest.Pipeline (two bare numbers are a list when "|" separates them)
    [InlineData("string", "string", "排序方式：[FirstTime|ProcessCount]", "allowedValues {FirstTime, ProcessCount}")]
    [InlineData("string", "string", "输入的主备开关，可选[OPEN|CLOSE]，默认为CLOSE。", "allowedValues {OPEN, CLOSE}")]
    [InlineData("list", "string", "主通道或备通道，可选[0|1]。", "items allowedValues {0, 1}")]
    // A meaning before its value: pts CreateFileRequest.Kind (development set), bmvpc SubnetCreateInputInfo.DhcpEnable,
    // cynosdb CreateClustersRequest.StoragePayMode, wedata RerunTriggerWorkflowRunAsyncRequest.ExecuteType (development set),
    // cdc DescribeDedicatedClusterCbsStatisticsRequest.Period (development set), vpc CreateNetworkAclRequest.NetworkAclType
    [InlineData("int", "int64", "文件种类，参数文件-1，协议文件-2，请求文件-3", "allowedValues {1, 2, 3}")]
    [InlineData("int", "uint64", "是否开启dhcp relay ，关闭为0，开启为1。默认为0", "allowedValues {0, 1}")]
    [InlineData("int", "int64", "集群存储计费模式，按量计费：0，包年包月：1。", "allowedValues {0, 1}")]
    [InlineData("string", "string", "运行方式：普通运行默认所有参数：1，高级运行可选任务范围和运行参数：2", "allowedValues {1, 2}")]
    [InlineData("string", "string", "时间范围精度，1分钟(ONE_MINUTE)/5分钟(FIVE_MINUTE)", "allowedValues {ONE_MINUTE, FIVE_MINUTE}")]
    [InlineData("string", "string", "网络ACL类型，三元组(TRIPLE)或五元组(QUINTUPLE)。默认值三元组(TRIPLE)。", "allowedValues {TRIPLE, QUINTUPLE}")]
    // Numbers that only go up, separated by "/": teo RateLimitUserRule.Period, csip CreateIaCAccessTokenRequest.Period
    [InlineData("int", "int64", "速率限制统计时间，取值范围 10/20/30/40/50/60 单位是秒。", "allowedValues {10, 20, 30, 40, 50, 60}")]
    [InlineData("int", "uint64", "扫描结果存储时长(30/60/90/120/150/180天)", "allowedValues {30, 60, 90, 120, 150, 180}")]
    // Quoted numbers as string codes: captcha GetTotalTicketStatisticsRequest.Dimension (a meaning before each, one per line),
    // cfw DescribeAcListsRequest.Status
    [InlineData("string", "string", "<p>查询粒度<br>分钟：“1”<br>小时：“2”<br>天：“3”</p>", "allowedValues {1, 2, 3}")]
    [InlineData("string", "string", "规则是否开启，'0': 未开启，'1': 开启, 默认为'0'", "allowedValues {0, 1}")]
    // "value - meaning" per line: cls NoticeReceiver.ReceiverChannels, essbasic CreateUserRequest.IdCardType
    [InlineData("list", "string", "通知接收渠道。\nEmail - 邮件\nSms - 短信\nWeChat - 微信\nPhone - 电话", "items allowedValues {Email, Sms, WeChat, Phone}")]
    [InlineData("string", "string", "用户证件类型：\nID_CARD - 居民身份证\nPASSPORT - 护照\nHOUSEHOLD_REGISTER - 户口本", "allowedValues {ID_CARD, PASSPORT, HOUSEHOLD_REGISTER}")]
    // ame DescribeLyricRequest.SubItemType: a hyphenated default after a colon is no item the run began after
    [InlineData("string", "string", "格式，可选项，可不填写，默认值为：LRC-LRC。\n<li>LRC-LRC：歌词；</li>\n<li>JSON-ST：波形图。</li>", "allowedValues {LRC-LRC, JSON-ST}")]
    public void Allowed_values(string type, string element, string doc, string expected) =>
        Assert.Equal(new[] { expected }, MinerTestDoc.Describe(type, element, doc));

    [Fact]
    public void English_and_Chinese_lists_that_end_a_sentence_agree()
    {
        // cdb AutoStrategy.ExpandPeriod: "30." ends the English sentence, it is not cut off.
        var mined = Assert.Single(MinerTestDoc.Mine("int", "int64", "可选值1、3、5、10、15、30。后台会按照配置的周期进行扩容判断。",
            "Auto-scaling observation period, in minutes, available values 1, 3, 5, 10, 15, 30. The backend will judge scaling out according to the configured period."));

        Assert.Equal(new[] { "1", "3", "5", "10", "15", "30" }, mined.Values);
    }

    [Fact]
    public void An_empty_string_given_a_meaning_is_a_value()
    {
        // essbasic ApproverOption.ApproverMobileMode
        var mined = Assert.Single(MinerTestDoc.Mine("string", "string",
            "<p>签署人手机号传参模式</p><p>枚举值：</p><ul><li>REPLACE： 接受已有认证手机号并替换</li><li>GIVEN： 以客户入参输入手机号为主</li><li>&quot;&quot;： 不走手机号传参模式</li></ul><p>默认值：&quot;&quot;</p>"));

        Assert.Equal(new[] { "REPLACE", "GIVEN", "" }, mined.Values);
    }

    [Fact]
    public void A_constraint_carries_its_sentence_and_confidence()
    {
        var labelled = Assert.Single(MinerTestDoc.Mine("int", "int64", "返回数量，默认为10，最大值为100。"));
        var bare = Assert.Single(MinerTestDoc.Mine("int", "int64", "每页容量，默认20，最大200"));

        Assert.Equal("返回数量，默认为10，最大值为100。", labelled.Quote);
        Assert.Equal(TcApi.Import.Mining.MinedConfidence.High, labelled.Confidence);
        Assert.Equal(TcApi.Import.Mining.MinedConfidence.Medium, bare.Confidence);
        Assert.Equal("zh", labelled.Language);
    }

    [Fact]
    public void A_list_names_its_own_items()
    {
        // cvm DescribeImagesRequest.Filters: the count of the filters, beside a count of each filter's values.
        Assert.Equal(new[] { "itemCount ..10" }, MinerTestDoc.Describe("list", "Filter", "过滤条件，每次请求的Filters的上限为10，Filters.Values的上限为5。", member: "Filters"));
        // fmu TryLipstickPicRequest.LipColorInfos (development set): the items' type is no other field.
        Assert.Equal(new[] { "itemCount ..3" }, MinerTestDoc.Describe("list", "LipColorInfo", "您可以输入最多3个 LipColorInfo 来实现给一张图中的最多3张人脸试唇色。", member: "LipColorInfos"));
        // cvm AssociateSecurityGroupsRequest.SecurityGroupIds (English), clb DescribeTargetHealthRequest.LoadBalancerIds (English): "array size" is no size
        Assert.Equal(new[] { "itemCount ..1" }, MinerTestDoc.Describe("list", "string", "要绑定的安全组ID。", "Only one security group can be associated."));
        Assert.Equal(new[] { "itemCount ..30" }, MinerTestDoc.Describe("list", "string", "负载均衡实例ID列表。", "The array size supports up to 30."));
        // eb CreateTransformationRequest.Transformations (English)
        Assert.Equal(new[] { "itemCount ..1" }, MinerTestDoc.Describe("list", "Transformation", "转换规则列表。", "Transformation rule list (currently, only one is supported)", "Transformations"));
    }

    [Fact]
    public void English_stands_in_where_the_Chinese_text_states_nothing()
    {
        var mined = Assert.Single(MinerTestDoc.Mine("int", "int64", "分页大小。", "Page size. Value range: 1-100."));

        Assert.Equal("en", mined.Language);
        Assert.Equal("Value range: 1-100.", mined.Quote);
    }

    [Fact]
    public void Mining_is_deterministic()
    {
        const string doc = "<p>数据压缩模式。可选值：transparent（透传模式）、compatibility（兼容模式）</p>";

        Assert.Equal(MinerTestDoc.Mine("string", "string", doc), MinerTestDoc.Mine("string", "string", doc), new SameConstraint());
    }

    private sealed class SameConstraint : IEqualityComparer<TcApi.Import.Mining.MinedConstraint>
    {
        public bool Equals(TcApi.Import.Mining.MinedConstraint? x, TcApi.Import.Mining.MinedConstraint? y) => x is not null && y is not null && x.SameFacts(y) && x.Quote == y.Quote;

        public int GetHashCode(TcApi.Import.Mining.MinedConstraint obj) => obj.Quote.GetHashCode(StringComparison.Ordinal);
    }
}
