using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Docs;

/// <summary>The XML documentation of generated types and members.</summary>
internal static class DocComments
{
    private const int MaxExampleLength = 200;

    public static void Summary(SourceWriter writer, string description)
    {
        writer.Line("/// <summary>");
        writer.Doc(XmlDocText.ToXmlLines(description));
        writer.Line("/// </summary>");
    }

    /// <summary>Writes <c>&lt;remarks&gt;</c> with one paragraph per line given (already XML), when there is any.</summary>
    public static void Remarks(SourceWriter writer, IEnumerable<string> paragraphs)
    {
        var list = paragraphs.Where(p => p.Length > 0).ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.Line("/// <remarks>");
        foreach (var paragraph in list)
        {
            writer.Line("/// <para>" + paragraph + "</para>");
        }

        writer.Line("/// </remarks>");
    }

    public static void Property(SourceWriter writer, MemberCode code)
    {
        var member = code.Member;
        Summary(writer, member.Description);
        var remarks = new List<string>();
        var facts = "Wire name <c>" + XmlDocText.Escape(member.WireName) + "</c>";
        if (member.Format is { } format && member.Scalar != ScalarKind.Object && member.Scalar != ScalarKind.Enum)
        {
            facts += ", " + XmlDocText.Escape(format);
        }

        facts += code.Role == TypeRole.Input
            ? member.Required ? "; required." : "; optional."
            : member.Nullable ? "; may be null." : member.Scalar == ScalarKind.Object && !member.IsList ? "; null when the response omits it." : ".";
        remarks.Add(facts);
        if (member.Scalar == ScalarKind.Binary)
        {
            remarks.Add("Binary data as base64 text, as the JSON wire carries it.");
        }

        if (member.Remarks is { } extra)
        {
            remarks.Add(XmlDocText.Inline(extra));
        }

        foreach (var constraint in member.Constraints.Where(c => c.Kind != ConstraintKind.Required))
        {
            remarks.Add(Constraint(constraint, code, items: false));
        }

        foreach (var constraint in member.ItemConstraints)
        {
            remarks.Add(Constraint(constraint, code, items: true));
        }

        if (member.Deprecated)
        {
            remarks.Add("Deprecated: Tencent's metadata marks this member disabled.");
        }

        Remarks(writer, remarks);
        if (member.ExampleJson is { } example)
        {
            var text = System.Text.RegularExpressions.Regex.Replace(XmlDocText.Clean(Unquote(example)), @"\s+", " ").Trim();
            if (text.Length > 0 && text.Length <= MaxExampleLength && text is not ("无" or "null" or "None"))
            {
                writer.Line("/// <example><c>" + XmlDocText.Escape(text) + "</c></example>");
            }
        }
    }

    /// <summary>An example written as a JSON string (as Tencent writes every example) is shown as its text.</summary>
    private static string Unquote(string json)
    {
        if (json.Length < 2 || json[0] != '"')
        {
            return json;
        }

        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
            return reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.String ? reader.GetString() ?? json : json;
        }
        catch (System.Text.Json.JsonException)
        {
            return json;
        }
    }

    /// <summary>One constraint as IntelliSense shows it: id, what it checks, how sure, where it comes from.</summary>
    public static string Constraint(ConstraintModel c, MemberCode code, bool items)
    {
        var what = c.Kind switch
        {
            ConstraintKind.DefinedEnum => "a defined value",
            ConstraintKind.Range => Range(c, code),
            ConstraintKind.Length => Bounds("length", c),
            ConstraintKind.ByteLength => Bounds("UTF-8 bytes", c),
            ConstraintKind.ItemCount => Bounds("items", c),
            ConstraintKind.Pattern => "matches " + c.Pattern,
            ConstraintKind.AllowedValues => "one of " + string.Join(", ", c.Values),
            ConstraintKind.UniqueItems => "no duplicate items",
            ConstraintKind.Required => "present",
            _ => throw new System.ArgumentOutOfRangeException(nameof(c), c.Kind, "a constraint kind without a description"),
        };
        var origin = (c.Provenance.Documented ? "documented: " : "inferred: ") + c.Provenance.Text;
        if (c.Provenance.Source is { } source)
        {
            origin += " — " + source + (c.Provenance.Confidence is { } confidence ? ", " + confidence + " confidence" : string.Empty);
        }

        var severity = c.Severity == RuleSeverity.Warning ? " (warning)" : string.Empty;
        return XmlDocText.Escape($"Rule {c.Id}{severity}: {(items ? "each item " : string.Empty)}{what} ({XmlDocText.Clean(origin).Replace('\n', ' ')})");
    }

    private static string Range(ConstraintModel c, MemberCode code)
    {
        var parts = new List<string>();
        if (c.Minimum is { } min)
        {
            parts.Add(">= " + Number(min));
        }

        if (c.ExclusiveMinimum is { } exMin)
        {
            parts.Add("> " + Number(exMin));
        }

        if (c.Maximum is { } max)
        {
            parts.Add("<= " + Number(max));
        }

        if (c.ExclusiveMaximum is { } exMax)
        {
            parts.Add("< " + Number(exMax));
        }

        return string.Join(", ", parts);
    }

    private static string Bounds(string what, ConstraintModel c) =>
        $"{what} {(c.Minimum is { } min ? Number(min) : "0")}..{(c.Maximum is { } max ? Number(max) : "∞")}";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
