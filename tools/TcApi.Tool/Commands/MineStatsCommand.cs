using System.Text.RegularExpressions;
using TcApi.Import.Corpus;
using TcApi.Import.Mining.Corpus;
using TcApi.Import.Writing;

namespace TcApi.Tool.Commands;

/// <summary>
/// <c>mine-stats</c>: the constraint reader over the whole corpus — counts per kind and per service, members covered,
/// and every published example checked against the mined constraints, each violation listed for a person to classify.
/// With <c>--grep</c>, the sentences that match a pattern instead, each with what the reader mines from its member.
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
        if (options["grep"] is { } grep)
        {
            return Grep(corpus, grep, options["members"] is not "all", output);
        }

        if (options.Has("census"))
        {
            foreach (var count in ExtensionCensus.Run(corpus, int.TryParse(options["examples"], out var n) ? n : 5))
            {
                output.WriteLine($"{count.Form}: {count.RequestMembers} request members, {count.InputObjectMembers} members of input objects, {count.Sentences} sentences");
                foreach (var (member, sentence) in count.Examples)
                {
                    output.WriteLine($"  {member}: {sentence}");
                }
            }

            return 0;
        }

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

    private static int Grep(TencentCorpus corpus, string grep, bool requestsOnly, TextWriter output)
    {
        Regex pattern;
        try
        {
            pattern = new Regex(grep, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException e)
        {
            throw new ToolUsageException($"--grep '{grep}' is not a regular expression: {e.Message}");
        }

        var sentences = 0;
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in SentenceQuery.Find(corpus, pattern, requestsOnly))
        {
            var doc = found.Member.Doc;
            var id = $"{doc.Service}/{doc.Version} {doc.Owner}.{doc.Member}";
            // A star marks what was read from this sentence (its quote holds the sentence, or the sentence the quote).
            var sentence = found.Sentence.Replace('\n', ' ');
            bool FromHere(string quote) => quote.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(quote, StringComparison.Ordinal);
            var described = found.Mined.Select(c => $"{(FromHere(c.Quote) ? "*" : "")}{MineStatistics.Describe(c)} ({c.Language})").ToList();
            if (found.ByteLength is { } b)
            {
                described.Add($"{(FromHere(b.Quote) ? "*" : "")}{MineStatistics.Describe(b)} ({b.Language})");
            }

            var mined = described.Count == 0 ? "-" : string.Join(" | ", described);
            output.WriteLine($"{id}\t{doc.Type}/{doc.ElementType}\t{found.Language}\t{sentence.Replace('\t', ' ')}\t{mined}");
            sentences++;
            members.Add(id);
        }

        output.WriteLine($"{sentences} sentences of {members.Count} {(requestsOnly ? "request" : "read")} members match.");
        return 0;
    }
}
