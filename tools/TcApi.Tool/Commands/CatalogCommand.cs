using System.Diagnostics;
using TcApi.Import.Catalog;
using TcApi.Import.Corpus;

namespace TcApi.Tool.Commands;

/// <summary><c>catalog --out &lt;dir&gt;</c>: the service catalogue the package carries (every service version and the overlays).</summary>
public static class CatalogCommand
{
    public static Task<int> RunAsync(ToolOptions options, TextWriter output, TextWriter error)
    {
        var folder = options["out"] ?? throw new ToolUsageException("catalog needs --out <dir>.");
        var overlays = options["overlays"] ?? Path.Combine(ToolOptions.RepositoryRoot(), "spec");
        var only = options["services"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

        var clock = Stopwatch.StartNew();
        var corpus = TencentCorpus.Load(options.Corpus);
        var overlayFiles = Directory.GetFiles(overlays, "*.tcapi-overlay.json", SearchOption.AllDirectories);
        var summary = CatalogWriter.Write(corpus, Path.GetFullPath(folder), overlayFiles, only is null ? null : v => only.Contains(v.Service));
        output.WriteLine(
            $"Catalogue: {summary.Services} services, {summary.ServiceVersions} versions, {summary.Actions} actions, {summary.Overlays} overlays, " +
            $"{summary.SpecBytes / 1024.0 / 1024.0:0.0} MiB of specs, in {clock.Elapsed.TotalSeconds:0.0} s -> {Path.GetFullPath(folder)}");
        return Task.FromResult(0);
    }
}
