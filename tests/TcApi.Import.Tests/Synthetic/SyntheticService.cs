using System.Text;
using System.Text.Json.Nodes;
using TcApi.Import.Corpus;
using TcApi.Import.Translation;

namespace TcApi.Import.Tests.Synthetic;

/// <summary>A service version made in memory from a fragment of api.json (and examples.json), imported as the corpus' would be.</summary>
internal static class SyntheticService
{
    private static readonly SourceRepository Repository = new("example/repository", "0000000", "services", "Apache-2.0");

    public static readonly CorpusSources Sources = new(Repository, Repository, Repository, Repository);

    /// <param name="objects">The api.json <c>objects</c> (members of each).</param>
    /// <param name="actions">The api.json <c>actions</c>.</param>
    /// <param name="examples">The examples.json <c>actions</c>, or none.</param>
    /// <param name="chineseErrors">Error codes and their Chinese descriptions.</param>
    /// <param name="englishOnly">Whether only the international site (English) documents the service.</param>
    /// <param name="service">The service's short name.</param>
    public static ServiceVersionFiles Files(
        string objects, string actions, string? examples = null, IReadOnlyDictionary<string, string>? chineseErrors = null, bool englishOnly = false, string service = "demo")
    {
        var api = Encoding.UTF8.GetBytes($$$"""{"actions": {{{actions}}}, "objects": {{{objects}}}, "metadata": {"serviceShortName": "{{{service}}}", "serviceNameCN": "Demo"}}""");
        var examplesJson = examples is null ? null : Encoding.UTF8.GetBytes($$$"""{"actions": {{{examples}}}}""");
        var files = new ServiceVersionFiles(service, "v20200101");
        if (englishOnly)
        {
            files.EnglishApi = api;
            files.EnglishExamples = examplesJson;
            files.EnglishFolder = service;
        }
        else
        {
            files.ChineseApi = api;
            files.ChineseExamples = examplesJson;
            files.ChineseFolder = service;
        }

        if (chineseErrors is not null)
        {
            files.ChineseErrors = new ErrorCodes(chineseErrors, new Dictionary<string, IReadOnlyList<string>>());
        }

        return files;
    }

    public static JsonObject Import(ServiceVersionFiles files) => SpecImporter.Import(files, Sources);

    /// <summary>The imported action called <paramref name="name"/>.</summary>
    public static JsonObject Action(JsonObject spec, string name) =>
        spec["actions"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string)a["name"]! == name);
}
