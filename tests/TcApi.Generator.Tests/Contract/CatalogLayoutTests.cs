using TcApi.Contract;

namespace TcApi.Generator.Tests.Contract;

/// <summary>The catalogue's file names (spec/contract/CatalogLayout.cs), which the importer writes and the generator and the build task read.</summary>
public class CatalogLayoutTests
{
    [Theory]
    [InlineData("cvm", "2017-03-12", "cvm-v20170312.tcapi.json")]
    [InlineData("tke", "2022-05-01", "tke-v20220501.tcapi.json")]
    public void A_catalogue_spec_name_reads_back_as_its_service_and_version(string service, string version, string fileName)
    {
        Assert.Equal(fileName, CatalogLayout.SpecFileName(service, version));
        Assert.True(CatalogLayout.TryReadSpecFileName(fileName, out var readService, out var readVersion));
        Assert.Equal((service, version), (readService, readVersion));
        Assert.False(CatalogLayout.TryReadSpecFileName("cvm.tcapi.json", out _, out _));
    }
}
