using TcApi.Import.Corpus;
using TcApi.Import.Mining.Corpus;
using TcApi.Import.Writing;

namespace TcApi.Tool.Commands;

/// <summary>
/// <c>mine-stats</c>: the constraint reader over the whole corpus — counts per kind and per service, members covered,
/// and every published example checked against the mined constraints, each violation listed for a person to classify.
/// </summary>
public static class MineStatsCommand
{
    public static async Task<int> RunAsync(ToolOptions options, TextWriter output, TextWriter error)
    {
        options.Accept(0, "out", "list", "corpus");
        if (options["list"] is { } list and not "constraints")
        {
            throw new ToolUsageException($"--list takes 'constraints', not '{list}'");
        }

        var corpus = TencentCorpus.Load(options.Corpus);
        var report = MineStatistics.Run(corpus, listConstraints: options["list"] is "constraints");
        var examples = report["examples"]!;
        output.WriteLine(
            $"Mined {report["serviceVersions"]} service versions in {report["miningSeconds"]} s: {report["requestMembersWithAConstraint"]} of {report["requestMembers"]} request members " +
            $"have a constraint. Per kind: {string.Join(", ", report["perKind"]!.AsObject().Select(p => $"{p.Key} {p.Value!["total"]}"))}.");
        output.WriteLine(
            $"Examples: {examples["checked"]} of {examples["published"]} checked ({examples["notParseable"]} not parseable), {examples["violations"]} violations" +
            $" ({string.Join(", ", examples["violationsPerKind"]!.AsObject().Select(p => $"{p.Key} {p.Value}"))}).");
        if (options["out"] is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllBytesAsync(path, SpecJson.ToUtf8(report));
            output.WriteLine($"Report: {Path.GetFullPath(path)}");
        }

        return 0;
    }
}
