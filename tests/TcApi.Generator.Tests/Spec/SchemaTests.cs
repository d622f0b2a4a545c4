using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests.Spec;

/// <summary>
/// The JSON Schemas editors use (spec/tcapi.schema.json, spec/tcapi-overlay.schema.json) must agree with what the
/// generator reads: every checked-in file conforms, and what the schema rejects the generator rejects too.
/// </summary>
public class SchemaTests
{
    private const string MiniOverlayPath = "/specs/mini-v20200101.tcapi-overlay.json";

    private static readonly JsonSchema Schema = Load("tcapi.schema.json");

    private static readonly JsonSchema OverlaySchema = Load("tcapi-overlay.schema.json");

    // Each schema is built in a registry of its own, so loading them never clashes with another registration of the same $id.
    private static JsonSchema Load(string fileName) =>
        JsonSchema.FromText(GeneratorHarness.ReadSpec(fileName), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}").Distinct().Take(40));

    private static void AssertConforms(JsonSchema schema, string text)
    {
        var result = schema.Evaluate(Json(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, Errors(result));
    }

    private static bool Conforms(JsonSchema schema, string text) => schema.Evaluate(Json(text)).IsValid;

    /// <summary>Applies edits written "from=>to"; each <c>from</c> must occur in the text.</summary>
    private static string Edit(string text, string[] edits)
    {
        foreach (var edit in edits)
        {
            var parts = edit.Split("=>");
            Assert.True(text.Contains(parts[0], StringComparison.Ordinal), $"the text has no '{parts[0]}'");
            text = text.Replace(parts[0], parts[1], StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<string> GeneratorDiagnostics(string spec, string? overlay = null)
    {
        var files = overlay is null
            ? new[] { GeneratorHarness.Spec(spec, "/specs/mini-v20200101.tcapi.json") }
            : new[] { GeneratorHarness.Spec(spec, "/specs/mini-v20200101.tcapi.json"), GeneratorHarness.Spec(overlay, MiniOverlayPath) };
        return GeneratorHarness.Run(LanguageVersion.CSharp12, files).Result.Diagnostics.Select(d => $"{d.Id} {d.GetMessage()}");
    }

    [Theory]
    [InlineData("gaap-v20180529.tcapi.json")]
    [InlineData("demo-v20240101.tcapi.json")]
    [InlineData("nested-v20250101.tcapi.json")]
    public void The_specs_conform_to_the_schema(string spec) =>
        AssertConforms(Schema, GeneratorHarness.ReadSpec(spec));

    [Fact]
    public void The_GAAP_overlay_conforms_to_the_overlay_schema() =>
        AssertConforms(OverlaySchema, GeneratorHarness.ReadSpec("gaap-v20180529.tcapi-overlay.json"));

    [Fact]
    public void The_minimal_test_spec_conforms_to_the_schema() =>
        AssertConforms(Schema, MinimalSpec.Text);

    [Fact]
    public void The_overlay_schema_copies_the_spec_schemas_definitions_unchanged()
    {
        var spec = JsonNode.Parse(GeneratorHarness.ReadSpec("tcapi.schema.json"))!["$defs"]!.AsObject();
        var overlay = JsonNode.Parse(GeneratorHarness.ReadSpec("tcapi-overlay.schema.json"))!["$defs"]!.AsObject();
        var shared = overlay.Select(d => d.Key).Where(spec.ContainsKey).ToList();

        Assert.Contains("member", spec.Select(d => d.Key));
        Assert.Contains("rule", shared);
        Assert.All(shared, name => Assert.True(JsonNode.DeepEquals(spec[name], overlay[name]), $"$defs/{name} differs between the two schemas"));
    }

    /// <summary>Version 2 features the generator accepts, written into the minimal spec: the schema accepts them too.</summary>
    [Theory]
    [InlineData("action facts",
        "\"description\": \"Pings.\",=>\"description\": \"Pings.\", \"descriptionZh\": \"测试。\", \"descriptionLanguage\": \"en\", \"status\": \"deprecated\", \"documentation\": \"https://example.com/ping\", \"regionRequired\": true, \"rateLimit\": { \"requestsPerSecond\": 20, \"provenance\": { \"documented\": \"20 per second.\" } }, \"idempotent\": { \"value\": true, \"provenance\": { \"inferred\": \"a read\", \"source\": \"test\", \"confidence\": \"medium\" } },")]
    [InlineData("header",
        "\"endpoint\": \"mini.tencentcloudapi.com\",=>\"endpoint\": \"mini.tencentcloudapi.com\", \"serviceTitle\": \"Mini\", \"endpoints\": { \"regional\": \"mini.{region}.tencentcloudapi.com\", \"international\": \"mini.intl.tencentcloudapi.com\" },",
        "\"provenance\": { \"documentation\": \"https://example.com/mini\" },=>\"provenance\": { \"repository\": \"a/b\", \"commit\": \"c\", \"license\": \"MIT\", \"sources\": [ { \"what\": \"api.json\", \"repository\": \"a/b\", \"commit\": \"c\", \"path\": \"p\", \"license\": \"MIT\" } ] },")]
    [InlineData("service error codes named by actions",
        "\"actions\": [=>\"errorCodes\": [ { \"code\": \"InvalidParameterValue\", \"description\": \"Bad value.\" }, { \"code\": \"Failed_Operation.X1\" } ], \"actions\": [",
        "\"errorCodes\": [ { \"code\": \"InvalidParameterValue\", \"description\": \"Bad value.\" } ]=>\"errorCodes\": [ \"InvalidParameterValue\", \"Failed_Operation.X1\" ]")]
    [InlineData("member types",
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"string\", \"format\": \"datetime\", \"description\": \"A label.\", \"remarks\": \"More.\", \"example\": \"2020-01-01 00:00:00\" }, { \"name\": \"Data\", \"type\": \"binary\", \"description\": \"Bytes.\" }, { \"name\": \"On\", \"type\": \"boolean\", \"description\": \"On.\" }, { \"name\": \"Bit\", \"type\": \"flag\", \"deprecated\": true, \"description\": \"A bit.\" }, { \"name\": \"Small\", \"csharpName\": \"SmallValue\", \"type\": \"integer\", \"format\": \"int32\", \"description\": \"Small.\", \"constraints\": [ { \"id\": \"Ping.Small.allowed\", \"kind\": \"allowedValues\", \"values\": [1, 2], \"message\": \"{member} must be one of {allowed} (was {value})\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }, { \"name\": \"Share\", \"type\": \"float\", \"description\": \"A share.\", \"constraints\": [ { \"id\": \"Ping.Share.range\", \"kind\": \"range\", \"minimum\": 0, \"exclusiveMaximum\": 1.5, \"message\": \"{member} must be below {exclusiveMaximum}\", \"severity\": \"warning\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"documented\": \"[0, 1.5)\", \"source\": \"page\", \"confidence\": \"high\" } } ] }, { \"name\": \"Shares\", \"type\": \"list\", \"items\": { \"type\": \"float\", \"constraints\": [ { \"id\": \"Ping.Shares.range\", \"kind\": \"range\", \"maximum\": 1, \"message\": \"{member} item {index} is {value}\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }, \"description\": \"Shares.\", \"constraints\": [ { \"id\": \"Ping.Shares.count\", \"kind\": \"itemCount\", \"maxItems\": 3, \"message\": \"{member} has {count}\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }",
        "\"output\": [=>\"output\": [ { \"name\": \"Total\", \"type\": \"integer\", \"nullable\": true, \"description\": \"Total.\" }, { \"name\": \"Blob\", \"type\": \"binary\", \"deprecated\": true, \"description\": \"Blob.\" },")]
    [InlineData("objects with rules, lists of objects",
        "\"actions\": [=>\"objects\": [ { \"name\": \"Pair\", \"description\": \"A pair.\", \"descriptionZh\": \"一对。\", \"descriptionLanguage\": \"en\", \"members\": [ { \"name\": \"A\", \"type\": \"string\", \"description\": \"A.\" }, { \"name\": \"B\", \"type\": \"integer\", \"description\": \"B.\", \"constraints\": [ { \"id\": \"Pair.B.range\", \"kind\": \"range\", \"minimum\": 0, \"message\": \"{member} is {value}\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] } ], \"rules\": [ { \"id\": \"Pair.AOrB\", \"kind\": \"atLeastOneOf\", \"members\": [\"A\", \"B\"], \"noneSetSeverity\": \"warning\", \"message\": \"At least one of {members}\", \"errorCode\": \"MissingParameter\", \"provenance\": { \"inferred\": \"test\" } } ] }, { \"name\": \"result-item\", \"csharpName\": \"ResultItem\", \"description\": \"A result.\", \"members\": [ { \"name\": \"Id\", \"type\": \"string\", \"required\": true, \"description\": \"Id.\" } ] } ], \"actions\": [",
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }, { \"name\": \"Pairs\", \"type\": \"list\", \"items\": { \"type\": \"object\", \"object\": \"Pair\" }, \"description\": \"Pairs.\", \"constraints\": [ { \"id\": \"Ping.Pairs.count\", \"kind\": \"itemCount\", \"minItems\": 1, \"message\": \"{member} needs {minItems}\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }",
        "\"output\": [=>\"output\": [ { \"name\": \"Results\", \"type\": \"list\", \"items\": { \"type\": \"object\", \"object\": \"result-item\" }, \"description\": \"Results.\" },")]
    [InlineData("rules of every kind",
        "\"provenance\": { \"inferred\": \"test\" } }\n      ],=>\"provenance\": { \"inferred\": \"test\" } }, { \"id\": \"Ping.When\", \"kind\": \"implies\", \"when\": [ { \"member\": \"Mode\", \"operator\": \"in\", \"values\": [\"a\", \"b\"] }, { \"member\": \"Count\", \"operator\": \"notEquals\", \"value\": 3 } ], \"then\": [ { \"member\": \"Label\", \"operator\": \"present\" } ], \"message\": \"{then} is needed when {when} is {whenValue}\", \"errorCode\": \"MissingParameter\", \"provenance\": { \"inferred\": \"test\" } }, { \"id\": \"Ping.One\", \"kind\": \"exactlyOneOf\", \"members\": [\"Label\", \"Mode\"], \"severity\": \"warning\", \"message\": \"{count} of {members}\", \"errorCode\": \"InvalidParameter\", \"provenance\": { \"inferred\": \"test\" } }, { \"id\": \"Ping.Most\", \"kind\": \"atMostOneOf\", \"members\": [\"Label\", \"Mode\"], \"message\": \"{count} of {members}\", \"errorCode\": \"InvalidParameter\", \"provenance\": { \"inferred\": \"test\" } }, { \"id\": \"Ping.Same\", \"kind\": \"compare\", \"left\": \"Count\", \"operator\": \"!=\", \"right\": \"Count\", \"message\": \"{left} {operator} {right}: {leftValue} {rightValue}\", \"errorCode\": \"InvalidParameter\", \"provenance\": { \"inferred\": \"test\" } }\n      ],",
        "\"expect\": \"valid\" }=>\"expect\": { \"violates\": [\"Ping.One\", \"Ping.Same\"] } }")]
    [InlineData("names in other scripts",
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }, { \"name\": \"标签\", \"type\": \"string\", \"description\": \"A label in Chinese.\" }")]
    [InlineData("examples without expect",
        "\"expect\": \"valid\" }=>\"expect\": \"valid\" }, { \"title\": \"as published\", \"source\": \"published\", \"description\": \"Data.\", \"input\": { \"Count\": \"two\" }, \"output\": { \"Response\": { \"RequestId\": 1 } } }, { \"title\": \"as text\", \"inputText\": \"Action=Ping&Count=2\", \"inputFormat\": \"query\", \"outputText\": \"<xml/>\" }")]
    public void The_schema_accepts_what_the_generator_accepts(string what, params string[] edits)
    {
        var spec = Edit(MinimalSpec.Text, edits);

        Assert.Empty(GeneratorDiagnostics(spec));
        Assert.True(Conforms(Schema, spec), what + ":\n" + Errors(Schema.Evaluate(Json(spec), new EvaluationOptions { OutputFormat = OutputFormat.List })));
    }

    [Theory]
    [InlineData("unknown root key", "TCAPI0002", "\"service\": \"mini\",=>\"service\": \"mini\", \"servce\": 1,")]
    [InlineData("a key of another constraint kind", "TCAPI0002", "\"kind\": \"range\", \"minimum\": 1=>\"kind\": \"range\", \"minLength\": 1")]
    [InlineData("compare without its operator", "TCAPI0003",
        "\"dependentRequired\", \"member\": \"Label\", \"requires\": [\"Mode\"]=>\"compare\", \"left\": \"Count\", \"right\": \"Count\"",
        "\"{member} needs {requires}\"=>\"{left} and {right}\"")]
    [InlineData("format version 1", "TCAPI0015", "\"formatVersion\": 2=>\"formatVersion\": 1")]
    [InlineData("unknown member type", "TCAPI0005", "{ \"name\": \"Label\", \"type\": \"string\"=>{ \"name\": \"Label\", \"type\": \"text\"")]
    [InlineData("allowed values without values", "TCAPI0003",
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\", \"constraints\": [ { \"id\": \"Ping.Label.allowed\", \"kind\": \"allowedValues\", \"message\": \"{member} is {value}\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }")]
    [InlineData("implies with an empty when array", "TCAPI0005",
        "\"dependentRequired\", \"member\": \"Label\", \"requires\": [\"Mode\"]=>\"implies\", \"when\": [], \"then\": { \"member\": \"Label\", \"operator\": \"present\" }",
        "\"{member} needs {requires}\"=>\"{then} is needed\"")]
    [InlineData("equals with a list of values", "TCAPI0005",
        "\"dependentRequired\", \"member\": \"Label\", \"requires\": [\"Mode\"]=>\"implies\", \"when\": { \"member\": \"Mode\", \"operator\": \"equals\", \"values\": [\"a\"] }, \"then\": { \"member\": \"Label\", \"operator\": \"present\" }",
        "\"{member} needs {requires}\"=>\"{then} is needed\"")]
    [InlineData("unknown message placeholder", "TCAPI0012", "{member} must be between {minimum} and {maximum}=>{member} must be {colour}")]
    [InlineData("idempotent without provenance", "TCAPI0003", "\"description\": \"Pings.\",=>\"description\": \"Pings.\", \"idempotent\": { \"value\": true },")]
    [InlineData("unknown action status", "TCAPI0005", "\"description\": \"Pings.\",=>\"description\": \"Pings.\", \"status\": \"retired\",")]
    [InlineData("constraint on an output member", "TCAPI0005",
        "\"description\": \"Id.\" } ]=>\"description\": \"Id.\", \"constraints\": [ { \"id\": \"Ping.RequestId.length\", \"kind\": \"length\", \"maxLength\": 64, \"message\": \"{member} is long\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] } ]")]
    [InlineData("output member both required and nullable", "TCAPI0005", "\"required\": true, \"description\": \"Id.\"=>\"required\": true, \"nullable\": true, \"description\": \"Id.\"")]
    [InlineData("format on a float", "TCAPI0005", "{ \"name\": \"Label\", \"type\": \"string\"=>{ \"name\": \"Label\", \"type\": \"float\", \"format\": \"int64\"")]
    [InlineData("unique items on a list of floats", "TCAPI0010",
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"list\", \"items\": { \"type\": \"float\" }, \"description\": \"A label.\", \"constraints\": [ { \"id\": \"Ping.Label.unique\", \"kind\": \"uniqueItems\", \"message\": \"{member} repeats {value}\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }")]
    [InlineData("member name the type reserves", "TCAPI0006", "{ \"name\": \"Label\", \"type\": \"string\"=>{ \"name\": \"Validate\", \"type\": \"string\"")]
    [InlineData("integer wire value of a string enum", "TCAPI0004", "{ \"wire\": \"a\", \"name\": \"A\" }=>{ \"wire\": 1, \"name\": \"A\" }")]
    [InlineData("regional endpoint without {region}", "TCAPI0005", "\"namespace\": \"Mini.Api\",=>\"namespace\": \"Mini.Api\", \"endpoints\": { \"regional\": \"mini.tencentcloudapi.com\" },")]
    [InlineData("provenance with neither kind", "TCAPI0005", "\"provenance\": { \"inferred\": \"test\" } } ] },=>\"provenance\": { \"source\": \"test\" } } ] },")]
    [InlineData("namespace segment that is a C# keyword", "TCAPI0006", "\"Mini.Api\"=>\"Mini.namespace\"")]
    [InlineData("blank description", "TCAPI0005", "\"Pings.\"=>\"  \"")]
    [InlineData("placeholder of another kind", "TCAPI0012", "{member} must be between {minimum} and {maximum}=>{member} is {length} long")]
    [InlineData("endpoint with a scheme", "TCAPI0005", "\"endpoint\": \"mini.tencentcloudapi.com\"=>\"endpoint\": \"https://mini.tencentcloudapi.com\"")]
    [InlineData("unanchored pattern", "TCAPI0011",
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\", \"constraints\": [ { \"id\": \"Ping.Label.pattern\", \"kind\": \"pattern\", \"pattern\": \"[a-z]+\", \"message\": \"{member} must match {pattern}\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }")]
    [InlineData("error code that is not dot-separated words", "TCAPI0005", "\"code\": \"InvalidParameterValue\"=>\"code\": \"Invalid..Value\"")]
    public void The_schema_rejects_what_the_generator_rejects(string what, string diagnostic, params string[] edits)
    {
        var spec = Edit(MinimalSpec.Text, edits);

        Assert.False(Conforms(Schema, spec), what + ": the schema accepts it");
        Assert.Contains(GeneratorDiagnostics(spec), d => d.StartsWith(diagnostic, StringComparison.Ordinal));
    }

    private const string MiniOverlay = """
        {
          "$schema": "../tcapi-overlay.schema.json",
          "formatVersion": 2,
          "service": "mini",
          "apiVersion": "2020-01-01",
          "provenance": { "documentation": "https://example.com/mini", "note": "A test overlay." },
          "enums": [ { "name": "Colour", "wireType": "string", "values": [ { "wire": "red", "name": "Red" } ] } ],
          "errorCodes": [ { "code": "InvalidParameterValue", "description": "A better description." } ],
          "actions": {
            "Ping": {
              "documentation": "https://example.com/ping",
              "idempotent": true,
              "input": {
                "Label": { "remarks": "Checked by the service.", "constraints": [ { "id": "Ping.Label.length", "kind": "length", "maxLength": 8, "message": "{member} is longer than {maxLength}", "errorCode": "InvalidParameterValue", "provenance": { "inferred": "test" } } ] },
                "Count": { "removeConstraints": [ "Ping.Count.range" ] }
              },
              "removeRules": [ "Ping.LabelNeedsMode" ],
              "rules": [ { "id": "Ping.CountNeedsLabel", "kind": "dependentRequired", "member": "Count", "requires": [ "Label" ], "message": "{member} needs {requires}", "errorCode": "MissingParameter", "provenance": { "inferred": "test" } } ],
              "examples": [ { "title": "with a label", "source": "authored", "input": { "Count": 2, "Label": "x" }, "expect": "valid" } ],
              "publishedExamples": { "ok": { "expect": { "violates": [ "Ping.CountNeedsLabel" ] } } }
            }
          }
        }
        """;

    [Fact]
    public void The_test_overlay_is_valid_for_the_schema_and_the_generator()
    {
        Assert.Empty(GeneratorDiagnostics(MinimalSpec.Text, MiniOverlay));
        AssertConforms(OverlaySchema, MiniOverlay);
    }

    [Theory]
    [InlineData("unknown member-patch key", "TCAPI0002", "\"remarks\": \"Checked by the service.\",=>\"maxLength\": 8,")]
    [InlineData("unknown root key", "TCAPI0002", "\"apiVersion\": \"2020-01-01\",=>\"apiVersion\": \"2020-01-01\", \"action\": {},")]
    [InlineData("unknown action-patch key", "TCAPI0002", "\"idempotent\": true,=>\"idempotent\": true, \"name\": \"Ping\",")]
    [InlineData("unknown published-example key", "TCAPI0002", "{ \"ok\": { \"expect\"=>{ \"ok\": { \"expected\"")]
    [InlineData("format version 1", "TCAPI0015", "\"formatVersion\": 2=>\"formatVersion\": 1")]
    [InlineData("a member patch that is not an object", "TCAPI0004", "\"Count\": { \"removeConstraints\": [ \"Ping.Count.range\" ] }=>\"Count\": []")]
    public void The_overlay_schema_rejects_what_the_generator_rejects(string what, string diagnostic, params string[] edits)
    {
        var overlay = Edit(MiniOverlay, edits);

        Assert.False(Conforms(OverlaySchema, overlay), what + ": the schema accepts it");
        Assert.Contains(GeneratorDiagnostics(MinimalSpec.Text, overlay), d => d.StartsWith(diagnostic, StringComparison.Ordinal));
    }
}
