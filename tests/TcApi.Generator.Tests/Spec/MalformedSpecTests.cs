using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Spec;

/// <summary>
/// Each broken spec gives its diagnostic at the place named by <c>at</c> (the first occurrence of that text in the
/// broken spec, or its n-th with "#n"), never a generator exception, and no generated code.
/// </summary>
public class MalformedSpecTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // name, replace "a=>b" in the minimal spec ("" for the whole text), expected id, text the diagnostic points at
        { "truncated JSON", "TRUNCATE", "TCAPI0001", "<end>" },
        { "empty file", "EMPTY", "TCAPI0001", "<start>" },
        { "trailing comma", "\"mini\",=>\"mini\",,", "TCAPI0001", ",\n  \"apiVersion\"" },
        { "unknown root key", "\"service\": \"mini\",=>\"service\": \"mini\", \"servce\": 1,", "TCAPI0002", "\"servce\"" },
        { "unknown constraint key for its kind", "\"minimum\": 1,=>\"minimum\": 1, \"maxLength\": 3,", "TCAPI0002", "\"maxLength\"" },
        { "missing namespace", "\"namespace\": \"Mini.Api\",=>", "TCAPI0003", "{\n  \"formatVersion\"" },
        { "wrong JSON type", "\"formatVersion\": 2=>\"formatVersion\": \"2\"", "TCAPI0004", "\"2\"" },
        { "bad service name", "\"service\": \"mini\"=>\"service\": \"Mini Service\"", "TCAPI0005", "\"Mini Service\"" },
        { "condition value outside the enum", "\"member\": \"Label\", \"requires\": [\"Mode\"]=>\"member\": \"Label\", \"requires\": [\"Mode\"]}, {\"id\":\"Ping.X\",\"kind\":\"implies\",\"when\":{\"member\":\"Mode\",\"operator\":\"equals\",\"value\":\"c\"},\"then\":{\"member\":\"Label\",\"operator\":\"present\"},\"message\":\"m\",\"errorCode\":\"E\",\"provenance\":{\"inferred\":\"t\"}", "TCAPI0005", "\"c\"" },
        { "ordering compare of strings", "\"member\": \"Label\", \"requires\": [\"Mode\"]=>\"member\": \"Label\", \"requires\": [\"Mode\"]}, {\"id\":\"Ping.Y\",\"kind\":\"compare\",\"left\":\"Label\",\"operator\":\"<\",\"right\":\"Label\",\"message\":\"m\",\"errorCode\":\"E\",\"provenance\":{\"inferred\":\"t\"}", "TCAPI0005", "\"<\"" },
        { "namespace not an identifier", "\"Mini.Api\"=>\"Mini.1Api\"", "TCAPI0006", "\"Mini.1Api\"" },
        { "member name not an identifier", "\"name\": \"Label\"=>\"name\": \"Label-2\"", "TCAPI0006", "\"Label-2\"" },
        { "member name the type reserves", "\"name\": \"Label\"=>\"name\": \"Validate\"", "TCAPI0006", "\"Validate\"" },
        { "duplicate member", "{ \"name\": \"Label\", \"type\": \"string\"=>{ \"name\": \"Count\", \"type\": \"string\"", "TCAPI0007", "\"Count\"#2" },
        { "duplicate enum wire value", "{ \"wire\": \"b\", \"name\": \"B\" }=>{ \"wire\": \"a\", \"name\": \"B\" }", "TCAPI0007", "\"a\"#2" },
        { "rule names an unknown member", "\"requires\": [\"Mode\"]=>\"requires\": [\"Modes\"]", "TCAPI0008", "\"Modes\"" },
        { "member names an unknown enum", "\"enum\": \"Mode\"=>\"enum\": \"Moda\"", "TCAPI0008", "\"Moda\"" },
        { "minimum above maximum", "\"minimum\": 1, \"maximum\": 5=>\"minimum\": 6, \"maximum\": 5", "TCAPI0009", "{ \"id\": \"Ping.Count.range\"" },
        { "length on an integer", "\"kind\": \"range\", \"minimum\": 1, \"maximum\": 5=>\"kind\": \"length\", \"minLength\": 1&&must be between {minimum} and {maximum}=>is too short", "TCAPI0010", "\"length\"" },
        { "unanchored pattern", LabelConstraint("\"kind\": \"pattern\", \"pattern\": \"[a-z]+\""), "TCAPI0011", "\"[a-z]+\"" },
        { "pattern that is not a regex", LabelConstraint("\"kind\": \"pattern\", \"pattern\": \"^[a-z+$\""), "TCAPI0011", "\"^[a-z+$\"" },
        { "empty length bounds", LabelConstraint("\"kind\": \"length\", \"minLength\": 5, \"maxLength\": 2"), "TCAPI0009", "{\"id\":\"Ping.Label.c\"" },
        { "list constraint on a string", LabelConstraint("\"kind\": \"uniqueItems\""), "TCAPI0010", "\"uniqueItems\"" },
        { "empty byte length bounds", LabelConstraint("\"kind\": \"byteLength\", \"minBytes\": 5, \"maxBytes\": 2"), "TCAPI0009", "{\"id\":\"Ping.Label.c\"" },
        { "byte length without bounds", LabelConstraint("\"kind\": \"byteLength\""), "TCAPI0003", "{\"id\":\"Ping.Label.c\"" },
        { "byte length bound as text", LabelConstraint("\"kind\": \"byteLength\", \"maxBytes\": \"60\""), "TCAPI0004", "\"60\"" },
        { "negative byte length bound", LabelConstraint("\"kind\": \"byteLength\", \"maxBytes\": -1"), "TCAPI0009", "{\"id\":\"Ping.Label.c\"" },
        { "character bound on a byte length", LabelConstraint("\"kind\": \"byteLength\", \"maxLength\": 60"), "TCAPI0002", "\"maxLength\"" },
        { "byte length on an integer", "\"kind\": \"range\", \"minimum\": 1, \"maximum\": 5=>\"kind\": \"byteLength\", \"minBytes\": 1&&must be between {minimum} and {maximum}=>is too short", "TCAPI0010", "\"byteLength\"" },
        { "byte length message with a length placeholder", LabelConstraint("\"kind\": \"byteLength\", \"maxBytes\": 60") + "&&{member} is wrong=>{member} is {length} long", "TCAPI0012", "\"{member} is {length} long\"" },
        { "unknown message placeholder", "{member} must be between {minimum} and {maximum}=>{member} must be {colour}", "TCAPI0012", "\"{member} must be {colour}\"" },
        { "example with the wrong outcome", "\"input\": { \"Count\": 2 }=>\"input\": { \"Count\": 9 }", "TCAPI0013", "\"valid\"" },
        { "example value of the wrong type", "\"input\": { \"Count\": 2 }=>\"input\": { \"Count\": \"two\" }", "TCAPI0014", "\"two\"" },
        { "format version 1", "\"formatVersion\": 2=>\"formatVersion\": 1", "TCAPI0015", "1" },
        { "format version 3", "\"formatVersion\": 2=>\"formatVersion\": 3", "TCAPI0015", "3" },
        { "member names an unknown object", "{ \"name\": \"Label\", \"type\": \"string\"=>{ \"name\": \"Label\", \"type\": \"object\", \"object\": \"Lable\"", "TCAPI0008", "\"Lable\"" },
        { "object rule names a member of another type", ObjectWithRule("\"kind\": \"atLeastOneOf\", \"members\": [\"A\", \"Count\"]"), "TCAPI0008", "\"Count\"" },
        { "allowed values on a list", "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"list\", \"items\": { \"type\": \"string\" }, \"description\": \"A label.\", \"constraints\": [ {\"id\":\"Ping.Label.c\", \"kind\": \"allowedValues\", \"values\": [\"a\"], \"message\": \"m\", \"errorCode\": \"E\", \"provenance\": { \"inferred\": \"test\" } } ] }", "TCAPI0010", "\"allowedValues\"" },
        { "empty allowed values", LabelConstraint("\"kind\": \"allowedValues\", \"values\": []"), "TCAPI0005", "[]" },
        { "implies with no conditions", "\"member\": \"Label\", \"requires\": [\"Mode\"]=>\"member\": \"Label\", \"requires\": [\"Mode\"]}, {\"id\":\"Ping.Z\",\"kind\":\"implies\",\"when\":[],\"then\":{\"member\":\"Label\",\"operator\":\"present\"},\"message\":\"m\",\"errorCode\":\"E\",\"provenance\":{\"inferred\":\"t\"}", "TCAPI0005", "[]" },
        { "integer range bound not whole", "\"minimum\": 1, \"maximum\": 5=>\"minimum\": 1.5, \"maximum\": 5", "TCAPI0005", "1.5" },
        { "member named like its object", ObjectWithRule("\"kind\": \"atLeastOneOf\", \"members\": [\"A\", \"B\"]").Replace("{ \"name\": \"B\"", "{ \"name\": \"Pair\""), "TCAPI0006", "\"Pair\"#2" },
        { "duplicate JSON key", "\"service\": \"mini\",=>\"service\": \"mini\", \"service\": \"mini\",", "TCAPI0016", "\"service\"#2" },
        { "generated names collide", "\"enums\": [=>\"enums\": [ { \"name\": \"PingRequest\", \"wireType\": \"integer\", \"values\": [ { \"wire\": 1, \"name\": \"One\" } ] },", "TCAPI0017", "\"PingRequest\"" },
        { "duplicate rule id", "\"id\": \"Ping.LabelNeedsMode\"=>\"id\": \"Ping.Count.range\"", "TCAPI0007", "\"Ping.Count.range\"#2" },
        { "provenance with both kinds", "\"provenance\": { \"inferred\": \"test\" } } ] },=>\"provenance\": { \"inferred\": \"test\", \"documented\": \"x\" } } ] },", "TCAPI0005", "{ \"inferred\": \"test\", \"documented\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_spec_gives_its_diagnostic_at_the_place_and_no_code(string name, string edit, string id, string at)
    {
        var spec = Break(edit);
        var (result, _) = GeneratorHarness.Run(spec);

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(diagnostic is not null, $"{name}: expected {id}, got: {string.Join("; ", result.Diagnostics)}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "TCAPI0999" or "CS8785");
        var expected = Position(spec, at);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/specs/test.tcapi.json", span.Path);
        Assert.Equal((expected.Line, expected.Character), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }

    [Fact]
    public void The_minimal_spec_itself_is_valid()
    {
        var (result, output) = GeneratorHarness.Run(MinimalSpec.Text);

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Diagnostics_read_well()
    {
        var (result, _) = GeneratorHarness.Run(Break("\"minimum\": 1, \"maximum\": 5=>\"minimum\": 6, \"maximum\": 5"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("Ping.Count.range: no value lies between the lower bound 6 and the upper bound 5", diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("docs/diagnostics/TCAPI0009.md in the TcApi package", diagnostic.Descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var spec = Break("\"service\": \"mini\",=>\"service\": \"mini\", \"servce\": 1,").Replace("\"requires\": [\"Mode\"]", "\"requires\": [\"Modes\"]");

        var ids = GeneratorHarness.Run(spec).Result.Diagnostics.Select(d => d.Id).Order();

        Assert.Equal(["TCAPI0002", "TCAPI0008"], ids);
    }

    [Fact]
    public void A_huge_or_deeply_nested_spec_is_a_diagnostic_not_a_crash()
    {
        var deep = "{\"formatVersion\":2,\"x\":" + new string('[', 200) + new string(']', 200) + "}";
        var (result, _) = GeneratorHarness.Run(deep);

        Assert.Null(result.Exception);
        Assert.Contains(result.Diagnostics, d => d.Id == "TCAPI0001");
    }

    /// <summary>An edit that gives the Label member one constraint with the given kind and bounds.</summary>
    /// <summary>Adds an object Pair (members A and B, one rule) and makes Label one.</summary>
    private static string ObjectWithRule(string rule) =>
        "\"actions\": [=>\"objects\": [ { \"name\": \"Pair\", \"description\": \"A pair.\", \"members\": [ { \"name\": \"A\", \"type\": \"string\", \"description\": \"a\" }, " +
        "{ \"name\": \"B\", \"type\": \"string\", \"description\": \"b\" } ], \"rules\": [ { \"id\": \"Pair.R\", " + rule +
        ", \"message\": \"m\", \"errorCode\": \"E\", \"provenance\": { \"inferred\": \"t\" } } ] } ],\n  \"actions\": [" +
        "&&{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>{ \"name\": \"Label\", \"type\": \"object\", \"object\": \"Pair\", \"description\": \"A label.\" }";

    private static string LabelConstraint(string body) =>
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\" }=>" +
        "{ \"name\": \"Label\", \"type\": \"string\", \"description\": \"A label.\", \"constraints\": [ " +
        "{\"id\":\"Ping.Label.c\", " + body + ", \"message\": \"{member} is wrong\", \"errorCode\": \"InvalidParameterValue\", \"provenance\": { \"inferred\": \"test\" } } ] }";

    private static string Break(string edit)
    {
        if (edit == "TRUNCATE")
        {
            return MinimalSpec.Text[..(MinimalSpec.Text.Length / 2)];
        }

        if (edit == "EMPTY")
        {
            return string.Empty;
        }

        var text = MinimalSpec.Text;
        foreach (var step in edit.Split("&&"))
        {
            var parts = step.Split("=>");
            Assert.Contains(parts[0], text);
            var index = text.IndexOf(parts[0], StringComparison.Ordinal);
            text = text[..index] + parts[1] + text[(index + parts[0].Length)..];
        }

        return text;
    }

    internal static (int Line, int Character) Position(string text, string at)
    {
        int offset;
        if (at == "<end>")
        {
            offset = text.Length;
        }
        else if (at == "<start>")
        {
            offset = 0;
        }
        else
        {
            var occurrence = at.Contains('#') ? int.Parse(at[(at.LastIndexOf('#') + 1)..]) : 1;
            var needle = at.Contains('#') ? at[..at.LastIndexOf('#')] : at;
            offset = -1;
            for (var i = 0; i < occurrence; i++)
            {
                offset = text.IndexOf(needle, offset + 1, StringComparison.Ordinal);
                Assert.True(offset >= 0, $"'{needle}' occurs fewer than {occurrence} times");
            }
        }

        var before = text[..offset];
        var line = before.Count(c => c == '\n');
        return (line, offset - (before.LastIndexOf('\n') + 1));
    }
}
