using System.Net.Http.Json;
using System.Text.Json;
using Gaap.AspNetCore;
using Microsoft.AspNetCore.Mvc.Testing;
using TcApi.Client.Tests.Client;
using TcApi.Emulator;

namespace TcApi.Client.Tests.Samples;

/// <summary>samples/Gaap.AspNetCore hosted in-process, configured as in production, against the emulator.</summary>
public class AspNetCoreSampleTests
{
    [Fact]
    public async Task The_sample_lists_a_connections_tcp_listeners_through_dependency_injection()
    {
        await using var gaap = await EmulatorFixture.StartAsync();
        await gaap.Client().CreateTCPListenersAsync(EmulatorFixture.Request(80, 443));
        var home = Directory.CreateTempSubdirectory("tcapi-sample-");
        try
        {
            // The default credential chain finds the emulator's key in a profile file named by configuration.
            var credentials = Path.Combine(home.FullName, "credentials");
            var key = EmulatorOptions.TestCredential;
            await File.WriteAllTextAsync(credentials, $"[default]\nsecret_id = {key.SecretId}\nsecret_key = {key.SecretKey}\n");
            await using var app = new WebApplicationFactory<ListenersApp>().WithWebHostBuilder(web => web
                .UseSetting("TencentCloud:Region", "ap-guangzhou")
                .UseSetting("TencentCloud:CredentialsFile", credentials)
                .UseSetting("TencentCloud:Clients:GaapClient:Endpoint", gaap.Emulator.Address.ToString()));
            using var http = app.CreateClient();

            var page = await http.GetFromJsonAsync<JsonElement>("/proxies/link-bjkpdum1/listeners");

            Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
            Assert.Equal([80, 443], page.GetProperty("listeners").EnumerateArray().Select(l => l.GetProperty("port").GetInt32()).Order());
            Assert.All(page.GetProperty("listeners").EnumerateArray(), l => Assert.Equal("web", l.GetProperty("name").GetString()));
            Assert.Equal(2, gaap.Emulator.RequestCount);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }
}
