using System.Text.Json.Nodes;
using TcApi.Tool.CorpusCheck;
using static TcApi.Import.Tests.Synthetic.TencentJson;

namespace TcApi.Import.Tests.Synthetic;

/// <summary>
/// The hazards of Tencent's corpus (issue 11), each in a few members of api.json: imported, generated, compiled as a
/// consumer's build compiles it (every warning an error) and its examples read, as <c>tcapi corpus-check</c> does.
/// </summary>
public class CorpusHazardTests
{
    private static ServiceCheckResult Check(string objects, string actions, string? examples = null, string service = "demo")
    {
        var result = ServiceCheck.Run(SyntheticService.Files(objects, actions, examples, service: service), SyntheticService.Sources, [], concurrentBuild: true);
        Assert.True(result.Passed, string.Join("\n", new[] { result.Failure ?? string.Empty }
            .Concat(result.GeneratorDiagnostics)
            .Concat(result.CompileDiagnostics.Take(10).Select(d => d.Text))
            .Concat(result.Findings.Select(f => $"{f.Action}: {f.Outcome} {f.Path} {f.Reason}"))));
        return result;
    }

    private static JsonObject Import(string objects, string actions) => SyntheticService.Import(SyntheticService.Files(objects, actions));

    private static string Members(JsonObject spec, string objectName) =>
        string.Join(", ", spec["objects"]!.AsArray().Single(o => (string?)o!["name"] == objectName)!["members"]!.AsArray()
            .Select(m => $"{m!["name"]}:{(string?)m["csharpName"] ?? (string?)m["name"]}"));

    [Fact]
    public void A_service_whose_name_is_a_CSharp_keyword()
    {
        var objects = Map(Object("DescribeGroupsRequest", Member("Limit", "int", "int64")), Response("DescribeGroups", Member("TotalCount", "int", "int64")));

        var result = Check(objects, Map(Action("DescribeGroups")), service: "as");

        Assert.Equal("as", result.Service);
    }

    [Fact]
    public void Members_named_like_their_object_take_Value()
    {
        var objects = Map(
            Object("Key", Member("Key"), Member("KeyId")),
            Object("DescribeKeysRequest", Member("KeyId")),
            Response("DescribeKeys", Member("Keys", "list", "Key")));

        Check(objects, Map(Action("DescribeKeys")));

        Assert.Equal("Key:KeyValue, KeyId:KeyId", Members(Import(objects, Map(Action("DescribeKeys"))), "Key"));
    }

    [Fact]
    public void Members_that_differ_only_by_case_are_told_apart()
    {
        var objects = Map(
            Object("Domain", Member("DNSStatus"), Member("DnsStatus"), Member("dnsStatus")),
            Object("DescribeDomainRequest", Member("Domain")),
            Response("DescribeDomain", Member("DomainInfo", "object", "Domain")));

        Check(objects, Map(Action("DescribeDomain")));

        Assert.Equal("DNSStatus:DNSStatus, DnsStatus:DnsStatus, dnsStatus:DnsStatusValue", Members(Import(objects, Map(Action("DescribeDomain"))), "Domain"));
    }

    [Fact]
    public void Members_whose_camelCase_is_a_keyword()
    {
        string[] keywords = ["Operator", "Namespace", "Params", "Event", "Class", "Default", "Object", "String", "Base", "This", "Value", "Var", "Field", "Record", "Required", "Scoped", "Extension"];
        var members = keywords.Select(k => Member(k)).Append(Member("Checked", "bool")).Append(Member("Fixed", "int", "int64")).ToArray();
        var objects = Map(Object("Rule", members), Object("CreateRuleRequest", [.. members, Member("Rule", "object", "Rule")]), Response("CreateRule", [.. members, Member("Rules", "list", "Rule")]));

        Check(objects, Map(Action("CreateRule")));
    }

