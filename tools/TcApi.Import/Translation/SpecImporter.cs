using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Import.Corpus;
using TcApi.Import.Tencent;

namespace TcApi.Import.Translation;

/// <summary>
/// Turns one service version of Tencent's metadata into a TcApi base spec (format 2): every action, object, member,
/// type, required flag, documentation, example and published example, and the error codes. Deterministic: the same
/// input gives the same spec, byte for byte. Constraints Tencent states only in prose come from the constraint reader.
/// </summary>
public sealed partial class SpecImporter
{
    private readonly ServiceVersionFiles _files;
    private readonly CorpusSources _sources;
    private readonly ApiDocument _primary;
    private readonly ApiDocument? _english;
    private readonly bool _primaryIsChinese;
    private readonly string _service;

    private readonly string _schema;

    private SpecImporter(ServiceVersionFiles files, CorpusSources sources, string schema)
    {
        _schema = schema;
        _files = files;
        _sources = sources;
        _primaryIsChinese = files.ChineseApi is not null;
        _primary = ApiDocument.Parse(files.ChineseApi ?? files.EnglishApi ?? throw new ArgumentException($"{files} has no api.json", nameof(files)));
        _english = files.EnglishApi is { } english && _primaryIsChinese ? ApiDocument.Parse(english) : null;
        _service = files.Service;
    }

    /// <summary>The published address of the format's JSON Schema.</summary>
    public const string SchemaAddress = "https://github.com/tcapi/tcapi/blob/main/spec/tcapi.schema.json";

    /// <summary>The base spec of <paramref name="files"/>; <paramref name="schema"/> is its <c>$schema</c> (a path or address).</summary>
    public static JsonObject Import(ServiceVersionFiles files, CorpusSources sources, string schema = SchemaAddress) =>
        new SpecImporter(files, sources, schema).Build();

    private JsonObject Build()
    {
        var actionNames = _primary.Actions.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
        var ioObjects = new HashSet<string>(_primary.Actions.Values.SelectMany(a => new[] { a.Input, a.Output }), StringComparer.Ordinal);
        var typeNames = CSharpNaming.GeneratedTypeNames(_service, actionNames);
        var dataObjects = _primary.Objects.Keys
            .Where(name => !ioObjects.Contains(name) || IsReferenced(name))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        var objectTypeNames = dataObjects.ToDictionary(name => name, name => CSharpNaming.TypeName(name, typeNames), StringComparer.Ordinal);

        var spec = new JsonObject
        {
            ["$schema"] = _schema,
            ["formatVersion"] = 2,
            ["service"] = _service,
            ["serviceTitle"] = _primary.Title.Length > 0 ? _primary.Title : _service,
            ["apiVersion"] = _files.ApiVersion,
            ["endpoint"] = $"{_service}.tencentcloudapi.com",
            ["endpoints"] = Endpoints(),
            ["namespace"] = $"TcApi.{CSharpNaming.Pascal(_service)}.V{_files.ApiVersion.Replace("-", string.Empty, StringComparison.Ordinal)}",
            ["provenance"] = Provenance(),
            ["errorCodes"] = ServiceErrorCodes(),
            ["objects"] = new JsonArray(dataObjects.Select(name => (JsonNode)Object(name, objectTypeNames[name])).ToArray()),
            ["actions"] = new JsonArray(actionNames.Select(name => (JsonNode)Action(_primary.Actions[name])).ToArray()),
        };
        return spec;
    }

    private bool IsReferenced(string objectName) =>
        _primary.Objects.Values.Any(o => o.Members.Any(m => m.Type is "object" or "list" && m.Member == objectName));

    private JsonObject Endpoints()
    {
        var endpoints = new JsonObject { ["regional"] = $"{_service}.{{region}}.tencentcloudapi.com" };
        if (_files.EnglishApi is not null)
        {
            endpoints["international"] = $"{_service}.intl.tencentcloudapi.com";
        }

        return endpoints;
    }

    private JsonObject Provenance()
    {
        var sources = new JsonArray();
        void Add(string what, SourceRepository repository, string path) => sources.Add(new JsonObject
        {
            ["what"] = what,
            ["repository"] = repository.Repository,
            ["commit"] = repository.Commit,
            ["path"] = path,
            ["license"] = repository.License,
        });

        if (_files.ChineseApi is not null)
        {
            Add("api.json and examples.json, Chinese documentation", _sources.ChineseSpecs, $"{_sources.ChineseSpecs.Path}/{_files.ChineseFolder}/{_files.Version}");
        }

        if (_files.EnglishApi is not null)
        {
            Add("api.json and examples.json, English documentation", _sources.EnglishSpecs, $"{_sources.EnglishSpecs.Path}/{_files.EnglishFolder}/{_files.Version}");
        }

        if (_files.ChineseErrors.Codes.Count > 0)
        {
            Add("error codes and each action's documented codes, Chinese", _sources.ChineseErrors, _sources.ChineseErrors.Path);
        }

        if (_files.EnglishErrors.Codes.Count > 0)
        {
            Add("error codes and each action's documented codes, English", _sources.EnglishErrors, _sources.EnglishErrors.Path);
        }

        var primary = _primaryIsChinese ? _sources.ChineseSpecs : _sources.EnglishSpecs;
        return new JsonObject
        {
            ["repository"] = primary.Repository,
            ["commit"] = primary.Commit,
            ["license"] = "Apache-2.0",
            ["note"] = "Imported from Tencent's machine-readable metadata by tools/TcApi.Tool (import). Do not edit: put refinements in the service's overlay.",
            ["sources"] = sources,
        };
    }

    /// <summary>
    /// Every code the service defines; English descriptions where the international site has them, Chinese otherwise,
    /// and the code itself where neither describes it.
    /// </summary>
    private JsonArray ServiceErrorCodes()
    {
        var codes = _files.ChineseErrors.Codes.Keys.Concat(_files.EnglishErrors.Codes.Keys).Distinct().OrderBy(c => c, StringComparer.Ordinal);
        return new JsonArray(codes.Select(code => (JsonNode)new JsonObject
        {
            ["code"] = code,
            ["description"] = NonEmpty(NonEmpty(_files.EnglishErrors.Codes.GetValueOrDefault(code, string.Empty), _files.ChineseErrors.Codes.GetValueOrDefault(code, string.Empty)), code),
        }).ToArray());
    }

    private static string NonEmpty(string text, string fallback) => text.Trim().Length > 0 ? text : fallback;
}
