namespace TcApi.Import.Tests.Mining;

/// <summary>What the reader must not mistake for a constraint. Skipping is always safe.</summary>
public class TrapsTests
{
    [Theory]
    // Units and defaults are not bounds.
    [InlineData("int", "int64", "超时时间，单位：毫秒，默认值：10000")]
    // cdb ModifyCdbProxyAddressVipAndVPortRequest.ReleaseDuration: a range in hours is fine, the unit is declared; a foreign unit is not
    [InlineData("int", "int64", "超时时间，单位：毫秒，最大不超过60秒")]
    // asr CreateRecTaskRequest.SentenceMaxLength: 0 has a meaning outside [6, 40]: two ranges, and one code is no list
    [InlineData("int", "int64", "<p>单标点最多字数（目前支持中文普通话引擎）<br><strong>可控制单行字幕最大字数，适用于字幕生成场景</strong>，取值范围：[6，40]<br>0：不开启该功能；<br>默认值为0</p>")]
    // Two ranges in one sentence.
    [InlineData("int", "int64", "取值范围：0 和 [128, 4096]")]
    [InlineData("int", "int64", "取值范围：0-10，或 128-4096")]
    // mps VideoTemplateInfoForUpdate.Compress: a range and -1
    [InlineData("int", "int64", "压缩率范围0-100，可选值：[0-100]和-1 \n注意：-1表示修改为自动")]
    // Conditions: the whole sentence is skipped.
    [InlineData("int", "int64", "当 Protocol 为 TCP 时，取值范围：1-100。")]
    [InlineData("string", "string", "<li>当 ModelName 是 GV，则可选值为 16:9、9:16，默认为 16:9；</li>")]
    [InlineData("float", "float", "该参数仅对SwapModelType（模型类型）取值1-5生效")]
    [InlineData("int", "int64", "Value range: 1-100 if the protocol is TCP.")]
    // Examples and open lists are not allowed values.
    [InlineData("string", "string", "协议类型，如 TCP、UDP")]
    [InlineData("string", "string", "可选值：TCP、UDP等")]
    [InlineData("string", "string", "可选值包括但不限于：TCP、UDP")]
    [InlineData("string", "string", "Protocol, such as TCP, UDP.")]
    // A bound on something else: a rate, a file, a total.
    [InlineData("int", "int64", "每秒最多20次请求")]
    [InlineData("string", "string", "图片Base64编码，编码后大小不超过10M")]
    // Not plain numbers.
    [InlineData("int", "int64", "日志导出数量，最大值100w")]
    [InlineData("int", "int64", "取值范围：1-2^31")]
    // An expression's bound, not the member's (cls DescribeLogHistogramRequest.Interval).
    [InlineData("int", "int64", "时间间隔: 单位ms 限制性条件：(To-From) / interval <= 200")]
    // A comparison that describes a value ("values above 1 count as 1", apm).
    [InlineData("int", "int64", "是否按固定时间跨度聚合，填入1及大于1的值按1处理，不填按0处理。")]
    // A negated comparison (gse CreateGameServerSessionRequest.MaximumPlayerSessionCount) is not read as its opposite.
    [InlineData("int", "uint64", "The maximum number of players, which cannot be less than 0.")]
    // Values of the wrong type.
    [InlineData("string", "string", "取值范围：1-100")]
    [InlineData("int", "int64", "取值范围：0.5-1")]
    [InlineData("int", "uint64", "取值范围：[-1, 100]")]
    [InlineData("float", "float", "可选值：0、1")]
    // A length counted in 汉字, or of a list rather than its items.
    [InlineData("string", "string", "名称，不超过20个汉字")]
    // A length in bytes: the spec has no such bound, and characters are not what the sentence states (live
    // ModifyLiveSnapshotTemplateRequest.Description; the labelled evaluation set counts a character bound here wrong).
    [InlineData("string", "string", "长度上限：1024字节。")]
    [InlineData("string", "string", "名称，不超过32字节")]
    [InlineData("string", "string", "The name can contain up to 64 bytes.")]
    // A number of digits or a size is no length without characters; a limit under a condition or as a default is none.
    [InlineData("string", "string", "编号，最大64位")]
    [InlineData("string", "string", "若开启加密，限制60字符")]
    [InlineData("string", "string", "默认值为 64 个 ASCII 字符的随机串")]
    // Another field's values (dsgc DatagovRuleExtendParameter.Name; ess Component.ComponentExtra).
    [InlineData("string", "string", "IsFullWordMatch，表示是否全文匹配，该Name对应的Value可取值为\"true\"或\"false\":")]
    [InlineData("string", "string", "ComponentType string 子控件类型-可选值:SIGN_SIGNATURE,SIGN_DATE,SIGN_SELECTOR,SIGN_MULTI_LINE_TEXT")]
    // A list that goes on past what was read (teo HealthChecker.Type).
    [InlineData("string", "string", "健康检查策略，取值有：\n<li>HTTP；</li>\n<li>HTTPS；</li>\n<li>TCP；</li>\n<li>UDP；</li>\n<li>ICMP Ping；</li>\n<li>NoCheck。</li>\n注意：NoCheck 表示不启用健康检查策略。")]
    // Codes whose default lies outside them (cfw SecurityGroupListData.TargetType).
    [InlineData("int", "int64", "访问目的类型，默认为0，1: VPC, 2: SUBNET, 3: CVM, 4: CLB, 5: ENI, 6: CDB, 7: 参数模板, 100:资源组")]
    // A count said of named fields (wedata DescribeAuditLogListRequest.FilterList) on a list of objects.
    [InlineData("list", "Filter", "支持SpaceId,AccountUin,AppId(最多100个)")]
    // A count of something per kind (antiddos DDoSSpeedLimitConfig.SpeedValues).
    [InlineData("list", "SpeedValue", "限速值，每种类型的限速值最多支持1个；")]
    // Codes and lists that are not a closed list of values.
    // Two numbers in brackets on a string are a range, a number with a thousands separator no list (mps ImageWatermarkInput.Width).
    [InlineData("string", "string", "取值范围为[8, 4096]")]
    [InlineData("string", "string", "Value range: [128, 4,096]")]
    // Endpoints of a scale (cfs CreateCfsRuleRequest.Priority), a unit after a number.
    [InlineData("int", "int64", "优先级，其中 1 为最高，100为最低")]
    [InlineData("int", "int64", "可选1个，2个")]
    // A code glued to its meaning beside the run (cds DescribeReportMissionListRequest): not read whole.
    [InlineData("int", "int64", "报表类型 1:单次报表 2:周期报表 0全查")]
    [InlineData("int", "int64", "任务状态0全查 1:生成中 2:待生成")]
    // A bare value inside a run of codes (ioa Filter.Operator).
    [InlineData("string", "string", "过滤方式： eq:等于,net:不等于,like,nlike,gt:大于")]
    // JSON keys, URL schemes, keys paired with values, English phrases ending in a colon, units.
    [InlineData("string", "string", "全局参数：\"ParamKey\": \"genderParam\", \"JoinType\": \"AND\"")]
    [InlineData("list", "string", "URL 列表，需要包含协议头部 http:// 或 https://")]
    [InlineData("string", "string", "支付方式 H5：WAP, 公众号：PUBLIC, APP-SDK：SDK")]
    [InlineData("string", "string", "Action 动作的持续时长，单位仅支持： s：秒，取值 1 ~ 120； m：分钟，取值 1 ~ 120。")]
    [InlineData("string", "string", "<p>认证有效时间。默认为 60s，支持的单位有：</p><li>s：秒，取值范围 60～43200；</li><li>m：分，取值范围 1～720；</li>")]
    // A run that starts mid-list: the first item's meaning is not Chinese (mongodb AddNodeList.Role).
    [InlineData("string", "string", "需要新增的节点角色。\n- SECONDARY：Mongod 节点。\n- READONLY：只读节点。\n- MONGOS：Mongos 节点。")]
    // The line before holds values too (wedata CompareRuleItem.Operator), or an item whose meaning names a field (alb DescribeQuotaRequest.QuotaTypes).
    [InlineData("string", "string", "比较操作类型\n<  <=  ==  =>  > !=\nIRLCRO:在区间内(左闭右开)\nIRLORC:在区间内(左开右闭)")]
    [InlineData("list", "string", "枚举说明：\n- quota_a_num：每个地域的实例数。\n- quota_b_num：每个实例的监听器数，ResourceIds 填写实例 ID。\n- quota_c_num：每个实例的规则数。\n- quota_d_num：每个实例的证书数。")]
    // A list that leaves out its own default (vpc CreateVpnConnectionRequest.RouteType).
    [InlineData("string", "string", "<p>通道类型</p><p>枚举值：</p><ul><li>StaticRoute： 目的路由类型</li><li>Policy： SPD策略类型</li></ul><p>默认值：STATIC</p>")]
    // Values of a field inside a JSON document in a <pre> block (gme StartAIConversationRequest.TTSConfig).
    [InlineData("string", "string", "TTS配置，为JSON字符串，示例如下： <pre>{ <br> \"EmotionCategory\":  \"angry\", // 取值: neutral(中性)、sad(悲伤)、happy(高兴)。<br> }</pre>")]
    // Conditions, examples, defaults outside the codes, one value alone.
    [InlineData("int", "int64", "当 Type 为 1 时，0-关闭，1-开启")]
    [InlineData("int", "int64", "例如 0-关闭，1-开启")]
    [InlineData("int", "int64", "默认为2，0-关闭，1-开启")]
    [InlineData("int", "int64", "<p>签署类型</p><p>枚举值：</p><ul><li>0： 人脸</li></ul>")]
    public void Nothing_is_mined(string type, string element, string doc) =>
        Assert.Empty(MinerTestDoc.Describe(type, element, doc));

