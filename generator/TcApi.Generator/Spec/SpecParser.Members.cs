using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    /// <summary>Names the generated types define themselves; a member may not take them (set 'csharpName').</summary>
    public static readonly string[] ReservedPropertyNames =
    {
        "ActionName", "ActionInfo", "ServiceName", "ApiVersion", "Endpoint", "RateLimitPerSecond", "IsIdempotent", "DocumentedErrorCodes",
        "Validate", "EnsureValid", "WriteTo", "ReadFrom", "Read", "ToJsonUtf8", "Equals", "GetHashCode", "ToString", "EqualityContract",
        "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize", "<Clone>$",

        // A record may declare no member named Clone (CS8859).
        "Clone",
    };

    private static readonly string[] MemberKeys =
    {
        "name", "csharpName", "type", "format", "enum", "object", "items", "required", "nullable", "deprecated",
        "description", "descriptionZh", "descriptionLanguage", "remarks", "example", "constraints",
    };

    private MemberSet ParseMembers(JsonNode? node, string what, MemberContext context, Dictionary<string, EnumModel> enums, ObjectTable objects)
    {
        var set = new MemberSet();
        if (node is null)
        {
            return set;
        }

        var propertyNames = new HashSet<string>();
        foreach (var item in node.Items)
        {
            if (ParseMember(item, what, context, enums, objects, set) is not { } member)
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

    private MemberModel? ParseMember(JsonNode node, string owner, MemberContext context, Dictionary<string, EnumModel> enums, ObjectTable objects, MemberSet set)
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
        var descriptionZh = OptionalString(node, "descriptionZh", what);
        var language = EnumKeyword(node, "descriptionLanguage", what, required: false, "en", "zh");
        var remarks = OptionalString(node, "remarks", what);
        var required = OptionalBool(node, "required", what) ?? false;
        var nullable = OptionalBool(node, "nullable", what) ?? false;
        var deprecated = OptionalBool(node, "deprecated", what) ?? false;
        var type = ParseMemberType(node, what, enums, objects);
        if (wireName is null || propertyName is null || description is null || type is null)
        {
            return null;
        }

        var propertyNode = node["csharpName"] ?? node["name"]!;
        if (!CSharpNames.IsIdentifier(propertyName))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(propertyNode), propertyName, "property name (set 'csharpName')");
            return null;
        }

        if (ReservedPropertyNames.Contains(propertyName) || propertyName == context.OwnerTypeName)
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(propertyNode), propertyName,
                "property name here: the generated type already uses that name (set 'csharpName')");
            return null;
        }

        if (context.Role == MemberScope.Output && nullable && required)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(node["nullable"]!), $"{what}: nullable", "a member that is always returned cannot also be null");
        }

        List<ConstraintModel>? memberConstraints = null;
        List<ConstraintModel>? itemConstraints = null;
        var checkable = context.Role != MemberScope.Output;
        if (checkable && required)
        {
            (memberConstraints ??= new List<ConstraintModel>()).Add(Synthesised(context.Owner, wireName, ConstraintKind.Required, "{member} is required", "MissingParameter", "the member is marked required"));
        }

        if (checkable && type.Scalar == ScalarKind.Enum)
        {
            var values = string.Join(", ", enums[type.Reference!].Values.Select(v => v.WireString));
            (type.IsList ? itemConstraints ??= new List<ConstraintModel>() : memberConstraints ??= new List<ConstraintModel>()).Add(Synthesised(
                context.Owner, wireName, ConstraintKind.DefinedEnum, "{member} must be one of " + values + " (was {value})",
                "InvalidParameterValue", "the member's values are the enum's: " + values));
        }

        var constraintsNode = node["constraints"];
        var itemsConstraintsNode = type.IsList ? node["items"]?["constraints"] : null;
        var draft = constraintsNode is null && itemsConstraintsNode is null ? null : new MemberDraft(wireName, propertyName, type.Scalar, type.IsList, type.Reference, required, what);
        if (constraintsNode is not null)
        {
            var target = type.IsList ? ConstraintTarget.List : ConstraintTarget.Scalar;
            (memberConstraints ??= new List<ConstraintModel>()).AddRange(ParseConstraints(constraintsNode, draft!, target, set, checkable, enums));
        }

        if (itemsConstraintsNode is not null)
        {
            (itemConstraints ??= new List<ConstraintModel>()).AddRange(ParseConstraints(itemsConstraintsNode, draft!, ConstraintTarget.Items, set, checkable, enums));
        }

        var integer = type.Scalar == ScalarKind.Integer ? IntegerTypeOf(type.Format, (type.IsList ? itemConstraints : memberConstraints) ?? Enumerable.Empty<ConstraintModel>()) : IntegerType.Int64;
        var example = node["example"]?.SourceText();
        var source = language switch
        {
            "en" => DocSource.English,
            "zh" => DocSource.Chinese,
            _ => DocSource.Spec,
        };
        return new MemberModel(
            wireName, propertyName, type.Scalar, type.IsList, integer, type.Reference, type.TypeName, type.Format, required, nullable, deprecated,
            description, source, descriptionZh, remarks, example, ToArray(memberConstraints), ToArray(itemConstraints));
    }

    private static EquatableArray<ConstraintModel> ToArray(List<ConstraintModel>? constraints) =>
        constraints is null ? EquatableArray<ConstraintModel>.Empty : constraints.ToEquatableArray();

    private static ConstraintModel Synthesised(string owner, string member, ConstraintKind kind, string message, string errorCode, string reason) =>
        new(RuleIds.For(owner, member, SpecNames.Name(kind)), kind, message, RuleSeverity.Error, errorCode,
            new Provenance(false, reason), null, null, null, null, null);

    /// <summary>
    /// The C# type of an integer: <c>ulong</c> when a range needs values beyond <c>long</c>, <c>int</c> when the
    /// ranges that are errors keep it within 32 bits (a warning may be wrong, so it never narrows the type),
    /// <c>long</c> otherwise.
    /// </summary>
    private static IntegerType IntegerTypeOf(string? format, IEnumerable<ConstraintModel> constraints)
    {
        decimal? lower = null;
        decimal? upper = null;
        var needsUnsigned = false;
        foreach (var c in constraints.Where(c => c.Kind == ConstraintKind.Range))
        {
            var low = c.Minimum ?? (c.ExclusiveMinimum + 1);
            var high = c.Maximum ?? (c.ExclusiveMaximum - 1);
            needsUnsigned |= high > long.MaxValue;
            if (c.Severity != RuleSeverity.Error)
            {
                continue;
            }

            if (low is { } l)
            {
                lower = lower is null ? l : System.Math.Max(lower.Value, l);
            }

            if (high is { } h)
            {
                upper = upper is null ? h : System.Math.Min(upper.Value, h);
            }
        }

        if (needsUnsigned && format == "uint64")
        {
            return IntegerType.UInt64;
        }

        return format == "int32" || (lower >= int.MinValue && upper <= int.MaxValue) ? IntegerType.Int32 : IntegerType.Int64;
    }

    /// <summary>What the constraint parser needs to know about the member it is reading.</summary>
    private sealed record MemberDraft(
        string WireName, string PropertyName, ScalarKind Scalar, bool IsList, string? Reference, bool Required, string What);

    private enum ConstraintTarget
    {
        Scalar,
        List,
        Items,
    }
}
