using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>Writes wire values as C# constant expressions, and objects as the initializers that build them.</summary>
internal static class CSharpValue
{
    /// <summary><c>new global::Ns.T { A = ..., B = ... }</c> for the members <paramref name="input"/> holds.</summary>
    public static string New(SpecType type, JsonObject input)
    {
        var members = type.Members.Where(m => input.ContainsKey(m.WireName)).Select(m => $"{m.PropertyName} = {Of(type.File, m, input[m.WireName])}");
        return $"new {type.FullTypeName} {{ {string.Join(", ", members)} }}";
    }

    private static string Of(SpecFile file, SpecMember member, JsonNode? wire)
    {
        if (wire is null)
        {
            return member.Required ? "null!" : "null";
        }

        if (member.IsList)
        {
            return "[" + string.Join(", ", wire.AsArray().Select(item => Scalar(file, member, item!))) + "]";
        }

        return Scalar(file, member, wire);
    }

    private static string Scalar(SpecFile file, SpecMember member, JsonNode wire) => member.Type switch
    {
        "string" or "binary" => SymbolDisplay.FormatLiteral(wire.GetValue<string>(), quote: true),
        "integer" => Integer(wire).ToString(CultureInfo.InvariantCulture),
        "float" => wire.GetValueKind() == JsonValueKind.String ? wire.GetValue<string>() : wire.ToJsonString(),
        "flag" or "boolean" => wire.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? (wire.GetValue<bool>() ? "true" : "false")
            : (Integer(wire) == 1 ? "true" : "false"),
        "object" => New(file.Objects[member.ObjectName!], wire.AsObject()),
        _ => EnumMember(file, member, wire),
    };

    private static string EnumMember(SpecFile file, SpecMember member, JsonNode wire)
    {
        var type = $"global::{file.Namespace}.{(string)member.Enum!["name"]!}";
        var text = wire.GetValueKind() == JsonValueKind.String ? wire.GetValue<string>() : Integer(wire).ToString(CultureInfo.InvariantCulture);
        var value = member.Enum["values"]!.AsArray().FirstOrDefault(v => v!["wire"]!.ToString() == text);
        return value is null ? $"({type})999" : $"{type}.{(string)value["name"]!}";
    }

    private static long Integer(JsonNode wire) =>
        long.Parse(wire.GetValueKind() == JsonValueKind.String ? wire.GetValue<string>() : wire.ToJsonString(), CultureInfo.InvariantCulture);
}
