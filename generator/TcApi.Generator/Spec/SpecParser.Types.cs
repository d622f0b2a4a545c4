using System.Collections.Generic;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly string[] ScalarTypes = { "string", "integer", "float", "boolean", "flag", "enum", "object", "binary" };

    private static readonly string[] IntegerFormats = { "int64", "uint64", "int32" };

    private static readonly string[] StringFormats = { "datetime", "datetime_iso", "date" };

    /// <summary>A member's type, the item type for lists.</summary>
    private sealed record MemberType(ScalarKind Scalar, bool IsList, string? Reference, string? TypeName, string? Format);

    private MemberType? ParseMemberType(JsonNode node, string what, Dictionary<string, EnumModel> enums, ObjectTable objects)
    {
        var type = EnumKeyword(node, "type", what, required: true, "string", "integer", "float", "boolean", "flag", "enum", "object", "list", "binary");
        if (type is null)
        {
            return null;
        }

        var scalarNode = node;
        var isList = type == "list";
        if (isList)
        {
            var items = Required(node, "items", what);
            if (items is null || !ExpectKind(items, JsonNodeKind.Object, $"{what}: items"))
            {
                return null;
            }

            CheckKeys(items, $"{what}: items", "type", "format", "enum", "object", "constraints");
            scalarNode = items;
            type = EnumKeyword(items, "type", $"{what}: items", required: true, ScalarTypes);
            if (type is null)
            {
                return null;
            }

            foreach (var stray in new[] { "format", "enum", "object" })
            {
                if (node[stray] is { } strayNode)
                {
                    Report(DiagnosticDescriptors.InvalidValue, At(strayNode), $"{what}: {stray}", "a list's item type goes in 'items'");
                }
            }
        }
        else if (node["items"] is { } strayItems)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(strayItems), $"{what}: items", "only a member of type 'list' has items");
        }

        var scalar = type switch
        {
            "string" => ScalarKind.String,
            "integer" => ScalarKind.Integer,
            "float" => ScalarKind.Float,
            "boolean" => ScalarKind.Boolean,
            "flag" => ScalarKind.Flag,
            "enum" => ScalarKind.Enum,
            "object" => ScalarKind.Object,
            _ => ScalarKind.Binary,
        };
        var format = scalar switch
        {
            ScalarKind.Integer => EnumKeyword(scalarNode, "format", what, required: false, IntegerFormats),
            ScalarKind.String => EnumKeyword(scalarNode, "format", what, required: false, StringFormats),
            _ => null,
        };
        if (scalar is not (ScalarKind.Integer or ScalarKind.String) && scalarNode["format"] is { } strayFormat)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(strayFormat), $"{what}: format", "only an integer or a string has a format");
        }

        string? reference = null;
        string? typeName = null;
        if (scalar == ScalarKind.Enum)
        {
            reference = RequiredString(scalarNode, "enum", what);
            if (reference is null)
            {
                return null;
            }

            if (!enums.ContainsKey(reference))
            {
                Report(DiagnosticDescriptors.UnknownReference, At(scalarNode["enum"]!), what, "enum", reference);
                return null;
            }

            typeName = reference;
        }
        else if (scalarNode["enum"] is { } strayEnum)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(strayEnum), $"{what}: enum", "only a member of type 'enum' names an enum");
        }

        if (scalar == ScalarKind.Object)
        {
            reference = RequiredString(scalarNode, "object", what);
            if (reference is null)
            {
                return null;
            }

            if (!objects.Drafts.TryGetValue(reference, out var target))
            {
                Report(DiagnosticDescriptors.UnknownReference, At(scalarNode["object"]!), what, "object", reference);
                return null;
            }

            typeName = target.TypeName;
        }
        else if (scalarNode["object"] is { } strayObject)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(strayObject), $"{what}: object", "only a member of type 'object' names an object");
        }

        return new MemberType(scalar, isList, reference, typeName, format);
    }
}
