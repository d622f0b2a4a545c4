namespace TcApi.Generator;

/// <summary>The names of the generator's pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    public const string ProjectFiles = nameof(ProjectFiles);
    public const string ServiceSelections = nameof(ServiceSelections);
    public const string CatalogChoice = nameof(CatalogChoice);
    public const string SpecFiles = nameof(SpecFiles);
    public const string OverlayFiles = nameof(OverlayFiles);
    public const string SpecsWithOverlays = nameof(SpecsWithOverlays);
    public const string ParsedSpecs = nameof(ParsedSpecs);
    public const string SpecDiagnostics = nameof(SpecDiagnostics);
    public const string OverlayDiagnostics = nameof(OverlayDiagnostics);
    public const string EmitUnits = nameof(EmitUnits);
    public const string RenderedFiles = nameof(RenderedFiles);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string LanguageCheck = nameof(LanguageCheck);
    public const string Accessibility = nameof(Accessibility);
    public const string OverlaysElsewhere = nameof(OverlaysElsewhere);
    public const string SelectionLocations = nameof(SelectionLocations);

    public static readonly string[] All =
    {
        ProjectFiles, ServiceSelections, CatalogChoice, SpecFiles, OverlayFiles, SpecsWithOverlays, ParsedSpecs, SpecDiagnostics, OverlayDiagnostics, EmitUnits, RenderedFiles,
        LanguageVersion, LanguageCheck, Accessibility, OverlaysElsewhere, SelectionLocations,
    };
}
