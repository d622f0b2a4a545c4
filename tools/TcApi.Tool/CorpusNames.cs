using TcApi.Generator.Overlay;
using TcApi.Import.Corpus;

namespace TcApi.Tool;

/// <summary>
/// Service names and versions given on the command line, checked against the corpus as the build checks a
/// <c>&lt;TcApiService&gt;</c> item: an unknown one is a usage error naming the nearest keys (by key or by the folder
/// the metadata keeps it in: <c>autoscaling</c> is the folder of <c>as</c>), never an empty selection.
/// </summary>
public static class CorpusNames
{
    /// <summary>The services a comma-separated <paramref name="list"/> names, each one the corpus has.</summary>
    public static HashSet<string> Services(TencentCorpus corpus, string option, string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            throw new ToolUsageException($"--{option} names no service; give service keys separated by commas, e.g. --{option} cvm,vpc");
        }

        var unknown = names.Where(name => corpus.ServiceVersions.All(v => v.Service != name)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        return unknown.Count switch
        {
            0 => names,
            1 => throw new ToolUsageException($"the corpus has no service '{unknown[0]}' (--{option}){NearestNames.Hint(Nearest(corpus, unknown[0]))}"),
            _ => throw new ToolUsageException($"the corpus has no services (--{option}): " +
                string.Join(", ", unknown.Select(name => $"'{name}'{(Nearest(corpus, name) is { Count: > 0 } n ? $" (nearest: {string.Join(", ", n)})" : string.Empty)}"))),
        };
    }

    /// <summary>The service version <paramref name="service"/> <paramref name="version"/> names (the newest without one).</summary>
    public static ServiceVersionFiles Version(TencentCorpus corpus, string service, string? version)
    {
        var versions = corpus.ServiceVersions.Where(v => v.Service == service).ToList();
        if (versions.Count == 0)
        {
            throw new ToolUsageException($"the corpus has no service '{service}'{NearestNames.Hint(Nearest(corpus, service))}");
        }

        if (version is null)
        {
            return corpus.Newest(service)!;
        }

        return corpus.Find(service, version)
            ?? throw new ToolUsageException($"the corpus has no version '{version}' of {service} (--version); it has {string.Join(", ", versions.Select(v => v.ApiVersion))}");
    }

    /// <summary>The service keys nearest <paramref name="name"/>, by key or folder.</summary>
    private static IReadOnlyList<string> Nearest(TencentCorpus corpus, string name) =>
        NearestNames.Find(name, corpus.ServiceVersions
            .SelectMany(v => new[] { v.Service, v.ChineseFolder, v.EnglishFolder }.OfType<string>().Select(n => new KeyValuePair<string, string>(v.Service, n)))
            .Distinct());
}
