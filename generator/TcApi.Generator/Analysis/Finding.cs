using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

/// <summary>A broken rule found in user code, ready to become a diagnostic.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor descriptor, string ruleId, string message, DiagnosticSeverity severity, Location location, string? documented = null)
    {
        Descriptor = descriptor;
        RuleId = ruleId;
        Message = message;
        Severity = severity;
        Location = location;
        Documented = documented;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string RuleId { get; }

    public string Message { get; }

    public DiagnosticSeverity Severity { get; }

    public Location Location { get; }

    /// <summary>The (shortened) sentence a documented constraint was read from, quoted in its message.</summary>
    public string? Documented { get; }

    public List<Location> AdditionalLocations { get; } = new();

    public Dictionary<string, string?> Properties { get; } = new();

    public Diagnostic ToDiagnostic()
    {
        var properties = ImmutableDictionary.CreateRange(Properties).SetItem(DiagnosticProperties.RuleId, RuleId);
        return Documented is null
            ? Diagnostic.Create(Descriptor, Location, Severity, AdditionalLocations, properties, Message, RuleId)
            : Diagnostic.Create(Descriptor, Location, Severity, AdditionalLocations, properties, Message, RuleId, Documented);
    }

    /// <summary>A documented (mined) constraint's id is the TCAPI2xxx twin of the curated TCAPI1xxx one.</summary>
    public static DiagnosticDescriptor DescriptorFor(ConstraintKind kind, string? documented) =>
        documented is null ? DescriptorFor(kind) : DiagnosticDescriptors.DocumentedTwin(DescriptorFor(kind));

    public static DiagnosticDescriptor DescriptorFor(RuleKind kind, string? documented) =>
        documented is null ? DescriptorFor(kind) : DiagnosticDescriptors.DocumentedTwin(DescriptorFor(kind));

    public static DiagnosticDescriptor DescriptorFor(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Required => DiagnosticDescriptors.RequiredViolation,
        ConstraintKind.DefinedEnum => DiagnosticDescriptors.EnumViolation,
        ConstraintKind.Range => DiagnosticDescriptors.RangeViolation,
        ConstraintKind.Length => DiagnosticDescriptors.LengthViolation,
        ConstraintKind.Pattern => DiagnosticDescriptors.PatternViolation,
        ConstraintKind.ItemCount => DiagnosticDescriptors.ItemCountViolation,
        ConstraintKind.AllowedValues => DiagnosticDescriptors.AllowedValuesViolation,
        ConstraintKind.ByteLength => DiagnosticDescriptors.ByteLengthViolation,
        _ => DiagnosticDescriptors.UniqueItemsViolation,
    };

    public static DiagnosticDescriptor DescriptorFor(RuleKind kind) => kind switch
    {
        RuleKind.ExactlyOneOf => DiagnosticDescriptors.ExactlyOneOfViolation,
        RuleKind.AtMostOneOf => DiagnosticDescriptors.AtMostOneOfViolation,
        RuleKind.AtLeastOneOf => DiagnosticDescriptors.AtLeastOneOfViolation,
        RuleKind.DependentRequired => DiagnosticDescriptors.DependentRequiredViolation,
        RuleKind.Compare => DiagnosticDescriptors.CompareViolation,
        _ => DiagnosticDescriptors.ImpliesViolation,
    };
}
