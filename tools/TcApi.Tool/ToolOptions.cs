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

                options._named[name] = e.MoveNext() ? e.Current : throw new ToolUsageException($"--{name} needs a value.");
            }
            else
            {
                options.Positional.Add(e.Current);
            }
        }

        return options;
    }

    public string? this[string name] => _named.GetValueOrDefault(name);

    /// <summary>Whether the flag <c>--<paramref name="name"/></c> was given.</summary>
    public bool Has(string name) => _flags.Contains(name);

    /// <summary>The repository root: the nearest folder upwards with Toolkit.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new ToolUsageException("Run the tool inside the repository (no Toolkit.sln found upwards), or pass --corpus and --out.");
    }

    public string Corpus => this["corpus"] ?? Path.Combine(RepositoryRoot(), "spec", "tencent");
}

public sealed class ToolUsageException(string message) : Exception(message);
