using System.Diagnostics;
using TcApi.Import.Cloud;
using TcApi.Import.Corpus;

namespace TcApi.Tool.Commands;

/// <summary><c>cloud --out &lt;dir&gt;</c>: what the local cloud carries of every service version (shapes and published examples, gzip'd).</summary>
public static class CloudCommand
{
    public static Task<int> RunAsync(ToolOptions options, TextWriter output, TextWriter error)
    {
        options.Accept(0, "out", "services", "corpus");
        var folder = options["out"] ?? throw new ToolUsageException("--out <dir> is required");
        var clock = Stopwatch.StartNew();
        var corpus = TencentCorpus.Load(options.Corpus);
        var only = options["services"] is { } services ? CorpusNames.Services(corpus, "services", services) : null;
        var (files, bytes) = CloudPackWriter.Write(corpus, Path.GetFullPath(folder), only is null ? null : v => only.Contains(v.Service));
        output.WriteLine($"Local cloud: {files} service versions, {bytes / 1024.0 / 1024.0:0.00} MiB gzip'd, in {clock.Elapsed.TotalSeconds:0.0} s -> {Path.GetFullPath(folder)}");
        return Task.FromResult(0);
    }
}
