using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TcApi.Generator.Tests;

/// <summary>
/// What the harness checks of every generator run, whatever the test asserts about it: run again with nothing changed,
/// every step the generator tracks is cached; and no step's output holds a symbol, syntax node, location or compilation
/// (which would keep a compilation alive and make every value differ from the last run's).
/// </summary>
internal static class PipelineChecks
{
    /// <summary>
    /// Roslyn's own steps: its inputs (the compilation, the additional texts, …) and its outputs (the files and
    /// diagnostics a source output made, located as diagnostics must be). Theirs to track, not the generator's.
    /// </summary>
    private static readonly ImmutableHashSet<string> RoslynSteps = typeof(WellKnownGeneratorInputs).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Concat(typeof(WellKnownGeneratorOutputs).GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Checks <paramref name="afterFirstRun"/>'s outputs, then runs it once more on a copy of
    /// <paramref name="compilation"/> (a new object, as the IDE hands over after an edit elsewhere) and asserts that
    /// every tracked step and output was cached and the generated files and diagnostics are the same.
    /// </summary>
    public static void AssertSecondRunCached(GeneratorDriver afterFirstRun, Compilation compilation)
    {
        var first = afterFirstRun.GetRunResult();
        if (first.Results.Any(result => result.Exception is not null))
        {
            // The test reports a generator exception itself, better than a step that was not cached would.
            return;
        }

        foreach (var result in first.Results)
        {
            AssertPlainData(result);
        }

        var second = afterFirstRun.RunGenerators(compilation.Clone()).GetRunResult();
        foreach (var result in second.Results)
        {
            AssertCached(result.TrackedSteps.Where(step => !RoslynSteps.Contains(step.Key)), "step");
            AssertCached(result.TrackedOutputSteps, "output");
        }

        Assert.Equal(Outputs(first), Outputs(second));
    }

    /// <summary>Asserts that no tracked step of <paramref name="result"/> outputs a compilation-bound object.</summary>
    public static void AssertPlainData(GeneratorRunResult result)
    {
        foreach (var (name, runs) in result.TrackedSteps.Where(step => !RoslynSteps.Contains(step.Key)))
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                AssertPlainData(output.Value, $"step {name} (output {output.Value?.GetType().Name ?? "null"})", new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertCached(IEnumerable<KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>>> steps, string kind)
    {
        foreach (var (name, runs) in steps)
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"run again with nothing changed, {kind} {name} was {output.Reason} (output {output.Value?.GetType().Name ?? "null"}): its value is not equal to the last run's");
            }
        }
    }

    /// <summary>Every generated file and diagnostic of a run, as text.</summary>
    private static IEnumerable<string> Outputs(GeneratorDriverRunResult run) =>
        run.Results.SelectMany(result => result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText)
            .Concat(result.Diagnostics.Select(d => d.ToString() + " " + d.GetMessage(CultureInfo.InvariantCulture))));

    private static void AssertPlainData(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or Location or SemanticModel or SyntaxTree,
            $"{step} holds a {value.GetType().Name}");
        if (value.GetType().GetProperty("IsDefault")?.GetValue(value) is true)
        {
            // A default ImmutableArray (or EquatableArray over one): enumerating it throws, and it holds nothing.
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertPlainData(item, step, seen);
            }
        }

        if (value is SourceText)
        {
            // A spec's text is kept with its tree (it is what the tree is compared by); it is plain data.
            return;
        }

        // Base types too: a record's fields may sit in the record it derives from.
        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertPlainData(field.GetValue(value), step, seen);
            }
        }
    }
}
