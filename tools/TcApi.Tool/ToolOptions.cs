using TcApi.Generator.Overlay;

namespace TcApi.Tool;

/// <summary>Positional arguments, <c>--name value</c> options and <c>--flag</c> switches of a command.</summary>
public sealed class ToolOptions
{
    /// <summary>The options that take no value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "sample", "no-mining", "census" };

    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = new();

    public static ToolOptions Parse(IEnumerable<string> args)
    {
        var options = new ToolOptions();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                var name = e.Current.Substring(2);
                if (Flags.Contains(name))
                {
                    options._flags.Add(name);
                    continue;
                }

                options._named[name] = e.MoveNext() ? e.Current : throw new ToolUsageException($"--{name} needs a value");
            }
            else
            {
                options.Positional.Add(e.Current);
            }
        }

        return options;
    }

    public string? this[string name] => _named.GetValueOrDefault(name);

    /// <summary>Refuses any option but <paramref name="names"/>, naming the nearest of them, and more than <paramref name="positional"/> arguments.</summary>
    public void Accept(int positional, params string[] names)
    {
        if (Positional.Count > positional)
        {
            throw new ToolUsageException($"unexpected argument '{Positional[positional]}'; `tcapi help` lists the options.");
        }

        var unknown = _named.Keys.Concat(_flags).Where(n => !names.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (unknown is not null)
        {
            var nearest = NearestNames.Find(unknown, names).Select(n => "--" + n).ToList();
            throw new ToolUsageException($"no option --{unknown}{NearestNames.Hint(nearest)}; `tcapi help` lists the options.");
        }
    }

    /// <summary>The whole number <c>--<paramref name="name"/></c> gives, at least <paramref name="minimum"/>, or null.</summary>
    public int? Integer(string name, int minimum)
    {
        if (this[name] is not { } text)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ToolUsageException($"--{name} takes a whole number of at least {minimum}, not '{text}'");
    }

    /// <summary>Whether the flag <c>--<paramref name="name"/></c> was given.</summary>
    public bool Has(string name) => _flags.Contains(name);

    /// <summary>The repository root: the nearest folder upwards with Toolkit.sln.</summary>
    public static string RepositoryRoot() =>
        CorpusCheck.CorpusSampleFiles.RepositoryAbove(Environment.CurrentDirectory)
        ?? throw new ToolUsageException("run the tool inside the repository (no Toolkit.sln found upwards), or pass --corpus, --overlays and --out");

    /// <summary>The folder of Tencent's metadata: <c>--corpus</c>, else the repository's spec/tencent.</summary>
    public string Corpus
    {
        get
        {
            var folder = this["corpus"] ?? Path.Combine(RepositoryRoot(), "spec", "tencent");
            return Directory.Exists(folder) && File.Exists(Path.Combine(folder, "tccli-specs.zh.tar.xz"))
                ? folder
                : throw new ToolUsageException($"no Tencent metadata in '{Path.GetFullPath(folder)}' (--corpus): it needs the archives of spec/tencent");
        }
    }

    /// <summary>The overlays folder: <c>--overlays</c>, else the repository's spec; a named folder must exist.</summary>
    public string Overlays
    {
        get
        {
            var folder = this["overlays"] ?? Path.Combine(RepositoryRoot(), "spec");
            return Directory.Exists(folder) ? folder : throw new ToolUsageException($"no folder '{Path.GetFullPath(folder)}' (--overlays)");
        }
    }
}

public sealed class ToolUsageException(string message) : Exception(message);
