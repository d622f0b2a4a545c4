using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    /// <summary>Names the generated request and response types define themselves; a member may not take them.</summary>
    private static readonly string[] ReservedPropertyNames =
    {
        "ActionName", "ActionInfo", "ServiceName", "ApiVersion", "Endpoint", "RateLimitPerSecond", "IsIdempotent", "DocumentedErrorCodes", "Validate", "EnsureValid", "WriteTo",
        "ReadFrom", "ReadResponse", "ToJsonUtf8", "Equals", "GetHashCode", "ToString", "EqualityContract",
        "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    };

    private static readonly string[] MemberKeys =
    {
        "name", "csharpName", "type", "format", "enum", "items", "required", "description", "remarks", "example", "constraints",
    };

    private MemberSet ParseMembers(JsonNode? node, string what, string action, Dictionary<string, EnumModel> enums, bool isInput)
    {
        var set = new MemberSet();
        if (node is null)
        {
            return set;
        }

        var propertyNames = new HashSet<string>();
        foreach (var item in node.Items)
        {
            if (ParseMember(item, what, action, enums, set, isInput) is not { } member)
            {
                continue;
            }

            if (set.ByWireName.ContainsKey(member.WireName))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item["name"]!), $"member of {what}", member.WireName);
                continue;
            }

            if (!propertyNames.Add(member.PropertyName))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item, headOnly: true), $"C# property name of {what}", member.PropertyName);
                continue;
            }

            set.ByWireName.Add(member.WireName, member);
            set.Members.Add(member);
        }

        return set;
    }

    private MemberModel? ParseMember(JsonNode node, string owner, string action, Dictionary<string, EnumModel> enums, MemberSet set, bool isInput)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, $"a member of {owner}"))
        {
            return null;
        }

        var what = node["name"] is { Kind: JsonNodeKind.String } n ? $"member '{n.Text}' of {owner}" : $"a member of {owner}";
        CheckKeys(node, what, MemberKeys);
        var wireName = RequiredString(node, "name", what);
        var propertyName = OptionalString(node, "csharpName", what) ?? wireName;
        var description = RequiredString(node, "description", what);
        var remarks = OptionalString(node, "remarks", what);
        var required = OptionalBool(node, "required", what) ?? false;
        var type = EnumKeyword(node, "type", what, required: true, "string", "integer", "flag", "enum", "list");
        if (wireName is null || propertyName is null || description is null || type is null)
        {
            return null;
        }

        var propertyNode = node["csharpName"] ?? node["name"]!;
        if (!CSharpNames.IsIdentifier(propertyName))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(propertyNode), propertyName, "property name");
            return null;
        }

        if (ReservedPropertyNames.Contains(propertyName) || propertyName == action + "Request" || propertyName == action + "Response")
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(propertyNode), propertyName,
                "property name here: the generated type already defines a member of that name (set 'csharpName')");
            return null;
        }

        var isList = type == "list";
        var scalarNode = node;
        if (isList)
        {
            var itemsNode = Required(node, "items", what);
            if (itemsNode is null || !ExpectKind(itemsNode, JsonNodeKind.Object, $"{what}: items"))
            {
                return null;
            }

            CheckKeys(itemsNode, $"{what}: items", "type", "format", "enum", "constraints");
            scalarNode = itemsNode;
            type = EnumKeyword(itemsNode, "type", $"{what}: items", required: true, "string", "integer", "flag", "enum");
            if (type is null)
            {
                return null;
            }
        }
        else if (node["items"] is { } stray)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(stray), $"{what}: items", "only a member of type 'list' has items");
        }

        var scalar = type switch
        {
            "string" => ScalarKind.String,
            "integer" => ScalarKind.Integer,
            "flag" => ScalarKind.Flag,
            _ => ScalarKind.Enum,
        };
        // The wire width is documentation (and checked); the C# type follows the declared range (FitsInt32).
        if (scalar == ScalarKind.Integer)
        {
            EnumKeyword(scalarNode, "format", what, required: false, "int64", "uint64");
        }
        else if (scalarNode["format"] is { } strayFormat)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(strayFormat), $"{what}: format", "only an integer has a format");
        }

        string? enumName = null;
        if (scalar == ScalarKind.Enum)
        {
            enumName = RequiredString(scalarNode, "enum", what);
            if (enumName is not null && !enums.ContainsKey(enumName))
            {
                Report(DiagnosticDescriptors.UnknownReference, At(scalarNode["enum"]!), what, "enum", enumName);
                return null;
            }

            if (enumName is null)
            {
                return null;
            }
        }
        else if (scalarNode["enum"] is { } strayEnum)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(strayEnum), $"{what}: enum", "only a member of type 'enum' names an enum");
        }

        var draft = new MemberDraft(wireName, propertyName, scalar, isList, enumName, required, what);
        var memberConstraints = new List<ConstraintModel>();
        var itemConstraints = new List<ConstraintModel>();
        if (isInput && required)
        {
            memberConstraints.Add(Synthesised(action, wireName, ConstraintKind.Required, "{member} is required", "MissingParameter", "the member is marked required"));
        }

        if (isInput && scalar == ScalarKind.Enum)
        {
            var values = string.Join(", ", enums[enumName!].Values.Select(v => v.WireString));
            (isList ? itemConstraints : memberConstraints).Add(Synthesised(
                action, wireName, ConstraintKind.DefinedEnum, "{member} must be one of " + values + " (was {value})",
                "InvalidParameterValue", "the member's values are the enum's: " + values));
        }

        if (node["constraints"] is { } constraintsNode)
        {
            var target = isList ? ConstraintTarget.List : ConstraintTarget.Scalar;
            memberConstraints.AddRange(ParseConstraints(constraintsNode, draft, target, set, isInput));
        }

        if (isList && scalarNode["constraints"] is { } itemsConstraintsNode)
        {
            itemConstraints.AddRange(ParseConstraints(itemsConstraintsNode, draft, ConstraintTarget.Items, set, isInput));
        }

        var fitsInt32 = scalar == ScalarKind.Integer && FitsInt32(isList ? itemConstraints : memberConstraints);
        var example = node["example"] is { } exampleNode ? _text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(exampleNode.Start, exampleNode.End)) : null;
        return new MemberModel(
            wireName, propertyName, scalar, isList, fitsInt32, enumName, required, description, remarks, example,
            memberConstraints.ToEquatableArray(), itemConstraints.ToEquatableArray());
    }

    private static ConstraintModel Synthesised(string action, string member, ConstraintKind kind, string message, string errorCode, string reason) =>
        new($"{action}.{member}.{MessagePlaceholders.KindName(kind)}", kind, message, Severity.Error, errorCode,
            new Provenance(false, reason), null, null, null, null, null);

    /// <summary>An integer is emitted as <c>int</c> when its declared range keeps it within 32 bits.</summary>
    private static bool FitsInt32(IEnumerable<ConstraintModel> constraints)
    {
        long? lower = null;
        long? upper = null;
        foreach (var c in constraints.Where(c => c.Kind == ConstraintKind.Range))
        {
            var low = c.Minimum ?? (c.ExclusiveMinimum + 1);
            var high = c.Maximum ?? (c.ExclusiveMaximum - 1);
            if (low is { } l)
            {
                lower = lower is null ? l : System.Math.Max(lower.Value, l);
            }

            if (high is { } h)
            {
                upper = upper is null ? h : System.Math.Min(upper.Value, h);
            }
        }

        return lower >= int.MinValue && upper <= int.MaxValue;
    }

    /// <summary>What the constraint parser needs to know about the member it is reading.</summary>
    private sealed record MemberDraft(
        string WireName, string PropertyName, ScalarKind Scalar, bool IsList, string? EnumName, bool Required, string What);

    private enum ConstraintTarget
    {
        Scalar,
        List,
        Items,
    }
}
