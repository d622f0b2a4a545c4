using System.Text.Json;
using TcApi.Import.Catalog;

namespace TcApi.Import.Tests.Catalog;

/// <summary>
/// The catalogue's index.json names the folders Tencent's metadata keeps a service in where they differ from its key
/// (Auto Scaling's key is <c>as</c>, its folder <c>autoscaling</c>), so that the build task and the generator suggest
/// the key to an item that names the folder, as the tool does. Before, the index held keys only and the build
/// suggested <c>ca</c> for <c>autoscaling</c>.
/// </summary>
[Collection(nameof(CorpusCollection))]
public class CatalogIndexAliasesTests(CorpusFixture fixture)
{
    [Fact]
    public void The_index_lists_a_services_metadata_folder_where_it_differs_from_its_key_and_no_other()
    {
        var output = Directory.CreateTempSubdirectory("tcapi-index-").FullName;
        try
        {
            CatalogWriter.Write(fixture.Corpus, output, [], v => v.Service is "as" or "cvm");

            using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "index.json")));
            var aliases = index.RootElement.GetProperty("aliases");
            Assert.Equal(["as"], aliases.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["autoscaling"], aliases.GetProperty("as").EnumerateArray().Select(a => a.GetString()));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
