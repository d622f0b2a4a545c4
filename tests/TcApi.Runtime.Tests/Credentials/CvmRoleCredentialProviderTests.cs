using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;

namespace TcApi.Runtime.Tests.Credentials;

public class CvmRoleCredentialProviderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private MetadataServer _server = null!;

    public async Task InitializeAsync() => _server = await MetadataServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Discovers_the_role_then_reads_its_temporary_credentials_over_http()
    {
        _server.Expiry = _time.GetUtcNow().AddHours(6);

        var credential = await Provider().GetCredentialAsync();

        Assert.Equal(("AKIDcvm1", Secrets.Key + "1", Secrets.Token + "1"), (credential.SecretId, credential.SecretKey, credential.Token));
        Assert.Equal(_server.Expiry.ToUnixTimeSeconds(), credential.Expiration!.Value.ToUnixTimeSeconds());
        Assert.Equal(["/latest/meta-data/cam/security-credentials/", "/latest/meta-data/cam/security-credentials/tcapi-test-role"], _server.Paths);
    }

    [Fact]
    public async Task Refreshes_before_expiry_on_the_clock_and_not_earlier()
    {
        _server.Expiry = _time.GetUtcNow().AddHours(1);
        var provider = Provider();

        var first = await provider.GetCredentialAsync();
        _time.Advance(TimeSpan.FromMinutes(54));
        var same = await provider.GetCredentialAsync();
        _server.Expiry = _time.GetUtcNow().AddHours(1);
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var second = await provider.GetCredentialAsync();

        Assert.Same(first, same);
        Assert.Equal("AKIDcvm2", second.SecretId);
        Assert.Equal(2, _server.CredentialRequests);
        Assert.Single(_server.Paths, p => p.EndsWith("/security-credentials/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_named_role_is_read_without_discovery()
    {
        _server.Role = "named";

        var credential = await Provider(new CvmRoleOptions { RoleName = "named" }).GetCredentialAsync();

        Assert.Equal("AKIDcvm1", credential.SecretId);
        Assert.Equal(["/latest/meta-data/cam/security-credentials/named"], _server.Paths);
    }

    [Fact]
    public async Task Does_not_apply_when_no_role_is_bound()
    {
        _server.Role = null;

        var error = await Assert.ThrowsAsync<CredentialUnavailableException>(() => Provider().GetCredentialAsync().AsTask());

        Assert.Equal("no CAM role is bound to this instance (the metadata service answered 404)", error.Reason);
    }

    [Fact]
    public async Task Does_not_apply_when_the_metadata_service_cannot_be_reached()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort()}/latest/meta-data/");

        var error = await Assert.ThrowsAsync<CredentialUnavailableException>(() => Provider(new CvmRoleOptions { MetadataEndpoint = closed }).GetCredentialAsync().AsTask());

        Assert.StartsWith($"the metadata service at {closed} cannot be reached", error.Reason);
    }

    [Fact]
    public async Task An_answer_other_than_success_is_an_error_that_names_the_code()
    {
        _server.Answer = _ => """{"Code":"Failed"}""";

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => Provider().GetCredentialAsync().AsTask());

        Assert.Equal("CVM instance role", error.Provider);
        Assert.EndsWith("answered Code Failed", error.Reason);
    }

    [Fact]
    public async Task A_broken_answer_is_described_without_repeating_its_text()
    {
        _server.Answer = _ => "{\"TmpSecretKey\":\"" + Secrets.Key + "\",";

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => Provider().GetCredentialAsync().AsTask());

        Assert.Contains("answered something that is not JSON", error.Reason);
        Secrets.AssertAbsent(error.ToString());
    }

    [Fact]
    public async Task An_answer_without_the_key_names_the_missing_member()
    {
        _server.Answer = _ => $$"""{"TmpSecretId":"AKID","Token":"{{Secrets.Token}}","ExpiredTime":4102444800,"Code":"Success"}""";

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => Provider().GetCredentialAsync().AsTask());

        Assert.EndsWith("answered without TmpSecretKey", error.Reason);
        Secrets.AssertAbsent(error.ToString());
    }

    private CvmRoleCredentialProvider Provider(CvmRoleOptions? options = null)
    {
        options ??= new CvmRoleOptions();
        if (options.MetadataEndpoint == CvmRoleOptions.DefaultMetadataEndpoint)
        {
            options.MetadataEndpoint = _server.Endpoint;
        }

        return new CvmRoleCredentialProvider(options, new CredentialRefreshOptions { TimeProvider = _time });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
