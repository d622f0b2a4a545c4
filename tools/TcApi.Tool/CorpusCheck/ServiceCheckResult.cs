namespace TcApi.Tool.CorpusCheck;

/// <summary>What the check found for one service version.</summary>
public sealed record ServiceCheckResult(
    string Service,
    string ApiVersion,
    bool EnglishOnly,
    SpecFigures Figures,
    IReadOnlyList<string> GeneratorDiagnostics,
    IReadOnlyList<CompileDiagnostic> CompileDiagnostics,
    IReadOnlyDictionary<ExampleOutcome, int> Outcomes,
    IReadOnlyList<ExampleFinding> Findings,
    string? Failure,
    int GeneratedLines,
    PhaseTimes Times)
{
    public string Name => $"{Service} {ApiVersion}";

    /// <summary>Imported, generated without a diagnostic, compiled without a warning, and every example read or classified.</summary>
    public bool Passed =>
        Failure is null && GeneratorDiagnostics.Count == 0 && CompileDiagnostics.Count == 0 && Outcomes.Keys.All(o => o.Kind() != OutcomeKind.Failure);

    public int Count(ExampleOutcome outcome) => Outcomes.GetValueOrDefault(outcome);
}

/// <summary>A compiler diagnostic of the generated code: its id and where and what it says.</summary>
public sealed record CompileDiagnostic(string Id, string Text);

/// <summary>Where a service version's time went.</summary>
public sealed record PhaseTimes(TimeSpan Import, TimeSpan Generate, TimeSpan Compile, TimeSpan Examples)
{
    public TimeSpan Total => Import + Generate + Compile + Examples;
}