    [Theory]
    // iss DescribeVideoDownloadUrlRequest.BeginTime: a window between two members, in minutes, is no length.
    [InlineData("string", "string", "下载的开始时间，UTC 秒数，开始和结束时间段最长为60分钟，且不能跨天。")]
    // A bound on a part of the value: clb CreateIntentRouterRequest.RouteName, cls CreateTopicRequest.TopicId,
    // cls Label.Key, vpc ModifyServiceTemplateAttributeRequest.Services, and tat InvokeCommandRequest.Parameters (the
    // names of keys inside a JSON string).
    [InlineData("string", "string", "必须以\"IntentRouter/\"为前缀，后缀仅支持字母、数字、连字符和下划线，后缀长度1-128个字符。")]
    [InlineData("string", "string", "用户自定义部分仅支持小写字母、数字和-，且不能以-开头和结尾，长度为3至40字符。")]
    [InlineData("string", "string", "名称部分是必需的，并且必须不超过 63 个字符，以字母数字字符 ([a-z0-9A-Z]) 开头和结尾。")]
    [InlineData("list", "string", "协议后面的端口部分长度不能超过128个字符。")]
    [InlineData("string", "string", "Command 的自定义参数。字段类型为json encoded string。如：{\"varA\": \"222\"}。<br>key为自定义参数名称，value为该参数的默认取值。<br>自定义参数名称需符合以下规范：字符数目上限64，可选范围【a-zA-Z0-9-_】。")]
    // A bound on a sum: as InstanceNameSettings.InstanceNameSuffix, cdwdoris WorkloadGroupConfig.MemoryLimit, cynosdb DescribeAuditLogsRequest.Offset.
    [InlineData("string", "string", "云服务器实例名后缀。字符长度为[1,105]，且与 InstanceName 的长度和不能超过107。")]
    [InlineData("int", "int64", "内存限制，所有资源组的内存限制值之和应该小于等于100")]
    [InlineData("int", "int64", "偏移量。说明：Limit 和 Offset 的取值之和需小于等于65536。")]
    // vod AigcTextDetailData.ApiKey: a number a condition is about ("长度 ≤ 8 时") is no bound.
    [InlineData("string", "string", "脱敏后的 api_key:前 8 位 + (长度 ≤ 8 时原样返回)")]
    public void Nothing_is_mined_from_something_else(string type, string element, string doc) =>
        Assert.Empty(MinerTestDoc.Describe(type, element, doc));

