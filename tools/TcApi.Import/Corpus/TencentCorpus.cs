using System.Text.Json;

namespace TcApi.Import.Corpus;

/// <summary>
/// Tencent's machine-readable API metadata as vendored in <c>spec/tencent/</c>: every service version's api.json and
/// examples.json (Chinese site, and the international site in English) and every service's error codes.
/// Service versions are keyed by the service name of the credential scope (<c>as</c>, not its folder <c>autoscaling</c>).
/// </summary>
public sealed class TencentCorpus
{
    private readonly Dictionary<(string Service, string Version), ServiceVersionFiles> _versions;

    private TencentCorpus(Dictionary<(string, string), ServiceVersionFiles> versions, CorpusSources sources)
    {
        _versions = versions;
        Sources = sources;
    }

    /// <summary>Where each archive came from: repository, commit, licence.</summary>
    public CorpusSources Sources { get; }

    /// <summary>Every service version, in ordinal order of service then version.</summary>
    public IReadOnlyList<ServiceVersionFiles> ServiceVersions =>
        _versions.Values.OrderBy(v => v.Service, StringComparer.Ordinal).ThenBy(v => v.Version, StringComparer.Ordinal).ToList();

    public ServiceVersionFiles? Find(string service, string version) =>
        _versions.TryGetValue((service, NormalizeVersion(version)), out var files) ? files : null;

    /// <summary>The newest version of a service, or null.</summary>
    public ServiceVersionFiles? Newest(string service) =>
        _versions.Values.Where(v => v.Service == service).OrderByDescending(v => v.Version, StringComparer.Ordinal).FirstOrDefault();

    /// <summary><c>2018-05-29</c> or <c>v20180529</c> → <c>v20180529</c>.</summary>
    public static string NormalizeVersion(string version) =>
        version.StartsWith('v') ? version : "v" + version.Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>Reads the four archives in <paramref name="directory"/>.</summary>
    public static TencentCorpus Load(string directory)
    {
        var zh = CorpusArchive.ReadTar(Path.Combine(directory, "tccli-specs.zh.tar.xz"));
        var en = CorpusArchive.ReadTar(Path.Combine(directory, "tccli-specs.en.tar.xz"));
        using var zhErrors = JsonDocument.Parse(CorpusArchive.ReadXz(Path.Combine(directory, "error-codes.zh.json.xz")));
        using var enErrors = JsonDocument.Parse(CorpusArchive.ReadXz(Path.Combine(directory, "error-codes.en.json.xz")));
        var versions = new Dictionary<(string, string), ServiceVersionFiles>();
        void Add(Dictionary<string, byte[]> files, bool english)
        {
            foreach (var (path, bytes) in files)
            {
                var parts = path.Split('/');
                if (parts.Length != 3 || parts[2] != "api.json")
                {
                    continue;
                }

                var service = ServiceName(bytes) ?? parts[0];
                var key = (service, parts[1]);
                if (!versions.TryGetValue(key, out var entry))
                {
                    entry = new ServiceVersionFiles(service, parts[1]);
                    versions.Add(key, entry);
                }

                files.TryGetValue($"{parts[0]}/{parts[1]}/examples.json", out var examples);
                if (english)
                {
                    entry.EnglishApi = bytes;
                    entry.EnglishExamples = examples;
                    entry.EnglishFolder = parts[0];
                }
                else
                {
                    entry.ChineseApi = bytes;
                    entry.ChineseExamples = examples;
                    entry.ChineseFolder = parts[0];
                }
            }
        }

        Add(zh, english: false);
        Add(en, english: true);
        foreach (var entry in versions.Values)
        {
            entry.ChineseErrors = ErrorCodes.From(zhErrors.RootElement, entry.Service, entry.Version);
            entry.EnglishErrors = ErrorCodes.From(enErrors.RootElement, entry.Service, entry.Version);
        }

        return new TencentCorpus(versions, CorpusSources.From(zhErrors.RootElement, enErrors.RootElement));
    }

    private static string? ServiceName(byte[] api)
    {
        using var document = JsonDocument.Parse(api);
        return document.RootElement.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("serviceShortName", out var name)
            ? name.GetString()
            : null;
    }
}
