using System.Text.Json;
using TcApi.Import.Catalog;

namespace TcApi.Import.Tests.Catalog;

/// <summary>
/// The catalogue's index.json names every action of every service version, so the build task checks an item's
/// <c>Actions</c> before any binding compiles, without opening a spec; written the same way every time.
/// </summary>
[Collection(nameof(CorpusCollection))]
public class CatalogIndexActionsTests(CorpusFixture fixture)
{
    [Fact]
    public void The_index_lists_each_versions_actions_in_order_and_is_written_the_same_twice()
    {
        var first = Directory.CreateTempSubdirectory("tcapi-index-").FullName;
        var second = Directory.CreateTempSubdirectory("tcapi-index-").FullName;
        try
        {
            CatalogWriter.Write(fixture.Corpus, first, [], v => v.Service is "gaap" or "ams");
            CatalogWriter.Write(fixture.Corpus, second, [], v => v.Service is "gaap" or "ams");

            var bytes = File.ReadAllBytes(Path.Combine(first, "index.json"));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, "index.json")));
            using var index = JsonDocument.Parse(bytes);
            var actions = index.RootElement.GetProperty("actions");
            var gaap = actions.GetProperty("gaap").GetProperty("2018-05-29").EnumerateArray().Select(a => a.GetString()!).ToList();
            using var spec = JsonDocument.Parse(File.ReadAllBytes(CatalogWriter.SpecPath(first, "gaap", "2018-05-29")));
            var inSpec = spec.RootElement.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(inSpec, gaap);
            Assert.Contains("DescribeProxies", gaap);
            Assert.Equal(
                index.RootElement.GetProperty("services").GetProperty("ams").EnumerateArray().Select(v => v.GetString()!).ToList(),
                actions.GetProperty("ams").EnumerateObject().Select(v => v.Name).ToList());
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }
}
