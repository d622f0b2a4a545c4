using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>The generated GAAP and demo bindings, as sources and as a compiled library, for analyzer tests.</summary>
internal static class GeneratedBindings
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    private static readonly Lazy<ImmutableArray<(string Name, string Text)>> LazySources = new(() =>
        Generate("gaap-v20180529.tcapi.json").Concat(Generate("demo-v20240101.tcapi.json")).ToImmutableArray());

    private static readonly Lazy<MetadataReference> LazyLibrary = new(CompileLibrary);

    public static ImmutableArray<(string Name, string Text)> Sources => LazySources.Value;

    /// <summary>The bindings compiled into a separate assembly, as a referenced library would hold them.</summary>
    public static MetadataReference Library => LazyLibrary.Value;

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(TcApi.Validation.ValidationResult).Assembly.Location);

    private static IEnumerable<(string, string)> Generate(string spec) =>
        GeneratorHarness.Run(GeneratorHarness.ReadSpec(spec), "/specs/" + spec).Result.GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()));

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
