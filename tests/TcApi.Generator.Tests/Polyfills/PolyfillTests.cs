using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TcApi.Generator.Polyfills;

namespace TcApi.Generator.Tests.Polyfills;

/// <summary>
/// The polyfill generator gives a netstandard2.0 compilation the types the generated code's <c>init</c>, <c>required</c>
/// and <c>ToJsonUtf8()</c> need, and nothing to a compilation that has them.
/// </summary>
public class PolyfillTests
{
    // What generated code does with them: required and init members, a record, a buffer writer.
    private const string Consumer = """
        using System.Buffers;

        public sealed record Request
        {
            public required string Name { get; init; }

            public int? Limit { get; init; }

            public byte[] Bytes()
            {
                var buffer = new ArrayBufferWriter<byte>(4);
                buffer.GetSpan(1)[0] = 42;
                buffer.Advance(1);
                return buffer.WrittenSpan.ToArray();
            }
        }

        public static class Use
        {
            public static Request Make() => new Request { Name = "n" } with { Limit = 1 };
        }
        """;

    private static readonly AdditionalText Spec = new InMemoryAdditionalText("/specs/demo-v20240101.tcapi.json", "{}");

    [Fact]
    public void A_netstandard2_0_compilation_lacks_them_without_the_generator()
    {
        var errors = NetStandardCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToHashSet();

        Assert.Contains("CS0518", errors); // IsExternalInit
        Assert.Contains("CS0656", errors); // RequiredMemberAttribute, CompilerFeatureRequiredAttribute, SetsRequiredMembersAttribute
        Assert.Contains("CS0246", errors); // ArrayBufferWriter<T>
    }

    [Fact]
    public void A_netstandard2_0_compilation_gets_every_missing_type_and_compiles()
    {
        var (result, output) = Run(NetStandardCompilation(), [Spec]);

        Assert.Equal(
            [
                "TcApi.Polyfills.System.Buffers.ArrayBufferWriter`1.g.cs",
                "TcApi.Polyfills.System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute.g.cs",
                "TcApi.Polyfills.System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute.g.cs",
                "TcApi.Polyfills.System.Runtime.CompilerServices.IsExternalInit.g.cs",
                "TcApi.Polyfills.System.Runtime.CompilerServices.RequiredMemberAttribute.g.cs",
            ],
            result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.All(result.GeneratedSources, s => Assert.Contains("internal ", s.SourceText.ToString()));
    }

    [Fact]
    public void A_compilation_that_has_them_gets_none()
    {
        var (result, output) = Run(GeneratorHarness.Compilation(sources: Consumer), [Spec]);

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_project_without_spec_files_gets_none()
    {
        var (result, _) = Run(NetStandardCompilation(), []);

        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_project_that_brings_its_own_can_turn_them_off()
    {
        var (result, _) = Run(NetStandardCompilation(), [Spec], new BuildProperties(PolyfillGenerator.OptOutProperty, "false"));

        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Another_assemblys_internal_copy_does_not_count_because_the_compiler_cannot_use_it()
    {
        var library = CSharpCompilation.Create(
            "LibraryWithItsOwnPolyfill",
            [CSharpSyntaxTree.ParseText("namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }")],
            NetStandardReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var consumer = NetStandardCompilation().AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        Assert.True(PolyfillGenerator.Missing(consumer).HasFlag(Polyfill.IsExternalInit));
        Assert.False(PolyfillGenerator.Missing(GeneratorHarness.Compilation()).HasFlag(Polyfill.IsExternalInit));
    }

    [Fact]
    public void An_edit_of_the_code_leaves_the_polyfills_cached()
    {
        var driver = GeneratorHarness.RunChecked(Driver([Spec]), NetStandardCompilation());
        var edited = NetStandardCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Added { }", GeneratorHarness.ParseOptions()));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[PolyfillTrackingNames.WantedPolyfills].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(5, result.GeneratedSources.Length);
    }

    private static (GeneratorRunResult Result, Compilation Output) Run(Compilation compilation, AdditionalText[] files, AnalyzerConfigOptionsProvider? options = null) =>
        GeneratorHarness.Run(Driver(files, options), compilation);

    private static GeneratorDriver Driver(AdditionalText[] files, AnalyzerConfigOptionsProvider? options = null) =>
        GeneratorHarness.Driver(files, options, generator: new PolyfillGenerator());

    private static CSharpCompilation NetStandardCompilation() =>
        CSharpCompilation.Create(
            "NetStandardConsumer",
            [CSharpSyntaxTree.ParseText(Consumer, GeneratorHarness.ParseOptions())],
            NetStandardReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// netstandard2.0's reference assembly and System.Memory (Span, IBufferWriter), from the NuGet cache: restoring
    /// this project restores the generator, which targets netstandard2.0, so both are there.
    /// </summary>
    private static readonly Lazy<MetadataReference[]> NetStandardReferences = new(() =>
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return
        [
            MetadataReference.CreateFromFile(Newest(packages, "netstandard.library", Path.Combine("build", "netstandard2.0", "ref", "netstandard.dll"))),
            MetadataReference.CreateFromFile(Newest(packages, "system.memory", Path.Combine("lib", "netstandard2.0", "System.Memory.dll"))),
        ];
    });

    private static string Newest(string packages, string package, string file) =>
        Directory.EnumerateDirectories(Path.Combine(packages, package))
            .OrderByDescending(version => Version.TryParse(Path.GetFileName(version), out var parsed) ? parsed : new Version())
            .Select(version => Path.Combine(version, file))
            .FirstOrDefault(File.Exists) ?? throw new FileNotFoundException($"{package} is not in the NuGet cache at {packages}; restore the solution first.");

    private sealed class BuildProperties(string key, string value) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { [key] = value });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