    [Theory]
    // teo DescribeZonesRequest.Filters, lighthouse: a count of each filter's values, not of the filters.
    [InlineData("Filter", "Filters", "过滤条件，Filters.Values 的上限为 20。")]
    // live CreateLivePullStreamTaskRequest.SourceUrls: a count under a condition on another field.
    [InlineData("string", "SourceUrls", "拉流源 url 列表。SourceType 为点播（PullVodPushLive）可以填多个，上限30个。")]
    // as CreateLaunchConfigurationRequest.InstanceTypes: one of two members, a rule.
    [InlineData("string", "InstanceTypes", "实例机型列表。InstanceType和InstanceTypes参数互斥，二者必填一个且只能填写一个。")]
    // vpc DescribeTenantCcnsRequest.Filters: one value per filter.
    [InlineData("Filter", "Filters", "过滤条件，目前value值个数只支持一个，允许可支持的字段有：")]
    // dayu DescribeTransmitStatisRequest.IpList: the condition that makes the member required goes on with 且.
    [InlineData("string", "IpList", "资源的IP（当Business为bgp-multip时必填，且仅支持一个IP）；")]
    // essbasic ChannelDescribeEmployeesRequest.Filters: one filter per key, said of a field.
    [InlineData("Filter", "Filters", "注: 同名字的Key的过滤条件会冲突, 只能填写一个")]
    public void No_count_of_this_list_is_read(string element, string member, string doc) =>
        Assert.Empty(MinerTestDoc.Describe("list", element, doc, member: member));

