using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>Writes a wire value of a member as a C# constant expression.</summary>
internal static class CSharpValue
{
    public static string Of(SpecMember member, JsonNode? wire, string ns)
    {
        if (wire is null)
        {
            return member.Required ? "null!" : "null";
        }

        if (member.IsList)
        {
            return "[" + string.Join(", ", wire.AsArray().Select(item => Scalar(member, item!, ns))) + "]";
        }

        return Scalar(member, wire, ns);
    }

    private static string Scalar(SpecMember member, JsonNode wire, string ns) => member.Type switch
    {
        "string" => SymbolDisplay.FormatLiteral(wire.GetValue<string>(), quote: true),
        "integer" => Integer(wire).ToString(CultureInfo.InvariantCulture),
        "flag" => wire.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            ? (wire.GetValue<bool>() ? "true" : "false")
            : (Integer(wire) == 1 ? "true" : "false"),
        _ => EnumMember(member, wire, ns),
    };

    private static string EnumMember(SpecMember member, JsonNode wire, string ns)
    {
        var type = $"global::{ns}.{(string)member.Enum!["name"]!}";
        var text = wire.GetValueKind() == System.Text.Json.JsonValueKind.String ? wire.GetValue<string>() : Integer(wire).ToString(CultureInfo.InvariantCulture);
        var value = member.Enum["values"]!.AsArray().FirstOrDefault(v => v!["wire"]!.ToString() == text);
        return value is null ? $"({type})999" : $"{type}.{(string)value["name"]!}";
    }

    private static long Integer(JsonNode wire) =>
        long.Parse(wire.GetValueKind() == System.Text.Json.JsonValueKind.String ? wire.GetValue<string>() : wire.ToJsonString(), CultureInfo.InvariantCulture);
}
