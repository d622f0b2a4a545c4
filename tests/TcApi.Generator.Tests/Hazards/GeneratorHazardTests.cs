namespace TcApi.Generator.Tests.Hazards;

/// <summary>Cases of the Tencent corpus the generator itself must survive, each in a spec of a few members.</summary>
public class GeneratorHazardTests
{
    [Fact]
    public void A_member_named_Clone_which_records_may_not_declare_needs_a_csharpName()
    {
        var member = """{ "name": "Clone", "type": "boolean", "description": "Whether to clone." }""";

        var (generator, _) = StrictBuild.Run(HazardSpec.File(HazardSpec.Text($"[{HazardSpec.Action("CopyDisk", member)}]")));

        var diagnostic = Assert.Single(generator);
        Assert.Equal("TCAPI0006", diagnostic.Id);
        Assert.Contains("'Clone'", diagnostic.GetMessage());
        StrictBuild.AssertClean(HazardSpec.File(HazardSpec.Text($"[{HazardSpec.Action("CopyDisk", member.Replace("\"Clone\",", "\"Clone\", \"csharpName\": \"CloneValue\","))}]")));
    }

    [Fact]
    public void Paging_over_members_Tencent_marks_disabled_compiles_without_an_obsolete_warning()
    {
        var action = HazardSpec.Action(
            "DescribeThings",
            """
            { "name": "Offset", "type": "integer", "deprecated": true, "description": "Where to start." },
            { "name": "Limit", "type": "integer", "description": "How many." }
            """,
            """
            { "name": "TotalCount", "type": "integer", "deprecated": true, "description": "How many in all." },
            { "name": "Things", "type": "list", "items": { "type": "string" }, "description": "The things." }
            """,
            """ "paging": { "offset": "Offset", "limit": "Limit", "total": "TotalCount", "items": "Things" }, """);

        StrictBuild.AssertClean(HazardSpec.File(HazardSpec.Text($"[{action}]")));
    }

    [Fact]
    public void An_overlay_that_makes_a_member_a_flag_or_an_enum_gives_it_its_values_instead_of_the_documented_ones()
    {
        static string AllowedValues(string member, string values) =>
            $$"""[ { "id": "Toggle.{{member}}.allowedValues", "kind": "allowedValues", "values": {{values}}, "message": "{member} should be one of {allowed}", "severity": "warning", "provenance": { "documented": "0 or 1" } } ]""";
        var action = HazardSpec.Action(
            "Toggle",
            $$"""
            { "name": "Enabled", "type": "integer", "description": "1 on, 0 off.", "constraints": {{AllowedValues("Enabled", "[1, 0]")}} },
            { "name": "Mode", "type": "string", "description": "fast or slow.", "constraints": {{AllowedValues("Mode", "[\"fast\", \"slow\"]")}} },
            { "name": "Modes", "type": "list", "items": { "type": "string", "constraints": {{AllowedValues("Modes", "[\"fast\", \"slow\"]")}} }, "description": "fast or slow." }
            """);
        var overlay = HazardSpec.Overlay("""
            "enums": [ { "name": "Mode", "wireType": "string", "description": "A mode.", "values": [ { "wire": "fast", "name": "Fast" }, { "wire": "slow", "name": "Slow" } ] } ],
            "actions": { "Toggle": { "input": {
              "Enabled": { "type": "flag" },
              "Mode": { "type": "enum", "enum": "Mode" },
              "Modes": { "items": { "type": "enum", "enum": "Mode" } }
            } } }
            """);

        StrictBuild.AssertClean(HazardSpec.File(HazardSpec.Text($"[{action}]")), overlay);
    }

    [Fact]
    public void A_required_member_marked_deprecated_is_an_optional_property_that_reading_and_validation_still_require()
    {
        var spec = HazardSpec.Text($$"""[{{HazardSpec.Action("List", """{ "name": "Filter", "type": "string", "required": true, "deprecated": true, "description": "Old." }""")}}]""");

        StrictBuild.AssertClean(HazardSpec.File(spec));
        var requests = string.Concat(GeneratorHarness.Run(spec, HazardSpec.Path).Result.GeneratedSources.Where(s => s.HintName.EndsWith(".Requests.g.cs", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
        Assert.Contains("public string? Filter { get; init; }", requests);
        Assert.Contains("throw global::TcApi.Wire.WireReader.Missing(\"Filter\");", requests);
        Assert.Contains("\"List.Filter.required\"", requests);
    }

    [Fact]
    public void Documented_values_named_like_objects_members_compile_without_hiding_them()
    {
        // cloudrc 2024-06-06 ExtendedFilter.MatchType and teo 2022-09-01 QueryCondition.Operator list "equals" (CS0108).
        var member = """
            { "name": "MatchType", "type": "string", "description": "equals or notEquals.", "constraints": [ { "id": "Find.MatchType.allowedValues", "kind": "allowedValues", "values": ["equals", "notEquals", "toString", "getHashCode", "getType", "referenceEquals"], "message": "MatchType should be one of {allowed}", "severity": "warning", "errorCode": "InvalidParameterValue", "provenance": { "documented": "equals or notEquals" } } ] }
            """;

        StrictBuild.AssertClean(HazardSpec.File(HazardSpec.Text($"[{HazardSpec.Action("Find", member)}]")));
    }
}
