using System.Text;
using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Fuzzing;

/// <summary>The fuzzer's own mutations: each must apply to any spec the generator may be given, or the fuzzer stops early.</summary>
public class SpecMutationTests
{
    [Theory]
    [InlineData("7", 0, "-7")]
    [InlineData("-7", 2, "5")]
    [InlineData("0.0", 0, "0.0")]
    [InlineData("0.0", 3, "-3.0")]
    [InlineData("80.64", 0, "-80.64")]
    [InlineData("1e999", 0, "-1e999")]
    [InlineData("123456789012345678901234567890", 0, "-123456789012345678901234567890")]
    public void Negating_a_number_keeps_its_kind_whatever_its_form(string number, int amount, string negated) =>
        Assert.Equal(negated, SpecMutation.Negated(number, amount).ToJsonString());

    [Fact]
    public void Negating_any_number_of_a_spec_with_fractions_applies()
    {
        const string Spec = """{ "a": 0.0, "b": [80.64, 7], "c": { "d": 1e999 } }""";

        var negated = Enumerable.Range(0, 4)
            .Select(target => JsonNode.Parse(Encoding.UTF8.GetString(new SpecMutation(10, target, 0, 1).Apply(Spec)))!.ToJsonString())
            .ToList();

        Assert.Equal(
            [
                """{"a":-1.0,"b":[80.64,7],"c":{"d":1e999}}""",
                """{"a":0.0,"b":[-81.64,7],"c":{"d":1e999}}""",
                """{"a":0.0,"b":[80.64,-8],"c":{"d":1e999}}""",
                """{"a":0.0,"b":[80.64,7],"c":{"d":-1e999}}""",
            ],
            negated);
    }
}
