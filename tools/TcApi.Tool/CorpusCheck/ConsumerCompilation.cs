using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// The compilation a consumer's build gives generated code: a net10.0 library with the SDK's defaults (C# 14, warning
/// level 10, nullable enabled, CS1701/CS1702 off) and the strictest switches a project sets — every warning an error
/// (<c>TreatWarningsAsErrors</c>) and documentation comments checked (<c>GenerateDocumentationFile</c>). Analyzers do
/// not run: the generated code is checked by the compiler alone.
/// </summary>
public static class ConsumerCompilation
{
    /// <summary>The warning level the SDK gives a net10.0 project (its major version).</summary>
    public const int WarningLevel = 10;

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        FrameworkReferenceAssemblies()
            .Append(typeof(TcApi.Client.ApiActionDescriptor).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.CSharp14, DocumentationMode.Diagnose);

    /// <summary>The framework's reference assemblies and the runtime's (TcApi.dll).</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpCompilationOptions Options(bool concurrentBuild) =>
        new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: WarningLevel,
                generalDiagnosticOption: ReportDiagnostic.Error,
                concurrentBuild: concurrentBuild,
                deterministic: true)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // The SDK's own NoWarn: reference unification across framework versions is not a problem.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    /// <summary>
    /// The empty consumer project every binding is generated into. One instance, so the compilations derived from it
    /// share its bound references instead of reading the framework again for each service; every binding has the
    /// same assembly name, each loaded in a context of its own.
    /// </summary>
    public static CSharpCompilation Empty(bool concurrentBuild) => concurrentBuild ? LazyConcurrent.Value : LazySequential.Value;

    private static readonly Lazy<CSharpCompilation> LazyConcurrent = new(() => Create(concurrentBuild: true));

    private static readonly Lazy<CSharpCompilation> LazySequential = new(() => Create(concurrentBuild: false));

    private static CSharpCompilation Create(bool concurrentBuild) =>
        CSharpCompilation.Create("TcApi.CorpusCheck.Binding", Array.Empty<SyntaxTree>(), References, Options(concurrentBuild));

    /// <summary>
    /// The reference pack a net10.0 build compiles against (packs/Microsoft.NETCore.App.Ref beside the running
    /// runtime: its own version, else the newest installed); the running runtime's own assemblies where no pack is.
    /// </summary>
    private static IEnumerable<string> FrameworkReferenceAssemblies()
    {
        var shared = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var packs = Path.GetFullPath(Path.Combine(shared, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var framework = Path.Combine("ref", "net" + Environment.Version.ToString(2));
        var own = Path.Combine(packs, Path.GetFileName(shared));
        var version = (Directory.Exists(packs) ? Directory.GetDirectories(packs) : [])
            .Where(folder => Directory.Exists(Path.Combine(folder, framework)))
            .OrderByDescending(folder => folder == own)
            .ThenByDescending(folder => Version.TryParse(Path.GetFileName(folder), out var v) ? v : new Version())
            .FirstOrDefault();
        var pack = version is null ? null : Path.Combine(version, framework);
        if (pack is not null)
        {
            return Directory.GetFiles(pack, "*.dll");
        }

        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"));
    }
}