    [Theory]
    // clb MultiCertInfo.CertList: one per algorithm; teo RuleBranch.SubRules: one layer (a depth, not a count);
    // yunjing DescribeVulsRequest.Filters: one value of a filter; mdc CreateInput.Zones: the other case ("Otherwise").
    [InlineData("CertInfo", "CertList", "Only one certificate can be specified for one algorithm.")]
    [InlineData("RuleEngineSubRule", "SubRules", "currently, only one layer of subrules is supported.")]
    [InlineData("Filter", "Filters", "Only one value is allowed for the Status filter, and \"OR\" logic is not supported.")]
    [InlineData("string", "Zones", "If disaster recovery is enabled, you must enter two different availability zones. Otherwise, you can only enter one availability zone at most.")]
    public void No_count_of_this_list_is_read_in_English(string element, string member, string english) =>
        Assert.Empty(MinerTestDoc.Describe("list", element, "列表。", english, member));

    [Fact]
    public void Values_given_a_meaning_with_wei_are_special_values()
    {
        // mongodb CreateDBInstanceHourRequest.ReplicateSetNum: "1为单副本集实例" keeps 1 in the range, "大于1为…" describes.
        Assert.Equal(new[] { "range [, 10]" }, MinerTestDoc.Describe("int", "uint64", "副本集个数，1为单副本集实例，大于1为分片集群实例，最大不超过10"));
        // wedata TaskTypeDsVO.DowngradePriorityTries: 0 has a meaning, so "> 0" is no range.
        Assert.Empty(MinerTestDoc.Describe("int", "int64", "0 为不可创建任务;\n>0 可创建任务"));
    }

    [Fact]
    public void A_count_of_something_else_bounds_no_code()
    {
        // trtc MixLayoutParams.MixLayoutMode: "最多支持25个画面" counts pictures, the member is a layout code.
        Assert.Empty(MinerTestDoc.Describe("int", "uint64", "九宫格布局：根据主播的数量自动调整每个画面的大小，每个主播的画面大小一致，最多支持25个画面。", member: "MixLayoutMode"));
        // scf GetFunctionLogsRequest.Limit: a bound on a sum of members.
        Assert.Empty(MinerTestDoc.Describe("int", "int64", "返回数据的长度，Offset+Limit不能大于10000", member: "Limit"));
    }

    [Fact]
    public void Pages_and_another_fields_values_are_no_codes()
    {
        // emr DescribeHBaseTableOverviewRequest.Offset: pages named before their numbers are an example of an offset.
        Assert.Empty(MinerTestDoc.Describe("int", "int64", "页码，第一页:0，第二页:1", member: "Offset"));
        // wedata TimeOutStrategyInfo.AlarmTriggerFrequency: "ruleType=8/9/10" are another field's values.
        Assert.Equal(new[] { "range [5, 1440]" }, MinerTestDoc.Describe("int", "int64", "告警触发频率（用于 Spark Streaming 策略 ruleType=8/9/10）\n单位：分钟，范围：5-1440"));
        // A date is no rising list.
        Assert.Empty(MinerTestDoc.Describe("int", "int64", "起始日期，如 2024/1/15"));
    }