    [Fact]
    public void Objects_named_like_DotNet_types_are_never_confused_with_them()
    {
        string[] names = ["Task", "Action", "Object", "Environment", "Attribute", "Version", "String", "Exception", "Type", "Math", "Guid", "Array", "Nullable", "Enum", "List", "Dictionary", "Convert", "StringBuilder", "JsonEncodedText", "Utf8JsonWriter", "FormattableString", "EqualityComparer", "CancellationToken", "Uri", "Int32"];
        var objects = names.Select(n => Object(n, Member("Name"), Member("Count", "int", "int64"))).ToList();
        objects.Add(Object("DescribeTasksRequest", names.Select(n => Member("Filter" + n, "object", n)).ToArray()));
        objects.Add(Response("DescribeTasks", names.Select(n => Member(n + "Set", "list", n)).ToArray()));

        Check(Map([.. objects]), Map(Action("DescribeTasks")));
    }

    [Fact]
    public void An_action_named_like_a_data_object()
    {
        var objects = Map(
            Object("TakeMusicOffShelves", Member("MusicIds", "list", "string")),
            Object("TakeMusicOffShelvesRequest", Member("TakeMusicOffShelves", "object", "TakeMusicOffShelves", required: true)),
            Response("TakeMusicOffShelves", Member("TakeMusicOffShelves", "object", "TakeMusicOffShelves")));

        Check(objects, Map(Action("TakeMusicOffShelves")));
    }

    [Fact]
    public void Objects_named_Request_or_Response_are_data_when_no_action_takes_them_as_input_or_output()
    {
        var objects = Map(
            Object("PolicyRequest", Member("Name")),
            Object("RuleResponse", Member("Code", "int", "int64")),
            Object("CreateRuleRequest", Member("Policy", "object", "PolicyRequest"), Member("Previous", "object", "CreateRuleResponse")),
            Response("CreateRule", Member("Result", "object", "RuleResponse")));

        Check(objects, Map(Action("CreateRule")));

        var spec = Import(objects, Map(Action("CreateRule")));
        Assert.Equal(
            ["CreateRuleResponse:CreateRuleResponseData", "PolicyRequest:PolicyRequest", "RuleResponse:RuleResponse"],
            spec["objects"]!.AsArray().Select(o => $"{o!["name"]}:{(string?)o["csharpName"] ?? (string?)o["name"]}"));
    }

