namespace TcApi.Import.Tests.Mining;

/// <summary>Advice and clamps are bounds the service does not enforce by rejecting a value: nothing is read from them.</summary>
public class SoftBoundsTests
{
    [Theory]
    // cdb DescribeCloneListRequest.Limit, iai DetectFaceRequest.MinFaceSize, tke VirtualNodeSpec.DisplayName, iotexplorer TalkLLMConfig.Temperature
    [InlineData("int", "int64", "分页查询时的每页条目数，默认值为20，建议最大取值100。", null)]
    [InlineData("int", "uint64", "人脸长和宽的最小尺寸，单位为像素。建议不低于34。", null)]
    [InlineData("string", "string", "节点展示名称，建议不超过20个字符", null)]
    [InlineData("float", "float", "采样温度，建议范围0-2", null)]
    // The development set's advice sentence (a content id).
    [InlineData("string", "string", "内容唯一id，建议限制在128字符以内", null)]
    // cdb DescribeRollbackTaskDetailRequest.Limit (English)
    [InlineData("int", "int64", "分页参数，每次请求返回的记录数。", "Number of records returned per request. Default value: 20. Maximum value: 100 is recommended.")]
    public void Advice_is_no_limit(string type, string element, string chinese, string? english) =>
        Assert.Empty(MinerTestDoc.Describe(type, element, chinese, english));

    [Theory]
    // postgres CreateAccountRequest.Password: the advice is another clause.
    [InlineData("string", "string", "账号对应的密码。长度8 ~ 32位，推荐使用12位以上的密码", null, "length 8..32")]
    // aiart ImageToImageRequest.Strength: the recommended range is another sentence, no longer in conflict with the stated one.
    [InlineData("float", "float", "生成自由度。Strength 值越小，生成图和原图越接近，取值范围(0, 1]，不传使用模型内置的默认值。推荐的取值范围为0.6 - 0.8。", null, "range (0, 1]")]
    // cdb CreateAccountsRequest.Password (English): advice in an aside.
    [InlineData("string", "string", "新账户的密码。", "Within 8–64 characters (recommend not exceeding 12).", "length 8..64")]
    // domain ModifyDomainDNSBatchRequest.Dns
    [InlineData("list", "string", "域名DNS 数组。不少于2个，一般建议2-6个", null, "itemCount 2..")]
    public void A_bound_beside_advice_is_read(string type, string element, string chinese, string? english, string expected) =>
        Assert.Equal(new[] { expected }, MinerTestDoc.Describe(type, element, chinese, english));

    [Theory]
    // antiddos DescribeNewL7RulesRequest.Limit, live DescribeAuditKeywordsRequest.Limit, wav QueryClueInfoListRequest.Limit
    [InlineData("int", "uint64", "一页条数，默认值100，最大值100，超过100最大返回100条", null)]
    [InlineData("int", "int64", "单页条数，最大为100条，超过则按100条返回。", null)]
    [InlineData("int", "int64", "返回的最大记录数，整型，最大值100，默认值50，超过最大值时取最大值", null)]
    // ssl DescribeHostUploadUpdateRecordDetailRequest.Limit, tcr DescribeServiceAccountsRequest.Limit, ckafka DescribeDatahubTasksRequest.Limit
    [InlineData("int", "int64", "每页数量，默认为10，最大为200， 超过200则为200", null)]
    [InlineData("int", "int64", "最大输出条数，默认20，最大为100（超出最大值，调整到最大值）", null)]
    [InlineData("int", "uint64", "返回数量，默认为20，最大值为100 (超过100限制为100)", null)]
    // tcbr DescribeCloudRunServersRequest.PageSize (development set): the clamp is a sentence of its own.
    [InlineData("int", "int64", "默认为9， 最大为30\n不传或传0时 取默认9\n大于30时取30", null)]
    // tcb ModifyClientRequest.RefreshTokenExpiresIn
    [InlineData("int", "int64", "取值范围：1800~2592000（即 30 分钟至 30 天），超出上限将被截断为 2592000。", null)]
    // cls CreateConfigRequest.Name, gaap ModifySecurityRuleRequest.AliasName: truncation
    [InlineData("string", "string", "名称最长255字符，超过截断", null)]
    [InlineData("string", "string", "规则名：不得超过30个字符，超过部分会被截断。", null)]
    // ssl (English), gaap (English)
    [InlineData("int", "int64", "每页数量。", "Number of items per page. default is 10, maximum is 200. exceeds 200 will be set to 200.")]
    [InlineData("string", "string", "规则名。", "Rule name: up to 30 characters. The extra characters will be truncated.")]
    public void A_clamp_is_no_limit(string type, string element, string chinese, string? english) =>
        Assert.Empty(MinerTestDoc.Describe(type, element, chinese, english));
}
