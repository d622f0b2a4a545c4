using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports about a spec file. Each has a help page, docs/diagnostics/&lt;id&gt;.md, which
/// ships in the package's docs/diagnostics folder; the description names it. No help link: no public address holds the
/// pages yet, and a link nobody can open is worse than none (docs/diagnostics/README.md).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string SpecCategory = "TcApi.Spec";
    private const string ConstraintCategory = "TcApi.Constraints";

    public static readonly DiagnosticDescriptor InvalidJson = Error(
        "TCAPI0001", "Spec file is not valid JSON", "The spec file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "TCAPI0002", "Unknown key in spec", "Unknown key '{0}' in {1}; expected one of: {2}");

    public static readonly DiagnosticDescriptor MissingKey = Error(
        "TCAPI0003", "Missing key in spec", "{1} requires the key '{0}'");

    public static readonly DiagnosticDescriptor WrongValueType = Error(
        "TCAPI0004", "Spec value has the wrong JSON type", "'{0}' must be {1}");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "TCAPI0005", "Invalid spec value", "Invalid value for '{0}': {1}");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "TCAPI0006", "Name is not a valid C# identifier", "'{0}' is not a valid C# {1}");

    public static readonly DiagnosticDescriptor Duplicate = Error(
        "TCAPI0007", "Duplicate definition in spec", "Duplicate {0} '{1}'");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "TCAPI0008", "Spec names something it does not define", "{0} names the unknown {1} '{2}'");

    public static readonly DiagnosticDescriptor EmptyBounds = Error(
        "TCAPI0009", "Bounds admit no value", "{0}: {1}");

    public static readonly DiagnosticDescriptor ConstraintNotApplicable = Error(
        "TCAPI0010", "Constraint does not apply to the member's type", "A '{0}' constraint cannot apply to '{1}', which is {2}");

    public static readonly DiagnosticDescriptor InvalidPattern = Error(
        "TCAPI0011", "Invalid pattern", "Pattern '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidMessageTemplate = Error(
        "TCAPI0012", "Invalid message template", "Message of '{0}' uses the unknown placeholder '{{{1}}}'; a {2} message may use: {3}");

    public static readonly DiagnosticDescriptor ExampleMismatch = Error(
        "TCAPI0013", "Example does not have its expected outcome", "Example '{0}' is expected to be {1}, but the constraints find it {2}");

    public static readonly DiagnosticDescriptor ExampleValue = Error(
        "TCAPI0014", "Example value does not fit its member", "Example '{0}': {1}");

    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = Error(
        "TCAPI0015", "Unsupported spec format version", "Spec format version {0} is not supported; this generator reads version {1}");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "TCAPI0016", "Duplicate JSON key", "The key '{0}' appears more than once in this object");

    public static readonly DiagnosticDescriptor NameCollision = Error(
        "TCAPI0017", "Generated names collide", "The generated type '{0}' would be defined twice ({1})");

    public static readonly DiagnosticDescriptor OverlayTargetNotFound = Error(
        "TCAPI0018", "Overlay entry matches nothing in the base spec", "The overlay names {0} '{1}', which {2}{3}");

    public static readonly DiagnosticDescriptor OverlayTypeChange = Error(
        "TCAPI0019", "Overlay changes a member's wire type", "The overlay makes {0} {1}, but its wire type is {2}; an overlay may only refine a type ({3})");

    public static readonly DiagnosticDescriptor UnknownCatalogueEntry = Error(
        "TCAPI0020", "Unknown service, version or action", "{0}");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "TCAPI0100", "C# language version too old for TcApi", "TcApi's generated code needs C# {0} or later (required members, UTF-8 literals); this project uses C# {1}. Set <LangVersion>{0}</LangVersion> or later.");

    public static readonly DiagnosticDescriptor GeneratorFailure = Error(
        "TCAPI0999", "The generator failed on this spec", "The TcApi generator failed on this spec; please report it: {0}");

    // Constraint violations in user code, reported by the analyzer from the constraint attributes. Each message is
    // the spec's message with the values filled in ({0}) and the rule id ({1}); the severity is the rule's.
    public static readonly DiagnosticDescriptor RangeViolation = Constraint("TCAPI1001", "Value outside its range");

    public static readonly DiagnosticDescriptor LengthViolation = Constraint("TCAPI1002", "String length outside its bounds");

    public static readonly DiagnosticDescriptor PatternViolation = Constraint("TCAPI1003", "String does not match its pattern");

    public static readonly DiagnosticDescriptor EnumViolation = Constraint("TCAPI1004", "Value is not a defined enum member");

    public static readonly DiagnosticDescriptor ItemCountViolation = Constraint("TCAPI1005", "List has too few or too many items");

    public static readonly DiagnosticDescriptor UniqueItemsViolation = Constraint("TCAPI1006", "List repeats an item");

    public static readonly DiagnosticDescriptor ExactlyOneOfViolation = Constraint("TCAPI1007", "Exactly one of the members must be set");

    public static readonly DiagnosticDescriptor AtMostOneOfViolation = Constraint("TCAPI1008", "At most one of the members may be set");

    public static readonly DiagnosticDescriptor DependentRequiredViolation = Constraint("TCAPI1009", "A member needs another member");

    public static readonly DiagnosticDescriptor CompareViolation = Constraint("TCAPI1010", "Members are not in their required order");

    public static readonly DiagnosticDescriptor ImpliesViolation = Constraint("TCAPI1011", "A condition forbids this value");

    public static readonly DiagnosticDescriptor RequiredViolation = Constraint("TCAPI1012", "Required member set to null");

    public static readonly DiagnosticDescriptor AtLeastOneOfViolation = Constraint("TCAPI1013", "At least one of the members must be set");

    public static readonly DiagnosticDescriptor AllowedValuesViolation = Constraint("TCAPI1014", "Value is not one of the allowed values");

    public static readonly DiagnosticDescriptor ByteLengthViolation = Constraint("TCAPI1015", "String length in UTF-8 bytes outside its bounds");

    // The same violations of constraints and rules that a mining tool read from Tencent's documentation (provenance
    // with a confidence), not curated: ids of their own so a project can treat them apart (docs/diagnostics/README.md).
    // Each message quotes the sentence ({2}); the severity is the rule's, a mined one's is warning.
    public static readonly DiagnosticDescriptor DocumentedRangeViolation = Documented("TCAPI2001", "Value outside its documented range");

    public static readonly DiagnosticDescriptor DocumentedLengthViolation = Documented("TCAPI2002", "String length outside its documented bounds");

    public static readonly DiagnosticDescriptor DocumentedPatternViolation = Documented("TCAPI2003", "String does not match its documented pattern");

    public static readonly DiagnosticDescriptor DocumentedItemCountViolation = Documented("TCAPI2005", "List has fewer or more items than documented");

    public static readonly DiagnosticDescriptor DocumentedUniqueItemsViolation = Documented("TCAPI2006", "List repeats an item its documentation forbids");

    public static readonly DiagnosticDescriptor DocumentedExactlyOneOfViolation = Documented("TCAPI2007", "Documentation says exactly one of the members");

    public static readonly DiagnosticDescriptor DocumentedAtMostOneOfViolation = Documented("TCAPI2008", "Documentation says at most one of the members");

    public static readonly DiagnosticDescriptor DocumentedDependentRequiredViolation = Documented("TCAPI2009", "Documentation says a member needs another member");

    public static readonly DiagnosticDescriptor DocumentedCompareViolation = Documented("TCAPI2010", "Members are not in their documented order");

    public static readonly DiagnosticDescriptor DocumentedImpliesViolation = Documented("TCAPI2011", "A documented condition forbids this value");

    public static readonly DiagnosticDescriptor DocumentedAtLeastOneOfViolation = Documented("TCAPI2013", "Documentation says at least one of the members");

    public static readonly DiagnosticDescriptor DocumentedAllowedValuesViolation = Documented("TCAPI2014", "Value is not one of the documented values");

    public static readonly DiagnosticDescriptor DocumentedByteLengthViolation = Documented("TCAPI2015", "String length in UTF-8 bytes outside its documented bounds");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> Catalogue => All.Values.OrderBy(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => All[id];

    /// <summary>
    /// The TCAPI2xxx twin of a constraint descriptor TCAPI1xxx, for a documented (mined) constraint. Required members
    /// and enumeration values are never mined: their descriptors are their own twins.
    /// </summary>
    public static DiagnosticDescriptor DocumentedTwin(DiagnosticDescriptor curated) =>
        All.TryGetValue("TCAPI2" + curated.Id.Substring("TCAPI1".Length), out var twin) ? twin : curated;

    /// <summary>Every documented-constraint id, for MSBuild's WarningsNotAsErrors (a test checks TcApi.targets lists them all).</summary>
    public static IEnumerable<string> DocumentedIds => All.Keys.Where(id => id.StartsWith("TCAPI2", System.StringComparison.Ordinal)).OrderBy(id => id, System.StringComparer.Ordinal);

    /// <summary>Where the help page of <paramref name="id"/> is: in the package, and in the repository.</summary>
    public static string HelpPage(string id) => $"docs/diagnostics/{id}.md";

    private static DiagnosticDescriptor Constraint(string id, string title) =>
        new(id, title, "{0} [{1}]", ConstraintCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, description: Help(id, title));

    private static DiagnosticDescriptor Documented(string id, string title) =>
        new(id, title, "{0} [{1}], documented as \"{2}\"", ConstraintCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: Help(id, title));

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, SpecCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, description: Help(id, title));

    private static string Help(string id, string title) =>
        $"{title}. Cause, example and fix: {HelpPage(id)} in the TcApi package (~/.nuget/packages/tcapi/<version>/{HelpPage(id)}) or in TcApi's repository.";
}