    [Fact]
    public void A_list_broken_off_or_numbered_is_not_read()
    {
        // billing DescribeAllocationBillDetailRequest.Sort: "TransferPayAmount -分成金金额" goes on past the items read.
        Assert.Empty(MinerTestDoc.Describe("string", "string", "排序字段，枚举值如下：\nRiTimeSpan - 预留实例抵扣时长\nRealCost - 折后总价\nCashPayAmount - 现金金额\nTransferPayAmount -分成金金额\nCost - 组件原价", member: "Sort"));
        // essbasic DescribeFileUrlsRequest.BusinessType: "4.CATALOG" is an item number glued to a value.
        Assert.Empty(MinerTestDoc.Describe("string", "string", "业务类型：\nTEMPLATE - 模板\nSEAL - 印章\nFLOW - 流程\n4.CATALOG - 目录", member: "BusinessType"));
        // cynosdb InstanceAuditLogFilter.Type, postgres LogFilter.Type: a run that starts after an item led by its own label
        // ("…: sql - SQL详情；", "如：sql - SQL命令详情") began mid-list (the published examples send "sql" and "host").
        Assert.Empty(MinerTestDoc.Describe("string", "string", "过滤项。目前支持以下搜索条件：\n\n包含、不包含: sql - SQL详情；alarmLevel - 告警等级；ruleTemplateId - 规则模板Id\n\n等于、不等于： host - 客户端地址； user - 用户名；", member: "Type"));
        Assert.Empty(MinerTestDoc.Describe("string", "string", "<p>过滤条件名称。</p><p>如：sql - SQL命令详情</p><p>host – 客户端 IP；<br>user – 数据库账户。</p>", member: "Type"));
        // cdb DescribeInstanceAlarmEventsRequest.EventStatus: a third value "-" follows the two quoted codes.
        Assert.Empty(MinerTestDoc.Describe("string", "string", "事件状态。\"1\" - 发生事件；\"0\" - 恢复事件；\"-\" - 无状态事件。", member: "EventStatus"));
    }

    [Fact]
    public void Otherwise_failing_is_no_condition()
    {
        // gaap ModifyProxyGroupAttributeRequest.GroupName: "否则修改失败" says the bound is enforced.
        Assert.Equal(new[] { "length ..30" }, MinerTestDoc.Describe("string", "string", "修改后的通道组名称：不超过30个字符，否则修改失败。"));
    }

    [Fact]
    public void A_sentence_after_an_example_heading_is_an_example()
    {
        // lcic CreateRoomRequest.MaxMicNumber (English): codes listed under "Example:" are not the member's values.
        Assert.Empty(MinerTestDoc.Describe("int", "int64", "最大连麦人数。",
            "Maximum number of mic-on users.\nExample:\n1: Billing based on the 1v1 rule;\n10: Billing based on the 1v7-12 rule."));

        // ess DescribeIntegrationRolesRequest.Offset: "每页限制最多10条" belongs to the example, the bound is 2000.
        Assert.Equal(new[] { "range [, 2000]" }, MinerTestDoc.Describe("int", "uint64",
            "OFFSET 用于指定查询结果的偏移量，如果不传默认偏移为0,最大2000。\n分页参数, 需要limit, offset 配合使用\n例如:\n您希望得到第三页的数据, 且每页限制最多10条\n您可以使用 LIMIT 10 OFFSET 20"));
    }

    [Fact]
    public void A_member_that_is_itself_the_part_is_bounded()
    {
        // iotvideo CreateDevicesRequest.NamePrefix, teo EdgeKVListRequest.Prefix
        Assert.Equal(new[] { "length ..10" }, MinerTestDoc.Describe("string", "string", "设备名称前缀，支持英文、数字，不超过10字符", member: "NamePrefix"));
        Assert.Equal(new[] { "length 1..512" }, MinerTestDoc.Describe("string", "string", "前缀，长度为 1-512 个字符。", member: "Prefix"));
        // teo FunctionWeightedSelection.Weight: the sum is another clause.
        Assert.Equal(new[] { "range [0, 100]" }, MinerTestDoc.Describe("int", "uint64", "选中权重。取值范围0-100，所有的权重之和需要为100。"));
    }

