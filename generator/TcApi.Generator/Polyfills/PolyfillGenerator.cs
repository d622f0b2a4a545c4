using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TcApi.Contract;

namespace TcApi.Generator.Polyfills;

/// <summary>
/// Adds the internal types the generated code needs (<c>init</c>, <c>required</c>, <c>ArrayBufferWriter&lt;T&gt;</c>)
/// to a compilation whose framework lacks them (netstandard2.0, .NET Framework), so the bindings compile there. Only where the project has spec files,
/// and not when <c>TcApiGeneratePolyfills</c> is <c>false</c> (a project that brings its own, e.g. with PolySharp).
/// Separate from <see cref="TcApiGenerator"/>: its pipeline never sees a <see cref="Compilation"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PolyfillGenerator : IIncrementalGenerator
{
    public const string OptOutProperty = "build_property.TcApiGeneratePolyfills";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Runs at every compilation change, so it only looks types up; the flags it yields are equatable, and nothing
        // downstream runs again unless a polyfill appears or disappears.
        var missing = context.CompilationProvider
            .Select(static (compilation, _) => Missing(compilation))
            .WithTrackingName(PolyfillTrackingNames.MissingPolyfills);

        var hasSpecs = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(CatalogLayout.SpecSuffix, StringComparison.OrdinalIgnoreCase))
            .Collect()
            .Select(static (files, _) => files.Length > 0);

        var enabled = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => !(options.GlobalOptions.TryGetValue(OptOutProperty, out var value) && value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase)));

        var wanted = missing
            .Combine(hasSpecs.Combine(enabled))
            .Select(static (input, _) => input.Right.Left && input.Right.Right ? input.Left : Polyfill.None)
            .WithTrackingName(PolyfillTrackingNames.WantedPolyfills);

        context.RegisterSourceOutput(wanted, static (spc, polyfills) =>
        {
            foreach (var (polyfill, metadataName, source) in PolyfillSources.All)
            {
                if ((polyfills & polyfill) != 0)
                {
                    spc.AddSource($"TcApi.Polyfills.{metadataName}.g.cs", source);
                }
            }
        });
    }

    /// <summary>
    /// The polyfills this compilation has no accessible type for. The compiler ignores another assembly's internal
    /// copy (many netstandard2.0 libraries carry one), so such a copy does not count.
    /// </summary>
    internal static Polyfill Missing(Compilation compilation)
    {
        var missing = Polyfill.None;
        foreach (var (polyfill, metadataName, _) in PolyfillSources.All)
        {
            if (!compilation.GetTypesByMetadataName(metadataName).Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)))
            {
                missing |= polyfill;
            }
        }

        return missing;
    }
}
