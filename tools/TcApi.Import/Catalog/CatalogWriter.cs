using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Contract;
using TcApi.Import.Corpus;
using TcApi.Import.Translation;

namespace TcApi.Import.Catalog;

/// <summary>
/// Writes the service catalogue the package carries: the base spec of every service version (compact, without the
/// published example vectors, which only tests replay, except where an overlay states what they must do), the
/// project's overlays beside the specs they refine, and an index of services and versions the generator names when a
/// selection matches nothing.
/// Layout: <see cref="CatalogLayout"/>.
/// </summary>
public static class CatalogWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the catalogue; returns what it wrote.</summary>
    public static CatalogSummary Write(TencentCorpus corpus, string output, IReadOnlyCollection<string> overlayFiles, Func<ServiceVersionFiles, bool>? include = null)
    {
        var versions = corpus.ServiceVersions.Where(v => include?.Invoke(v) ?? true).ToList();
        var overlaid = overlayFiles.Select(f => Path.GetFileName(f).Replace(CatalogLayout.OverlaySuffix, CatalogLayout.SpecSuffix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var sizes = new long[versions.Count];
        var actions = new int[versions.Count];
        var entries = new CatalogEntry[versions.Count];
        var actionNames = new IReadOnlyList<string>[versions.Count];
        Parallel.For(0, versions.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var files = versions[i];
            var spec = SpecImporter.Import(files, corpus.Sources, SpecImporter.SchemaAddress);
            spec.Remove("$schema");
            var path = SpecPath(output, files.Service, files.ApiVersion);
            if (!overlaid.Contains(Path.GetFileName(path)))
            {
                foreach (var action in spec["actions"]!.AsArray())
                {
                    action!.AsObject().Remove("examples");
                }
            }

            actions[i] = spec["actions"]!.AsArray().Count;
            actionNames[i] = spec["actions"]!.AsArray().Select(a => (string?)a?["name"]).OfType<string>().ToList();
            entries[i] = new CatalogEntry(files.Service, files.ApiVersion, (string?)spec["serviceTitle"] ?? files.Service, actions[i], spec["endpoints"]?["international"] is not null, overlaid.Contains(Path.GetFileName(path)));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = ToUtf8(spec);
            File.WriteAllBytes(path, bytes);
            sizes[i] = bytes.Length;
        });

        var overlays = 0;
        foreach (var overlay in overlayFiles.OrderBy(f => f, StringComparer.Ordinal))
        {
            var service = Path.GetFileName(Path.GetDirectoryName(overlay))!;
            var target = Path.Combine(output, service, Path.GetFileName(overlay));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(overlay, target, overwrite: true);
            overlays++;
        }

        File.WriteAllBytes(Path.Combine(output, CatalogLayout.IndexFileName), ToUtf8(Index(versions, actionNames)));
        return new CatalogSummary(versions.Count, versions.Select(v => v.Service).Distinct().Count(), actions.Sum(), overlays, sizes.Sum(), entries);
    }

    public static string SpecPath(string output, string service, string apiVersion) =>
        Path.Combine(output, service, CatalogLayout.SpecFileName(service, apiVersion));

    /// <summary>
    /// <c>{"services": {"cvm": ["2017-03-12"], …}, "aliases": {"as": ["autoscaling"]}, "actions": {"cvm": {"2017-03-12":
    /// ["AllocateHosts", …]}, …}}</c>: versions newest first, action names in ordinal order. The build task checks an
    /// item's <c>Actions</c> against <c>actions</c> before anything compiles, without opening a spec. <c>aliases</c> are
    /// the folders Tencent's metadata keeps a service in where they differ from its key, so that an item naming the
    /// folder (<c>autoscaling</c>) is told the key (<c>as</c>), as the tool's own service names are.
    /// </summary>
    private static JsonObject Index(IReadOnlyList<ServiceVersionFiles> versions, IReadOnlyList<IReadOnlyList<string>> actionNames)
    {
        var services = new JsonObject();
        var aliases = new JsonObject();
        var actions = new JsonObject();
        var indexed = versions.Select((v, i) => (Version: v, Actions: actionNames[i])).ToList();
        foreach (var group in indexed.GroupBy(v => v.Version.Service).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var newestFirst = group.OrderByDescending(v => v.Version.ApiVersion, StringComparer.Ordinal).ToList();
            services[group.Key] = new JsonArray(newestFirst.Select(v => (JsonNode)v.Version.ApiVersion).ToArray());
            var folders = group.SelectMany(v => new[] { v.Version.ChineseFolder, v.Version.EnglishFolder }).OfType<string>()
                .Where(f => f != group.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (folders.Length > 0)
            {
                aliases[group.Key] = new JsonArray(folders.Select(f => (JsonNode)f).ToArray());
            }

            var byVersion = new JsonObject();
            foreach (var version in newestFirst)
            {
                byVersion[version.Version.ApiVersion] = new JsonArray(version.Actions.OrderBy(a => a, StringComparer.Ordinal).Select(a => (JsonNode)a).ToArray());
            }

            actions[group.Key] = byVersion;
        }

        return new JsonObject { ["formatVersion"] = 1, ["services"] = services, ["aliases"] = aliases, ["actions"] = actions };
    }

    private static byte[] ToUtf8(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}

/// <summary>What a catalogue holds.</summary>
public sealed record CatalogSummary(int ServiceVersions, int Services, int Actions, int Overlays, long SpecBytes, IReadOnlyList<CatalogEntry> Entries);

/// <summary>One service version of the catalogue.</summary>
public sealed record CatalogEntry(string Service, string ApiVersion, string Title, int Actions, bool International, bool Overlaid);
