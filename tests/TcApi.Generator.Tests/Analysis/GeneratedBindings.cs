using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>The generated GAAP (with its overlay), demo and nested bindings, as sources and as a compiled library, for analyzer tests.</summary>
internal static class GeneratedBindings
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    /// <summary>The spec files the bindings are generated from, with the overlays that refine them.</summary>
    public static readonly string[] SpecFiles =
        ["gaap-v20180529.tcapi.json", "gaap-v20180529.tcapi-overlay.json", "demo-v20240101.tcapi.json", "nested-v20250101.tcapi.json"];

    private static readonly Lazy<ImmutableArray<(string Name, string Text)>> LazySources = new(Generate);

    private static readonly Lazy<MetadataReference> LazyLibrary = new(CompileLibrary);

    public static ImmutableArray<(string Name, string Text)> Sources => LazySources.Value;

    /// <summary>The bindings compiled into a separate assembly, as a referenced library would hold them.</summary>
    public static MetadataReference Library => LazyLibrary.Value;

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(TcApi.Validation.ValidationResult).Assembly.Location);

    private static ImmutableArray<(string, string)> Generate()
    {
        var files = SpecFiles.Select(f => GeneratorHarness.Spec(GeneratorHarness.ReadSpec(f), "/specs/" + f)).ToArray();
        var result = GeneratorHarness.Run(LanguageVersion.CSharp12, files).Result;
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        return result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
    }

    private static MetadataReference CompileLibrary()
    {
        var references = Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult().Add(Runtime);
        var compilation = CSharpCompilation.Create(
            "GeneratedBindings",
            Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.CSharp12), s.Name)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