    [Fact]
    public void Response_members_named_Error_or_Response_are_data_and_a_real_error_is_still_the_services_exception()
    {
        var objects = Map(
            Object("TaskError", Member("Code"), Member("Message")),
            Object("RunTaskRequest", Member("TaskId")),
            Response("RunTask", Member("Error", "object", "TaskError"), Member("Response"), Member("Result")));
        var examples = Map($$"""
            "RunTask": [
              {{Example(Post("RunTask", """{"TaskId": "t"}"""), """{"Response": {"Error": {"Code": "Timeout", "Message": "slow"}, "Response": "done", "Result": "ok", "RequestId": "r"}}""")}},
              {{Example(Post("RunTask", """{"TaskId": "t"}"""), """{"Response": {"Error": {"Code": "InvalidParameter", "Message": "bad"}, "RequestId": "r"}}""")}}
            ]
            """);

        var result = Check(objects, Map(Action("RunTask")), examples);

        Assert.Equal(1, result.Count(ExampleOutcome.OutputRead));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputErrorAnswer));
    }

    [Fact]
    public void Recursive_types_self_references_and_cycles()
    {
        var objects = Map(
            Object("Node", Member("Name"), Member("Children", "list", "Node"), Member("Parent", "object", "Node"), Member("Owner", "object", "Group")),
            Object("Group", Member("Root", "object", "Node"), Member("Groups", "list", "Group")),
            Object("SaveTreeRequest", Member("Root", "object", "Node", required: true)),
            Response("SaveTree", Member("Tree", "object", "Group")));
        var examples = Map($$"""
            "SaveTree": [ {{Example(Post("SaveTree", """{"Root": {"Name": "a", "Children": [{"Name": "b", "Children": [{"Name": "c"}], "Owner": {"Root": {"Name": "d"}}}]}}"""),
                """{"Response": {"Tree": {"Root": {"Name": "a", "Parent": {"Name": "p"}}, "Groups": [{"Groups": []}]}, "RequestId": "r"}}""")}} ]
            """);

        var result = Check(objects, Map(Action("SaveTree")), examples);

        Assert.Equal(1, result.Count(ExampleOutcome.InputRead));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputRead));
    }

    [Fact]
    public void Requests_nested_ten_levels_deep()
    {
        var levels = Enumerable.Range(1, 10).Select(i => i < 10
            ? Object($"Level{i}", Member("Name"), Member("Next", "object", $"Level{i + 1}"), Member("Items", "list", $"Level{i + 1}"))
            : Object($"Level{i}", Member("Value", "int", "int64", required: true)));
        var objects = Map([.. levels, Object("DeepRequest", Member("Top", "object", "Level1", required: true)), Response("Deep")]);
        var body = Enumerable.Range(1, 9).Aggregate("""{"Value": 10}""", (inner, _) => $$"""{"Name": "n", "Next": {{inner}}, "Items": [{{inner}}]}""");
        var examples = Map($$"""
            "Deep": [ {{Example(Post("Deep", $$"""{"Top": {{body}}}"""), """{"Response": {"RequestId": "r"}}""")}} ]
            """);

        var result = Check(objects, Map(Action("Deep")), examples);

        Assert.Equal(1, result.Count(ExampleOutcome.InputRead));
    }

    [Fact]
    public void Requests_without_members_and_responses_with_only_RequestId()
    {
        var objects = Map(Object("PingRequest"), Response("Ping"));
        var examples = Map($$"""
            "Ping": [ {{Example(Post("Ping", "{}"), """{"Response": {"RequestId": "r"}}""")}} ]
            """);

        var result = Check(objects, Map(Action("Ping")), examples);

        Assert.Equal(1, result.Count(ExampleOutcome.InputRead));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputRead));
    }

    [Fact]
    public void Members_Tencent_marks_disabled_and_actions_it_marks_deprecated_or_offline()
    {
        var objects = Map(
            Object("Instance", Member("Id"), Member("OldName", disabled: true)),
            Object("ListRequest", Member("Offset", "int", "int64", disabled: true), Member("Limit", "int", "int64"), Member("Filter", disabled: true, required: true)),
            Response("List", Member("TotalCount", "int", "int64", disabled: true), Member("Instances", "list", "Instance")),
            Object("OldRequest", Member("Id", disabled: true)),
            Response("Old", Member("Instance", "object", "Instance")),
            Object("GoneRequest"),
            Response("Gone", Member("Id", disabled: true)));

        Check(objects, Map(Action("List"), Action("Old", "deprecated"), Action("Gone", "offline")));
    }

    [Fact]
    public void Integers_beyond_2_to_the_53rd_read_exactly()
    {
        var objects = Map(
            Object("GetQuotaRequest", Member("AppId", "int", "int64"), Member("Ids", "list", "int64")),
            Response("GetQuota", Member("Used", "int", "uint64"), Member("Limits", "list", "int64")));
        var examples = Map($$"""
            "GetQuota": [ {{Example(Post("GetQuota", """{"AppId": 9007199254740993, "Ids": [9223372036854775807, "9007199254740995"]}"""),
                """{"Response": {"Used": 9007199254740993, "Limits": [-9223372036854775808], "RequestId": "r"}}""")}} ]
            """);

        var result = Check(objects, Map(Action("GetQuota")), examples);

        Assert.Equal(1, result.Count(ExampleOutcome.InputRead));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputRead));
    }

    [Fact]
    public void Query_string_examples_read_as_the_JSON_they_stand_for()
    {
        var objects = Map(
            Object("Filter", Member("Name"), Member("Values", "list", "string")),
            Object("DescribeInstancesRequest", Member("Filters", "list", "Filter"), Member("Limit", "int", "int64"), Member("InstanceName")),
            Response("DescribeInstances"));
        var examples = Map($$"""
            "DescribeInstances": [ {{Example("https://demo.tencentcloudapi.com/?Action=DescribeInstances\n&Filters.0.Name=zone\n&Filters.0.Values.0=1\n&Limit=10\n&InstanceName=20\n&<公共请求参数>",
                """{"Response": {"RequestId": "r"}}""")}} ]
            """);

        var result = Check(objects, Map(Action("DescribeInstances")), examples);

        Assert.Equal(1, result.Count(ExampleOutcome.InputReadFromQuery));
    }

    [Fact]
    public void Examples_that_are_not_one_JSON_document_are_classified_never_read_as_one()
    {
        var objects = Map(Object("ChatRequest", Member("Prompt")), Response("Chat", Member("Content")));
        var examples = Map($$"""
            "Chat": [
              {{Example("POST / HTTP/1.1\nContent-Type: multipart/form-data; boundary=x\n\n--x\nContent-Disposition: form-data; name=\"File\"\n\nabc\n--x--", """{"Response": {"RequestId": "r"}}""")}},
              {{Example("POST / HTTP/1.1\nContent-Type: application/x-protobuf\n\n<LogGroupList>", """{"Response": {"RequestId": "r"}}""")}},
              {{Example(Post("Chat", """{"Prompt": "a"}{"Prompt": "b"}"""), """{"Response": {"RequestId": "r"}}{"Response": {"RequestId": "s"}}""")}},
              {{Example(Post("Chat", """{"Prompt": a}"""), "data: {\"Content\": \"he\"}\n\ndata: {\"Content\": \"llo\"}\n\ndata: [DONE]")}},
              {{Example(Post("Chat", """{"Prompt": "a"}"""), """{"Content": "a bare event"}""")}},
              {{Example(Post("Chat", """{"Prompt": "a"}"""), """{"Response": {"Content": "unterminated" """)}}
            ]
            """);

        var result = Check(objects, Map(Action("Chat")), examples);

        Assert.Equal(2, result.Count(ExampleOutcome.InputMultipartOrBinary));
        Assert.Equal(1, result.Count(ExampleOutcome.InputGlued));
        Assert.Equal(1, result.Count(ExampleOutcome.InputNotJson));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputGlued));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputStreaming));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputNoEnvelope));
        Assert.Equal(1, result.Count(ExampleOutcome.OutputNotJson));
    }

    [Fact]
    public void Mined_rules_and_constraints_only_on_objects_a_request_reaches_whatever_Tencent_labels_them()
    {
        // fwm 2025-06-11: SecurityGroupRiskPolicy is labelled "both" but only a response reaches it; its rules broke the build (TCAPI0005).
        string[] documented =
        [
            Member("ServiceTemplate", document: "端口ID。参数不支持同时指定ServiceTemplate和Protocol。"),
            Member("Protocol", document: "协议，可选值：TCP、UDP。"),
        ];
        var objects = Map(
            DataObject("Policy", "both", documented),
            DataObject("PolicyGroup", "both", Member("Policies", "list", "Policy")),
            DataObject("Filter", "out", documented),
            Object("DescribeRiskRequest", Member("Filters", "list", "Filter")),
            Response("DescribeRisk", Member("Groups", "list", "PolicyGroup")));
        var actions = Map(Action("DescribeRisk"));

        Check(objects, actions);

        var spec = Import(objects, actions);
        JsonObject Data(string name) => spec["objects"]!.AsArray().Single(o => (string?)o!["name"] == name)!.AsObject();
        Assert.Null(Data("Policy")["rules"]);
        Assert.All(Data("Policy")["members"]!.AsArray(), m => Assert.Null(m!["constraints"]));
        Assert.Equal("atMostOneOf", (string?)Assert.Single(Data("Filter")["rules"]!.AsArray())!["kind"]);
        Assert.Equal("allowedValues", (string?)Data("Filter")["members"]![1]!["constraints"]![0]!["kind"]);
    }
}
