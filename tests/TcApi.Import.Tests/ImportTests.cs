using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator;
using TcApi.Generator.Model;
using TcApi.Generator.Reading;
using TcApi.Generator.Spec;
using TcApi.Import.Translation;
using TcApi.Import.Writing;

namespace TcApi.Import.Tests;

/// <summary>One service version of Tencent's metadata imported into a base spec: complete, deterministic, and valid.</summary>
[Collection(nameof(CorpusCollection))]
public class ImportTests(CorpusFixture fixture)
{
    [Fact]
    public void The_corpus_holds_every_service_version_keyed_by_its_scope_name()
    {
        var versions = fixture.Corpus.ServiceVersions;

        Assert.Equal(296, versions.Count(v => v.ChineseApi is not null));
        Assert.Equal(156, versions.Count(v => v.EnglishApi is not null));
        Assert.Equal(16, versions.Count(v => v.ChineseApi is null));
        Assert.NotNull(fixture.Corpus.Find("as", "2018-04-19"));
        Assert.Null(fixture.Corpus.Find("autoscaling", "2018-04-19"));
        Assert.Equal("v20180529", fixture.Corpus.Newest("gaap")!.Version);
    }

    [Fact]
    public void Importing_twice_gives_the_same_bytes_and_the_checked_in_gaap_spec_is_current()
    {
        var files = fixture.Corpus.Find("gaap", "2018-05-29")!;

        var first = SpecJson.ToUtf8(SpecImporter.Import(files, fixture.Corpus.Sources, "../tcapi.schema.json"));
        var second = SpecJson.ToUtf8(SpecImporter.Import(files, fixture.Corpus.Sources, "../tcapi.schema.json"));
        var checkedIn = File.ReadAllBytes(Path.Combine(CorpusFixture.RepositoryRoot(), "spec", "gaap", "gaap-v20180529.tcapi.json"));

        Assert.Equal(first, second);
        Assert.True(first.AsSpan().SequenceEqual(checkedIn), "spec/gaap/gaap-v20180529.tcapi.json differs from a fresh import: run `dotnet run --project tools/TcApi.Tool -- import gaap --version 2018-05-29`");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_import_command_leaves_out_what_the_documentation_states_only_when_asked(bool noMining)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tcapi-import-{Guid.NewGuid():N}.tcapi.json");
        var args = new List<string> { "import", "gaap", "--version", "2018-05-29", "--out", path, "--corpus", Path.Combine(CorpusFixture.RepositoryRoot(), "spec", "tencent") };
        if (noMining)
        {
            args.Add("--no-mining");
        }

        try
        {
            var exit = await TcApi.Tool.ToolCommands.RunAsync(args.ToArray(), TextWriter.Null, TextWriter.Null);
            var text = File.ReadAllText(path);

            Assert.Equal(0, exit);
            // Mined constraints quote their sentence; an action's clientToken quotes its own whether mining is on or not.
            Assert.Equal(!noMining, text.Contains("\"constraints\"", StringComparison.Ordinal));
            Assert.Equal(!noMining, text.Contains("\"rules\"", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_gaap_base_spec_has_every_action_object_code_and_example()
    {
        using var spec = Import("gaap", "2018-05-29");
        var root = spec.RootElement;
        var actions = root.GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal(102, actions.Count);
        Assert.Equal(46, root.GetProperty("objects").GetArrayLength());
        Assert.Equal(88, root.GetProperty("errorCodes").GetArrayLength());
        Assert.Equal(104, actions.Sum(a => a.TryGetProperty("examples", out var e) ? e.GetArrayLength() : 0));
        Assert.Equal(actions.Select(a => a.GetProperty("name").GetString()).Order(StringComparer.Ordinal), actions.Select(a => a.GetProperty("name").GetString()));
        var create = actions.Single(a => a.GetProperty("name").GetString() == "CreateTCPListeners");
        Assert.Equal(24, create.GetProperty("errorCodes").GetArrayLength());
        Assert.Equal("en", create.GetProperty("descriptionLanguage").GetString());
        Assert.StartsWith("该接口（CreateTCPListeners）", create.GetProperty("descriptionZh").GetString());
    }

    [Fact]
    public void Imported_specs_parse_without_a_diagnostic()
    {
        foreach (var (service, version) in new[] { ("gaap", "2018-05-29"), ("cvm", "2017-03-12"), ("as", "2018-04-19"), ("drm", "2018-11-15"), ("dnspod", "2021-03-23") })
        {
            var files = fixture.Corpus.Find(service, version)!;
            var text = SpecJson.ToText(SpecImporter.Import(files, fixture.Corpus.Sources));

            var result = ServiceModelBuilder.Build(SpecSource.Read($"/specs/{service}.tcapi.json", SourceText.From(text), CancellationToken.None), EquatableArray<OverlaySource>.Empty, CancellationToken.None);

            Assert.True(result.Diagnostics.Count == 0, $"{service}: {string.Join("; ", result.Diagnostics.Take(5))}");
        }
    }

    [Fact]
    public void A_member_named_like_its_object_a_keyword_or_a_generated_member_gets_a_deterministic_name()
    {
        using var drm = Import("drm", "2018-11-15");

        var key = drm.RootElement.GetProperty("objects").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Key");
        var member = key.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Key");

        Assert.Equal("KeyValue", member.GetProperty("csharpName").GetString());
    }

    [Fact]
    public void Documentation_is_english_where_the_international_site_has_it_and_chinese_otherwise()
    {
        using var cvm = Import("cvm", "2017-03-12");
        using var cme = Import("cme", "2019-10-29");

        var languages = Members(cvm).Select(m => m.GetProperty("descriptionLanguage").GetString()).Distinct().Order();
        Assert.Contains("en", languages);
        Assert.All(Members(cme), m => Assert.Equal("zh", m.GetProperty("descriptionLanguage").GetString()));
        Assert.False(cme.RootElement.GetProperty("endpoints").TryGetProperty("international", out _));
        Assert.Equal("cvm.intl.tencentcloudapi.com", cvm.RootElement.GetProperty("endpoints").GetProperty("international").GetString());
    }

    private JsonDocument Import(string service, string version) =>
        JsonDocument.Parse(SpecJson.ToUtf8(SpecImporter.Import(fixture.Corpus.Find(service, version)!, fixture.Corpus.Sources)));

    private static IEnumerable<JsonElement> Members(JsonDocument spec) =>
        spec.RootElement.GetProperty("objects").EnumerateArray().SelectMany(o => o.GetProperty("members").EnumerateArray());
}
