using System.Text.Json.Nodes;
using TcApi.Import.Corpus;
using TcApi.Import.Translation;
using TcApi.Import.Writing;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>
/// A fixed sample of catalogue services imported from the vendored corpus (spec/tencent) as <c>tcapi import</c> imports
/// them, constraint reader included, and cut down to the first few actions (ordinal order) whose requests carry a mined
/// constraint, with the objects those actions reach. Published examples are dropped: a valid value is made up from the
/// constraints, since an example may break a mined one (docs/constraint-mining.md, "Example check").
/// </summary>
internal static class MinedSample
{
    public static readonly (string Service, string Version)[] Services =
    [
        ("cvm", "v20170312"), ("vpc", "v20170312"), ("clb", "v20180317"), ("cbs", "v20170312"), ("cam", "v20190116"),
    ];

    public const int ActionsPerService = 6;

    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> LazySpecs = new(Import);

    /// <summary>The cut-down specs, as spec files in memory: <c>/specs/&lt;service&gt;-&lt;version&gt;.tcapi.json</c>.</summary>
    public static IReadOnlyList<(string Path, string Text)> Specs => LazySpecs.Value;

    private static IReadOnlyList<(string, string)> Import()
    {
        var corpus = TencentCorpus.Load(Path.Combine(RepositoryRoot(), "spec", "tencent"));
        return Services.Select(s =>
        {
            var files = corpus.Find(s.Service, s.Version) ?? throw new InvalidOperationException($"{s.Service} {s.Version} is not in the corpus.");
            var spec = CutDown(SpecImporter.Import(files, corpus.Sources));
            return ($"/specs/{s.Service}-{s.Version}.tcapi.json", SpecJson.ToText(spec));
        }).ToList();
    }

    /// <summary>Keeps the first actions with a mined constraint on their input, and only the objects the kept actions reach.</summary>
    private static JsonObject CutDown(JsonObject spec)
    {
        var objects = spec["objects"]!.AsArray().Select(o => o!.AsObject()).ToDictionary(o => (string)o["name"]!);
        var actions = spec["actions"]!.AsArray().Select(a => a!.AsObject())
            .Where(a => MinedIn(a["input"]!.AsArray(), objects, new HashSet<string>()))
            .OrderBy(a => (string)a["name"]!, StringComparer.Ordinal)
            .Take(ActionsPerService)
            .ToList();
        Assert.Equal(ActionsPerService, actions.Count);

        var reached = new HashSet<string>();
        var pending = new Queue<JsonArray>(actions.SelectMany(a => new[] { a["input"]!.AsArray(), a["output"]!.AsArray() }));
        while (pending.Count > 0)
        {
            foreach (var name in ObjectsOf(pending.Dequeue()).Where(reached.Add))
            {
                pending.Enqueue(objects[name]["members"]!.AsArray());
            }
        }

        foreach (var action in actions)
        {
            action.Remove("examples");
        }

        spec["actions"] = new JsonArray(actions.Select(a => (JsonNode)a.DeepClone()).ToArray());
        spec["objects"] = new JsonArray(objects.Values.Where(o => reached.Contains((string)o["name"]!)).Select(o => (JsonNode)o.DeepClone()).ToArray());
        return spec;
    }

    private static bool MinedIn(JsonArray members, Dictionary<string, JsonObject> objects, HashSet<string> seen) =>
        members.Select(m => m!.AsObject()).Any(m =>
            Constraints(m).Concat(m["items"] is JsonObject items ? Constraints(items) : []).Any(c => (string?)c["severity"] == "warning"))
        || ObjectsOf(members).Where(seen.Add).Any(name => MinedIn(objects[name]["members"]!.AsArray(), objects, seen));

    private static IEnumerable<JsonObject> Constraints(JsonObject owner) =>
        (owner["constraints"]?.AsArray() ?? []).Select(c => c!.AsObject());

    private static IEnumerable<string> ObjectsOf(JsonArray members) =>
        members.Select(m => m!.AsObject()).Select(m => (string?)m["object"] ?? (string?)m["items"]?["object"]).OfType<string>();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
    }
}
