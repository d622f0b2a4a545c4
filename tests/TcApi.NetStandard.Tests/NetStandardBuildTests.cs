using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Gaap.V20180529;
using TcApi.NetStandard.Consumer;
using TcApi.Signing;

namespace TcApi.NetStandard.Tests;

/// <summary>TcApi's netstandard2.0 build (its polyfills and array-based signing) and a binding generated for netstandard2.0.</summary>
public class NetStandardBuildTests
{
    [Fact]
    public void The_assemblies_under_test_are_the_netstandard2_0_builds()
    {
        Assert.Equal(".NETStandard,Version=v2.0", typeof(Tc3Signer).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        Assert.Equal(".NETStandard,Version=v2.0", typeof(GaapClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
    }

    [Fact]
    public void Signing_gives_tencents_published_signature()
    {
        var signer = new Tc3Signer(new Credential("AKID**********************0123456789EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"));
        var payload = Encoding.ASCII.GetBytes("""{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}""");

        var authorization = signer.Authorize(new SigningInput(
            "POST", "cvm", 1551113065, [new("content-type", "application/json; charset=utf-8"), new("host", "cvm.tencentcloudapi.com")], payload));

        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
            authorization);
    }

    [Fact]
    public void A_generated_request_validates_and_round_trips_its_wire_json()
    {
        var request = ListenerDirectory.WebListeners("link-bjkpdum1");

        Assert.True(request.Validate().IsValid);
        Assert.Equal(request, CreateTCPListenersRequest.ReadFrom(request.ToJsonUtf8()));
        Assert.False((request with { ConnectTimeout = 0 }).Validate().IsValid);
    }

    [Fact]
    public async Task A_call_is_signed_sent_and_read_into_the_typed_response()
    {
        await using var gaap = await GaapHost.StartAsync();
        var credential = new Credential("AKIDnetstandard", "netstandard-secret-key");
        using var http = new HttpClient();
        var client = new GaapClient(http, credential, new TencentCloudClientOptions { Endpoint = gaap.Endpoint, Region = "ap-guangzhou" });

        var names = await new ListenerDirectory(client).ListenerNamesAsync("link-bjkpdum1");

        Assert.Equal(["web", "api"], names);
        var call = Assert.Single(gaap.Calls);
        Assert.Equal("DescribeTCPListeners", call.Action);
        var expected = new Tc3Signer(credential).Authorize(new SigningInput("POST", "gaap", call.Timestamp, [new("content-type", "application/json"), new("host", "127.0.0.1")], call.Body));
        Assert.Equal(expected, call.Authorization);
    }

    [Fact]
    public async Task A_service_error_is_the_typed_service_exception()
    {
        await using var gaap = await GaapHost.StartAsync();
        gaap.ErrorCode = "ResourceNotFound";
        using var http = new HttpClient();
        var client = new GaapClient(http, new Credential("AKIDnetstandard", "key"), new TencentCloudClientOptions { Endpoint = gaap.Endpoint });

        var error = await Assert.ThrowsAsync<GaapApiException>(() => client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = "link-1" }));

        Assert.Equal("ResourceNotFound", error.RawCode);
    }

    [Fact]
    public async Task A_refused_connection_is_known_not_to_have_sent_the_request()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closed = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
        listener.Stop();
        using var http = new HttpClient();
        var client = new GaapClient(http, new Credential("AKIDnetstandard", "key"), new TencentCloudClientOptions { Endpoint = closed, Retry = new RetryOptions { MaxAttempts = 1 } });

        var error = await Assert.ThrowsAsync<TencentCloudTransportException>(() => client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = "link-1" }));

        Assert.False(error.RequestMayHaveBeenSent);
    }
}
