using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TcApi.Contract;
using TcApi.Generator.Catalog;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Emit;
using TcApi.Generator.Model;
using TcApi.Generator.Overlay;
using TcApi.Generator.Reading;
using TcApi.Generator.Spec;

namespace TcApi.Generator;

/// <summary>
/// Generates request, response, object, validator, wire and error-code types and a client from every
/// <c>*.tcapi.json</c> additional file, refined by the <c>*.tcapi-overlay.json</c> files for the same service version.
/// <para>
/// Roslyn's driver is the first of three caching layers (docs/architecture.md, "Caching"): it keeps each step's last
/// output for as long as it keeps the driver (a compiler server's or the IDE's session) and reruns a step only when
/// its input differs by value equality, so every value from parsing on is a value-equatable model without Roslyn
/// objects, one per service. The render cache (<see cref="RenderCache"/>) and the file assembly
/// (<see cref="FileLayout"/>) keep unchanged types and files within a service that did change.
/// </para>
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TcApiGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each additional file with the role the package's targets gave it: a catalogue spec, overlay or index, or
        // (no role) one of the project's own files.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => new ProjectFile(pair.Left, CatalogFile.Role(pair.Right.GetOptions(pair.Left))))
            .WithTrackingName(TrackingNames.ProjectFiles);

        // The catalogue services the project file selects (<TcApiService Include="cvm" />), resolved against the
        // catalogue files by name alone: a catalogue spec is read only when it is chosen.
        var selections = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ServiceSelection.Parse(options.GlobalOptions.TryGetValue(ServiceSelection.BuildProperty, out var value) ? value : null))
            .WithTrackingName(TrackingNames.ServiceSelections);
        var catalogFiles = files
            .Where(static file => file.Role == CatalogLayout.SpecRole)
            .Select(static (file, _) => CatalogFile.FromPath(file.Text.Path))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .Collect();
        var catalogIndex = files.Where(static file => file.Role == CatalogLayout.IndexRole).Collect();
        var choice = selections
            .Combine(catalogFiles)
            .Combine(catalogIndex)
            .Select(static (input, cancellationToken) => CatalogChoice.Choose(input.Left.Left, input.Left.Right, () => ReadIndex(input.Right, cancellationToken)))
            .WithTrackingName(TrackingNames.CatalogChoice);

        // Where each <TcApiService> item stands in the project file: selection problems are reported there.
        var locations = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => SelectionLocations.Parse(options.GlobalOptions.TryGetValue(SelectionLocations.BuildProperty, out var value) ? value : null))
            .WithTrackingName(TrackingNames.SelectionLocations);
        context.RegisterSourceOutput(choice.SelectMany(static (c, _) => c.Diagnostics).Combine(locations), static (spc, input) => spc.ReportDiagnostic(input.Right.Locate(input.Left).ToDiagnostic()));

        // The spec files: the project's own, and the chosen catalogue specs; each read into a JSON tree once.
        var specs = files
            .Where(static file => file.Text.Path.EndsWith(CatalogLayout.SpecSuffix, StringComparison.OrdinalIgnoreCase) && file.Role is null or CatalogLayout.SpecRole)
            .Combine(choice)
            .Select(static (input, cancellationToken) => input.Left.Role is null
                ? Read(input.Left.Text, cancellationToken)
                : input.Right.Find(input.Left.Text.Path) is { } chosen ? Read(input.Left.Text, cancellationToken).WithActions(chosen.Actions) : null)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.SpecFiles);

        // The overlay files, each read with the service version it refines.
        var overlayFiles = files
            .Where(static file => file.Text.Path.EndsWith(CatalogLayout.OverlaySuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => (Source: OverlaySource.Read(file.Text.Path, file.Text.GetText(cancellationToken) ?? Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty), cancellationToken), FromCatalog: file.Role is not null))
            .WithTrackingName(TrackingNames.OverlayFiles);
        var overlays = overlayFiles.Select(static (file, _) => file.Source);
        var allOverlays = overlays.Collect();

        // Is the consumer's C# new enough for the generated code?
        var languageVersion = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() : LanguageVersion.Latest)
            .WithTrackingName(TrackingNames.LanguageVersion);
        var languageCheck = languageVersion
            .Combine(specs.Collect().Select(static (files, _) => files.Length > 0))
            .WithTrackingName(TrackingNames.LanguageCheck);
        context.RegisterSourceOutput(languageCheck, static (spc, input) => ReportLanguageVersion(spc, input.Left, input.Right));

        // Public by default; a project that only uses the binding inside itself (the emulator) asks for internal.
        var accessibility = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.TcApiGeneratedAccessibility", out var value) &&
                value.Trim().Equals("internal", StringComparison.OrdinalIgnoreCase) ? "internal" : "public")
            .WithTrackingName(TrackingNames.Accessibility);

        // Overlays of services whose binding another compilation makes (a precompiled catalogue service) are its to check.
        var overlaysElsewhere = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => OverlaysElsewhere.Parse(options.GlobalOptions.TryGetValue(OverlaysElsewhere.BuildProperty, out var value) ? value : null))
            .WithTrackingName(TrackingNames.OverlaysElsewhere);

        // An overlay's own header problems, and overlays of the project for a service version it does not have (the
        // catalogue's overlays refine whichever of its services the project selects).
        var overlayDiagnostics = overlayFiles.Collect()
            .Combine(specs.Select(static (spec, _) => (spec.Service, spec.ApiVersion)).Collect())
            .Combine(overlaysElsewhere)
            .SelectMany(static (input, _) => input.Left.Left.SelectMany(o => o.Source.Diagnostics)
                .Concat(OverlayTargets.Unmatched(input.Left.Left.Where(o => !o.FromCatalog && !input.Right.Covers(o.Source.Overlay?.Service)).Select(o => o.Source), input.Left.Right)).ToEquatableArray())
            .WithTrackingName(TrackingNames.OverlayDiagnostics);
        context.RegisterSourceOutput(overlayDiagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

        Generate(context, specs, allOverlays, accessibility, languageVersion, locations);
    }

    /// <summary>The overlay, model and emit stages for a stream of specs, each service one value from here on.</summary>
    private static void Generate(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<SpecSource> specs,
        IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<OverlaySource>> overlays,
        IncrementalValueProvider<string> accessibility,
        IncrementalValueProvider<LanguageVersion> languageVersion,
        IncrementalValueProvider<SelectionLocations> locations)
    {
        // Each spec with the overlays that refine it: an edit to another service's overlay leaves it cached.
        var specsWithOverlays = specs
            .Combine(overlays)
            .Select(static (input, _) => (Spec: input.Left, Overlays: OverlayTargets.Of(input.Left, input.Right)))
            .WithTrackingName(TrackingNames.SpecsWithOverlays);

        // Each spec merged with its overlays and parsed into a value-equatable model, or into diagnostics.
        var parsed = specsWithOverlays
            .Select(static (input, cancellationToken) => (Key: input.Spec.Path, Result: Parse(input.Spec, input.Overlays, cancellationToken)))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        // Problems are reported in the file and at the place they are: the spec, or an overlay.
        var specDiagnostics = parsed
            .SelectMany(static (parse, _) => parse.Result.Diagnostics)
            .WithTrackingName(TrackingNames.SpecDiagnostics);
        context.RegisterSourceOutput(specDiagnostics.Combine(locations), static (spc, input) => spc.ReportDiagnostic(input.Right.Locate(input.Left).ToDiagnostic()));

        // One unit per generated file, kept together per service: an unrelated edit then costs one cached value per
        // service, whatever its size.
        var units = parsed
            .Combine(accessibility)
            .Select(static (input, _) => ServiceUnits.From(input.Left.Key, input.Left.Result.Service, input.Right))
            .WithTrackingName(TrackingNames.EmitUnits);

        // Rendered per service; the render cache re-renders only the units that changed.
        var files = units
            .Select(static (service, _) => RenderCache.Render(service))
            .WithTrackingName(TrackingNames.RenderedFiles);

        context.RegisterSourceOutput(files.Combine(languageVersion), static (spc, input) =>
        {
            var (service, version) = input;
            foreach (var unit in service.Units)
            {
                if (unit.Failure is { } failure)
                {
                    spc.ReportDiagnostic(failure.ToDiagnostic());
                }
            }

            if (!IsSupported(version))
            {
                return;
            }

            foreach (var file in service.Files)
            {
                try
                {
                    spc.AddSource(file.HintName, file.Source);
                }
                catch (ArgumentException)
                {
                    // The same file twice: one spec listed twice, or two specs of the same namespace.
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NameCollision, Location.None, file.HintName, "a spec listed twice, or two specs with the same namespace"));
                }
            }
        });
    }

    private static CatalogIndex ReadIndex(System.Collections.Immutable.ImmutableArray<ProjectFile> index, System.Threading.CancellationToken cancellationToken) =>
        index.IsEmpty ? CatalogIndex.Empty : CatalogIndex.Read(index[0].Text.Path, index[0].Text.GetText(cancellationToken));

    private static SpecSource Read(AdditionalText file, System.Threading.CancellationToken cancellationToken) =>
        SpecSource.Read(file.Path, file.GetText(cancellationToken) ?? Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty), cancellationToken);

    private static SpecParseResult Parse(SpecSource spec, EquatableArray<OverlaySource> overlays, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return ServiceModelBuilder.Build(spec, overlays, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SpecParseResult.Failed(DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, null, $"{spec.Path}: {e.GetType().Name}: {e.Message}"));
        }
    }

    private static bool IsSupported(LanguageVersion languageVersion) =>
        languageVersion >= GeneratorInfo.RequiredLanguageVersion;

    private static void ReportLanguageVersion(SourceProductionContext context, LanguageVersion version, bool hasSpecs)
    {
        if (hasSpecs && !IsSupported(version))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.LanguageVersionTooOld, Location.None, GeneratorInfo.RequiredLanguageVersion.ToDisplayString(), version.ToDisplayString()));
        }
    }
}
