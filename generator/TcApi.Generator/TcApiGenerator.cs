using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Emit;
using TcApi.Generator.Model;
using TcApi.Generator.Spec;

namespace TcApi.Generator;

/// <summary>Generates request, response, validator, wire and error-code types from every <c>*.tcapi.json</c> additional file.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class TcApiGenerator : IIncrementalGenerator
{
    public const string SpecFileSuffix = ".tcapi.json";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The spec files among the additional files.
        var specFiles = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(SpecFileSuffix, StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(TrackingNames.SpecFiles);

        // Each spec parsed into a value-equatable model, or into diagnostics.
        var parsed = specFiles
            .Select(static (file, cancellationToken) => Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        // Problems in a spec are reported in the spec file.
        var specDiagnostics = parsed
            .SelectMany(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.SpecDiagnostics);
        context.RegisterSourceOutput(specDiagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

        // Is the consumer's C# new enough for the generated code?
        var languageVersion = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() : LanguageVersion.Latest)
            .WithTrackingName(TrackingNames.LanguageVersion);
        var languageCheck = languageVersion
            .Combine(specFiles.Collect().Select(static (files, _) => files.Length > 0))
            .WithTrackingName(TrackingNames.LanguageCheck);
        context.RegisterSourceOutput(languageCheck, static (spc, input) => ReportLanguageVersion(spc, input.Left, input.Right));

        // One unit per generated file, so an edit to one action re-renders only that action's files.
        var units = parsed
            .SelectMany(static (result, _) => EmitUnit.From(result.Service))
            .WithTrackingName(TrackingNames.EmitUnits);

        // Public by default; a project that only uses the binding inside itself (the emulator) asks for internal.
        var accessibility = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.TcApiGeneratedAccessibility", out var value) &&
                value.Trim().Equals("internal", StringComparison.OrdinalIgnoreCase) ? "internal" : "public")
            .WithTrackingName(TrackingNames.Accessibility);

        var files = units
            .Combine(accessibility)
            .Select(static (input, _) => SourceRenderer.Render(input.Left, input.Right))
            .WithTrackingName(TrackingNames.RenderedFiles);

        context.RegisterSourceOutput(files.Combine(languageVersion), static (spc, input) =>
        {
            var (file, version) = input;
            if (file.Failure is { } failure)
            {
                spc.ReportDiagnostic(failure.ToDiagnostic());
            }
            else if (IsSupported(version))
            {
                try
                {
                    spc.AddSource(file.HintName, file.Source!);
                }
                catch (ArgumentException)
                {
                    // The same file twice: one spec listed twice, or two specs generating the same type.
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NameCollision, Location.None, file.HintName, "a spec file listed twice, or two specs that generate the same type"));
                }
            }
        });
    }

    private static SpecParseResult Parse(AdditionalText file, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, null, $"{file.Path} could not be read");
                return new SpecParseResult(null, new[] { unreadable }.ToEquatableArray());
            }

            return SpecParser.Parse(file.Path, text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, null, $"{file.Path}: {e.GetType().Name}: {e.Message}");
            return new SpecParseResult(null, new[] { failure }.ToEquatableArray());
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
