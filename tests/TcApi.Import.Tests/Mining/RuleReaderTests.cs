using TcApi.Import.Mining;

namespace TcApi.Import.Tests.Mining;

/// <summary>Rules among members, tied to member names of the same object only.</summary>
public class RuleReaderTests
{
    private static IReadOnlyList<MinedRule> Mine(params (string Name, string Doc)[] members) =>
        ConstraintMiner.MineRules(members.Select(m => (m.Name, m.Doc, (string?)null)).ToList());

    [Fact]
    public void Cannot_both_be_given_is_at_most_one_of()
    {
        // vpc DescribeVpcsRequest.VpcIds
        var rule = Assert.Single(Mine(("VpcIds", "<p>VPC实例ID。形如：vpc-f49l6u0z。每次请求的实例的上限为100。参数不支持同时指定VpcIds和Filters。</p>"), ("Filters", "过滤条件"), ("Offset", "偏移量")));

        Assert.Equal(MinedRuleKind.AtMostOneOf, rule.Kind);
        Assert.Equal(new[] { "VpcIds", "Filters" }, rule.Members);
        Assert.Equal("参数不支持同时指定VpcIds和Filters。", rule.Quote);
    }

    [Fact]
    public void At_least_one_with_the_documented_member()
    {
        // dts ModifySubscribeVipVportRequest.DstIp
        var rule = Assert.Single(Mine(("SubscribeId", "订阅实例ID"), ("DstIp", "目标IP，与DstPort至少传一个"), ("DstPort", "目标PORT")));

        Assert.Equal(MinedRuleKind.AtLeastOneOf, rule.Kind);
        Assert.Equal(new[] { "DstIp", "DstPort" }, rule.Members);
    }

    [Fact]
    public void Exactly_one()
    {
        var rule = Assert.Single(Mine(("InstanceId", "实例ID。InstanceId和InstanceIds必须且只能填写其中一个。"), ("InstanceIds", "实例ID列表")));

        Assert.Equal(MinedRuleKind.ExactlyOneOf, rule.Kind);
    }

    [Fact]
    public void A_rule_names_the_members_of_its_own_clause()
    {
        // gaap DescribeTCPListenersRequest.ProxyId: ListenerId may be given with either of the other two.
        var rule = Assert.Single(Mine(("ProxyId", "过滤条件，根据通道ID进行拉取，ProxyId/GroupId/ListenerId必须设置一个，但ProxyId和GroupId不能同时设置。"),
            ("GroupId", "通道组ID"), ("ListenerId", "监听器ID")));

        Assert.Equal(MinedRuleKind.AtMostOneOf, rule.Kind);
        Assert.Equal(new[] { "ProxyId", "GroupId" }, rule.Members);
    }

    [Fact]
    public void A_clause_reaches_back_over_a_list_of_names()
    {
        var rule = Assert.Single(Mine(("Name", "Filter by name, ProxyId, GroupId, and ListenerId cannot be specified at the same time."),
            ("ProxyId", "Proxy"), ("GroupId", "Group"), ("ListenerId", "Listener")));

        Assert.Equal(new[] { "ProxyId", "GroupId", "ListenerId" }, rule.Members);
    }

    [Fact]
    public void A_rule_stated_on_both_members_is_mined_once()
    {
        var rules = Mine(("DiskId", "云硬盘ID，与参数DiskIds互斥。"), ("DiskIds", "云硬盘ID列表，与参数DiskId互斥。"));

        Assert.Equal(new[] { "DiskId", "DiskIds" }, Assert.Single(rules).Members);
    }

    [Theory]
    // A name that is not a member of this object.
    [InlineData("与 Foo 参数不能同时指定。")]
    // Groups exclude each other, not members (monitor ModifyAlarmNoticeRequest).
    [InlineData("Type、NoticeReceivers和WebCallbacks是一组配置，NoticeRules是另一组配置，2组配置互斥。")]
    // Items of two lists, not the lists (dnspod ModifyDnsRecordsStatusRequest).
    [InlineData("注意：同个 DNS 记录 ID 不能同时存在于 RecordsToEnable 和 RecordsToDisable。")]
    // A condition.
    [InlineData("当 Type 为 1 时，NoticeReceivers 和 WebCallbacks 不能同时为空。")]
    // One member tied to two others: each pair, not the two of them together.
    [InlineData("mutually exclusive with NoticeReceivers and WebCallbacks")]
    public void Nothing_is_mined(string doc) =>
        Assert.Empty(Mine(("Name", doc), ("Type", "类型"), ("NoticeReceivers", "接收人"), ("WebCallbacks", "回调"), ("NoticeRules", "规则"),
            ("RecordsToEnable", "启用"), ("RecordsToDisable", "停用")));
}
