using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

/// <summary>A property of a generated record: its docs, attributes, and its parts of equality and printing.</summary>
internal sealed class PropertyView
{
    public PropertyView(MemberCode code)
    {
        var member = code.Member;
        Name = member.PropertyName;
        Type = code.PropertyType;
        IsRequired = code.IsRequiredInCSharp;
        Summary = XmlDoc.Lines(member.Description);
        Remarks = new[]
        {
            $"Wire name <c>{XmlDoc.Escape(member.WireName)}</c>; {(member.Required ? "required" : "optional")}.",
        }
        .Concat(member.Constraints.Concat(member.ItemConstraints).Where(c => c.Kind is not ConstraintKind.Required)
            .Select(c => XmlDoc.Escape($"Rule {c.Id}: {Describe(c)}")))
        .Concat(member.Remarks is null ? Enumerable.Empty<string>() : XmlDoc.Lines(member.Remarks))
        .ToList();
        Example = member.ExampleJson is null ? null : XmlDoc.Escape(System.Text.RegularExpressions.Regex.Replace(member.ExampleJson, @"\s+", " "));
        Attributes = new[] { $"[global::TcApi.Constraints.WireName({CSharpLiteral.String(member.WireName)})]" }
            .Concat(member.Constraints.Select(c => AttributeCode.ForConstraint(c, appliesToItems: false)))
            .Concat(member.ItemConstraints.Select(c => AttributeCode.ForConstraint(c, appliesToItems: true)))
            .ToList();
        Equality = member.IsList
            ? $"global::TcApi.Wire.WireEquality.ListEquals({Name}, other.{Name})"
            : $"{Name} == other.{Name}";
        Hash = member.IsList ? $"global::TcApi.Wire.WireEquality.ListHash({Name})" : Name;
        Print = member.IsList
            ? $"global::TcApi.Wire.WireEquality.AppendList(builder, {Name});"
            : code.IsValueType ? $"builder.Append({code.Show(Name)});" : $"builder.Append({Name});";
        if (!member.IsList && code.IsValueType && !code.IsRequiredInCSharp)
        {
            Print = $"if ({Name} is {{ }} {code.Local}) {{ builder.Append({code.Show(code.Local)}); }} else {{ builder.Append(\"null\"); }}";
        }
    }

    public string Name { get; }

    public string Type { get; }

    public bool IsRequired { get; }

    public IReadOnlyList<string> Summary { get; }

    public IReadOnlyList<string> Remarks { get; }

    public string? Example { get; }

    public IReadOnlyList<string> Attributes { get; }

    public string Equality { get; }

    public string Hash { get; }

    public string Print { get; }

    private static string Describe(ConstraintModel c) => c.Kind switch
    {
        ConstraintKind.Range => string.Join(", ", new[]
        {
            c.Minimum is { } min ? $">= {min}" : null,
            c.ExclusiveMinimum is { } emin ? $"> {emin}" : null,
            c.Maximum is { } max ? $"<= {max}" : null,
            c.ExclusiveMaximum is { } emax ? $"< {emax}" : null,
        }.Where(s => s is not null)),
        ConstraintKind.Length => $"length {c.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "0"}..{c.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "∞"}",
        ConstraintKind.ItemCount => $"items {c.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "0"}..{c.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "∞"}",
        ConstraintKind.Pattern => $"matches {c.Pattern}",
        ConstraintKind.UniqueItems => "no duplicate items",
        _ => "a defined value",
    } + (c.Provenance.Documented ? $" (documented: \"{c.Provenance.Text}\")" : $" (inferred: {c.Provenance.Text})");
}
