using System.Text.Json;
using Json.Schema;

namespace TcApi.Generator.Tests;

/// <summary>The JSON Schema editors use must agree with what the generator reads.</summary>
public class SchemaTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static readonly JsonSchema Schema = JsonSchema.FromText(GeneratorHarness.ReadSpec("tcapi.schema.json"));

    [Theory]
    [InlineData("gaap-v20180529.tcapi.json")]
    [InlineData("demo-v20240101.tcapi.json")]
    public void The_specs_conform_to_the_schema(string spec)
    {
        var result = Schema.Evaluate(Json(GeneratorHarness.ReadSpec(spec)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Fact]
    public void The_minimal_test_spec_conforms_to_the_schema() =>
        Assert.True(Schema.Evaluate(Json(MinimalSpec.Text)).IsValid);

    [Theory]
    [InlineData("\"service\": \"mini\",", "\"service\": \"mini\", \"servce\": 1,")]
    [InlineData("\"kind\": \"range\", \"minimum\": 1", "\"kind\": \"range\", \"minLength\": 1")]
    [InlineData("\"operator\"", "\"operator\"")]
    public void The_schema_rejects_what_the_generator_rejects(string from, string to)
    {
        if (from == to)
        {
            // A rule without its operator: both the schema and the generator require it.
            var noOperator = MinimalSpec.Text.Replace("\"member\": \"Label\", \"requires\": [\"Mode\"]", "\"left\": \"Count\", \"right\": \"Count\"").Replace("\"dependentRequired\"", "\"compare\"");
            Assert.False(Schema.Evaluate(Json(noOperator)).IsValid);
            Assert.Contains(GeneratorHarness.Run(noOperator).Result.Diagnostics, d => d.Id == "TCAPI0003");
            return;
        }

        var broken = MinimalSpec.Text.Replace(from, to);
        Assert.False(Schema.Evaluate(Json(broken)).IsValid);
        Assert.NotEmpty(GeneratorHarness.Run(broken).Result.Diagnostics);
    }
}
