namespace TcApi.Import.Tests.Mining;

/// <summary>
/// A bound the documentation states for one case only — a platform, a mode, a kind of resource, a region — holds for no
/// call in general: nothing is read from it (and the other language does not stand in).
/// </summary>
public class CaseScopeTests
{
    [Theory]
    // cvm RunInstancesRequest.HostName: Windows 2–15, Linux 2–60 (the English Linux sentence hides its bound behind "such as").
    [InlineData("string", "string",
        "<p>实例主机名。<br><li>Windows 实例：主机名名字符长度为[2, 15]，允许字母（不限制大小写）、数字和短横线（-）组成，不支持点号（.），不能全是数字。</li><br><li>其他类型（Linux 等）实例：主机名字符长度为[2, 60]，允许支持多个点号，点之间为一段，每段允许字母（不限制大小写）、数字和短横线（-）组成。</li></p>",
        "Instance HostName.<br><li>Windows instances: The hostname should contain 2 to 15 characters, including letters (case insensitive), digits, and hyphens (-), does not support periods (.), and should not be all digits.</li><br><li>Instances of other types (such as Linux instances): The hostname should contain 2 to 60 characters, including multiple periods (.), with each segment between periods considered as one section.</li>")]
    // One platform alone is a case too.
    [InlineData("string", "string", "实例主机名。", "Windows instances: The hostname should contain 2 to 15 characters.")]
    // as MetricAlarm.PreciseThreshold: a bound per value of another member.
    [InlineData("float", "float", "告警阈值：<br><li>CPU_UTILIZATION：(0, 100]，单位：%</li><li>MEM_UTILIZATION：(0, 100]，单位：%</li><li>LAN_TRAFFIC_OUT：>0，单位：Mbps</li>", null)]
    // keewidb ModifyConnectionConfigRequest.ClientLimit: a bound per mode.
    [InlineData("int", "int64", "单分片的总连接数。<br>关闭副本只读：每个分片的最大连接数的取值范围为[10000,40000]。<br>开启副本只读：每个分片的最大连接数的取值范围为 [10000,10000 x (副本数 + 3)]。", null)]
    // cloudaudit Storage.StorageName: a bound per kind of storage, inside one sentence.
    [InlineData("string", "string", "存储名称(cos：存储名称为用户自定义的存储桶名称，不能超过50字符； cls：存储名称为日志主题id，字符长度为1-50个字符； ckafka： ckafka实例ID/topic)", null)]
    // clb HealthCheck.IntervalTime, lighthouse CreateInstancesRequest.InstanceCount: a bound's label qualified by a kind of resource.
    [InlineData("int", "int64", "说明：部分老旧 IPv4 CLB实例的取值范围为：5-300。", null)]
    [InlineData("int", "uint64", "创建数量，默认为 1。<br>包年包月实例取值范围：[1，30]。", null)]
    // dlc CreateDataEngineRequest.TimeSpan: leads after a comma, one per billing mode.
    [InlineData("int", "int64", "资源使用时长，后付费：固定填1，预付费：最少填1，代表购买资源一个月，最长不超过120。", null)]
    // redis CreateInstancesRequest.RedisReplicasNum: the range some versions and architectures support.
    [InlineData("int", "int64", "副本数量。Redis 内存版 4.0、5.0、6.2、7.0 标准架构和集群架构支持副本数量范围为[1,5]。", null)]
    // cvm CreateLaunchTemplateRequest.InstanceCount (English): a range per billing mode.
    [InlineData("int", "int64", "购买实例数量。", "Number of instances to purchase. value range for monthly subscription instances: [1, 300]. value range for pay-as-you-go instances: [1, 100].")]
    // ess Component.ComponentId: 方式下 (in one positioning mode).
    [InlineData("string", "string", "在绝对定位方式方式下，ComponentId为控件的ID，长度不能超过30，只能由中文、字母、数字和下划线组成。", null)]
    // bmlb ModifyL7ListenerRequest.Bandwidth: 方式时 (for one billing mode).
    [InlineData("int", "int64", "计费模式为按固定带宽方式时监听器的限速值，可选值：0-1000，单位：Mbps。", null)]
    // ccc CreateCCCSkillGroupRequest.MaxConcurrency: a condition after a numbered item's 、.
    [InlineData("int", "uint64", "1、若技能组类型为在线，则接待上限可设置为1及以上", null)]
    public void A_bound_for_one_case_is_not_read(string type, string element, string chinese, string? english) =>
        Assert.DoesNotContain(MinerTestDoc.Describe(type, element, chinese, english), c => !c.Contains("allowedValues", StringComparison.Ordinal));

    [Theory]
    // ssl DescribeManagersRequest.Limit, ess DescribeFileUrlsRequest.Limit: "if not given" only states a default.
    [InlineData("int", "int64", "分页每页数量，如果不传默认值为10，最大值为1000", "range [, 1000]")]
    [InlineData("int", "int64", "指定分页每页返回的数据条数，如果不传默认为 20，单页最大支持 100。", "range [, 100]")]
    // ie VideoInfo.Gop
    [InlineData("int", "int64", "固定I帧之间，视频帧数量，取值范围： [25, 2500]，如果不填，使用编码默认最优序列。", "range [25, 2500]")]
    // vod CreateAIRecognitionTemplateRequest.ScreenshotInterval
    [InlineData("float", "float", "截帧间隔，单位为秒，当不填时，默认截帧间隔为 1 秒，最小值为 0.5 秒。", "range [0.5, ]")]
    // teo BotUserRule.ResponseCode, csip ModifyWebhookReceiverRequest.WebhookAddr: a condition that only makes the member required.
    [InlineData("int", "int64", "自定义返回页面的响应码。Action 是 page 时必填，且不能为空，取值: 100~600，不支持 3xx 响应码。默认值：567。", "range [100, 600]")]
    [InlineData("string", "string", "Webhook 地址<br>入参限制：Type=WEBHOOK 时必填，长度 1-2048，必须为合法 http(s) URL，且不允许内网地址", "length 1..2048")]
    // clb CreateListenerRequest.IdleConnectTimeout: a range stated for every case stands beside the ranges per kind of instance.
    [InlineData("int", "int64", "取值范围：共享型实例和独占型实例支持：10-900，性能容量型实例支持：10-1980。<br>取值范围：[10, 1980]", "range [10, 1980]")]
    public void A_default_or_a_required_case_does_not_make_the_bound_conditional(string type, string element, string doc, string expected) =>
        Assert.Equal(new[] { expected }, MinerTestDoc.Describe(type, element, doc));
}