    [Fact]
    public void The_same_fact_is_not_read_twice_with_two_meanings()
    {
        // cwp DeleteRaspRulesRequest.IDs: the Chinese count, not also the English "maximum value" on each id.
        Assert.Equal(new[] { "itemCount ..100" }, MinerTestDoc.Describe("list", "uint64", "待删除的规则ID数组 (最大100条)", "Array containing IDs of rules to be deleted (maximum value: 100)."));
        // iai DetectFaceRequest.NeedFaceAttributes: the Chinese codes, not also an English range ("up to 5 largest faces").
        Assert.Equal(new[] { "allowedValues {0, 1}" }, MinerTestDoc.Describe("int", "uint64",
            "是否需要返回人脸属性信息（FaceAttributesInfo）。0 为不需要返回，1 为需要返回。默认为 0。",
            "The face attribute information of up to 5 largest faces in the image will be returned."));
        // tiw MixStream.ModelId: the Chinese range, not also the English codes.
        Assert.Equal(new[] { "range [1, 2]" }, MinerTestDoc.Describe("int", "int64", "混流布局模板ID，取值范围[1,2]", "Mixed stream layout template ID. 1: layout 1; 2: layout 2"));
    }

    [Fact]
    public void A_number_with_a_thousands_separator_is_no_list_of_values()
    {
        // live HlsSpecialParam.FlowContinueDuration: "[0, 1,800]" is not the values 0, 1 and 800.
        Assert.Equal(new[] { "range [0, 1800]" }, MinerTestDoc.Describe("int", "uint64", "HLS续流超时时间。取值范围[0，1800]。", "Timeout period for restarting an interrupted HLS push. Value range: [0, 1,800]."));
        Assert.Empty(MinerTestDoc.Describe("int", "uint64", "HLS续流超时时间。", "Value range: [0, 1,800]."));
    }

    [Fact]
    public void English_phrases_that_end_in_a_colon_are_no_values()
    {
        // antiddos PacketFilterConfig.MatchType2: only Chinese text is read for string values without a label.
        Assert.Empty(MinerTestDoc.Mine("string", "string", "检测方式", "The second detection type: sunday: keyword pcre: regular expression"));
    }

    [Fact]
    public void On_a_list_of_numbers_an_upper_limit_counts_the_items()
    {
        // chdfs DeleteAccessRulesRequest.AccessRuleIds: not a bound on each id.
        Assert.Equal(new[] { "itemCount ..10" }, MinerTestDoc.Describe("list", "uint64", "多个权限规则ID，上限为10"));
    }

    [Fact]
    public void Chinese_and_English_that_disagree_give_nothing()
    {
        Assert.Empty(MinerTestDoc.Mine("int", "int64", "取值范围：1-100", "Value range: 1-200"));
        Assert.Empty(MinerTestDoc.Mine("string", "string", "可选值：TCP、UDP", "Valid values: TCP, UDP, ICMP"));
    }

    [Fact]
    public void English_does_not_stand_in_where_the_Chinese_text_declined()
    {
        Assert.Empty(MinerTestDoc.Mine("int", "int64", "当 Protocol 为 TCP 时，取值范围：1-100。", "Value range: 1-100."));
        // A limit in bytes, or a length "为60个字符" (exactly, or at most?), is declined (redis ModifyInstanceRequest.InstanceNames).
        Assert.Empty(MinerTestDoc.Mine("string", "string", "名称，不超过32字节", "Name, up to 32 characters."));
        Assert.Empty(MinerTestDoc.Mine("list", "string", "名称只支持长度为60个字符的中文、英文、数字。", "The length can be up to 60 characters."));
    }

    [Fact]
    public void Chinese_and_English_that_agree_give_the_Chinese_reading()
    {
        var mined = Assert.Single(MinerTestDoc.Mine("int", "int64", "取值范围：1-100", "Value range: 1-100"));

        Assert.Equal("zh", mined.Language);
    }

    [Fact]
    public void A_code_outside_the_stated_range_drops_both()
    {
        Assert.Empty(MinerTestDoc.Mine("int", "int64", "取值范围：1-2。0：关闭；1：开启；2：自动"));
    }
}
