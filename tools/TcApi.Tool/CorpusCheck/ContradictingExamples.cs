namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// <c>--contradicting docs/corpus-check.md</c>: the actions whose published outputs a full run found contradicting the
/// metadata's types, read from that report's table, by service version — to re-check just those examples in minutes.
/// </summary>
public static class ContradictingExamples
{
    public static Dictionary<string, IReadOnlySet<string>> Read(string reportPath)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(reportPath))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length == 5 && cells[2] == ExampleOutcome.OutputTypeMismatch.Describe())
            {
                if (!found.TryGetValue(cells[0], out var actions))
                {
                    found[cells[0]] = actions = new HashSet<string>(StringComparer.Ordinal);
                }

                actions.Add(cells[1]);
            }
        }

        if (found.Count == 0)
        {
            throw new ToolUsageException($"{reportPath} lists no output that contradicts the metadata's type (--contradicting)");
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }
}
