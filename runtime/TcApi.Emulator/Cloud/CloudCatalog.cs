using System.Collections.Concurrent;
using System.Globalization;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// Every service version of the catalogue the local cloud can serve: one gzip'd resource each in this assembly, read
/// the first time a cloud serves it and shared after that (the shapes are read-only).
/// </summary>
public static class CloudCatalog
{
    private const string Prefix = "TcApi.Emulator.Cloud/";
    private static readonly ConcurrentDictionary<string, Lazy<ServiceShapes>> Loaded = new(StringComparer.Ordinal);
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Index = new(ReadIndex);

    /// <summary>Each service's versions, newest first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Services => Index.Value;

    /// <summary>
    /// The shapes of <paramref name="service"/> at <paramref name="version"/> (yyyy-MM-dd; <see langword="null"/>: the
    /// newest), or an error naming what the catalogue has.
    /// </summary>
    public static ServiceShapes Load(string service, string? version = null)
    {
        if (!Services.TryGetValue(service, out var versions))
        {
            throw new ArgumentException($"The catalogue has no service '{service}'.{Nearest(service)}", nameof(service));
        }

        var chosen = version ?? versions[0];
        if (!versions.Contains(chosen))
        {
            throw new ArgumentException($"The catalogue has no version {chosen} of {service}; it has {string.Join(", ", versions)}.", nameof(version));
        }

        var resource = $"{Prefix}{service}-v{chosen.Replace("-", string.Empty, StringComparison.Ordinal)}.json.gz";
        return Loaded.GetOrAdd(resource, name => new Lazy<ServiceShapes>(() =>
        {
            using var stream = typeof(CloudCatalog).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The local cloud's resource {name} is missing.");
            return ServiceShapes.Read(stream);
        })).Value;
    }

    /// <summary>Parses <c>NAME</c> or <c>NAME@yyyy-MM-dd</c>.</summary>
    public static (string Service, string? Version) ParseSelection(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (text.Trim(), null) : (text[..at].Trim(), text[(at + 1)..].Trim());
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadIndex()
    {
        var services = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in typeof(CloudCatalog).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            // cvm-v20170312.json.gz
            var file = name[Prefix.Length..^".json.gz".Length];
            var dash = file.LastIndexOf("-v", StringComparison.Ordinal);
            var date = DateTime.ParseExact(file[(dash + 2)..], "yyyyMMdd", CultureInfo.InvariantCulture);
            var service = file[..dash];
            if (!services.TryGetValue(service, out var list))
            {
                services[service] = list = [];
            }

            list.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return services.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.OrderDescending(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    private static string Nearest(string service)
    {
        var near = Services.Keys.Where(k => k.StartsWith(service[..Math.Min(2, service.Length)], StringComparison.Ordinal)).Take(5).ToList();
        return near.Count == 0 ? string.Empty : $" Similar names: {string.Join(", ", near)}.";
    }
}
