using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Import.Corpus;
using TcApi.Import.Translation;

namespace TcApi.Import.Cloud;

/// <summary>
/// Writes what the local cloud (runtime/TcApi.Emulator) carries of every service version: the shapes it reads requests
/// and writes answers with (members, types, constraints, rate limits) and the published examples, without any of the
/// documentation, each service version one gzip'd JSON file: <c>&lt;out&gt;/&lt;service&gt;-v&lt;yyyymmdd&gt;.json.gz</c>.
/// </summary>
public static class CloudPackWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Documentation and what only the generator needs: the local cloud answers without them.
    private static readonly string[] Dropped =
    [
        "$schema", "description", "descriptionZh", "descriptionLanguage", "documentation", "example", "provenance", "message",
        "id", "csharpName", "namespace", "serviceTitle", "errorCodes", "paging", "waiters", "idempotent", "status", "endpoints",
        "formatVersion", "rules", "title", "inputText", "source",
    ];

    /// <summary>Writes one file per service version; returns how many and their total size in bytes.</summary>
    public static (int Files, long Bytes) Write(TencentCorpus corpus, string output, Func<ServiceVersionFiles, bool>? include = null)
    {
        var versions = corpus.ServiceVersions.Where(v => include?.Invoke(v) ?? true).ToList();
        Directory.CreateDirectory(output);
        var sizes = new long[versions.Count];
        Parallel.For(0, versions.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var files = versions[i];
            var spec = SpecImporter.Import(files, corpus.Sources, SpecImporter.SchemaAddress);
            Strip(spec);
            var path = Path.Combine(output, FileName(files.Service, files.ApiVersion));
            using (var file = File.Create(path))
            using (var zip = new GZipStream(file, CompressionLevel.SmallestSize))
            using (var writer = new Utf8JsonWriter(zip, Compact))
            {
                spec.WriteTo(writer);
            }

            sizes[i] = new FileInfo(path).Length;
        });

        return (versions.Count, sizes.Sum());
    }

    public static string FileName(string service, string apiVersion) =>
        $"{service}-v{apiVersion.Replace("-", string.Empty, StringComparison.Ordinal)}.json.gz";

    /// <summary>An example as the local cloud replays it: the request's wire JSON and the answer, nothing else.</summary>
    private static JsonNode Example(JsonNode? example)
    {
        var kept = new JsonObject();
        foreach (var name in (string[])["input", "output", "outputText"])
        {
            if (example?[name] is { } value)
            {
                kept[name] = value.DeepClone();
            }
        }

        return kept;
    }

    /// <summary>Removes the documentation everywhere except inside examples' own JSON.</summary>
    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in Dropped)
                {
                    obj.Remove(name);
                }

                foreach (var (name, value) in obj.ToList())
                {
                    if (name == "examples" && value is JsonArray examples)
                    {
                        obj["examples"] = new JsonArray(examples.Select(Example).ToArray());
                        continue;
                    }

                    Strip(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item);
                }

                break;
        }
    }
}
