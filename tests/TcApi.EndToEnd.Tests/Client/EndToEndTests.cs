using TcApi.Emulator;
using TcApi.Errors;
using TcApi.Gaap.V20180529;
using TcApi.Signing;
using TcApi.Validation;

namespace TcApi.Client.Tests.Client;

/// <summary>The generated GaapClient against the local emulator: success, and every error path the service has.</summary>
public class EndToEndTests
{
    [Fact]
    public async Task Creates_listeners_and_returns_their_ids()
    {
        await using var fixture = await EmulatorFixture.StartAsync();

        var response = await fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request(80, 443));

        Assert.Equal(2, response.ListenerIds.Count);
        Assert.All(response.ListenerIds, id => Assert.Matches("^listener-[a-z0-9]{8}$", id));
        Assert.True(Guid.TryParse(response.RequestId, out _));
        Assert.Equal(response.ListenerIds, fixture.Emulator.State.Listeners.Select(l => l.ListenerId));
        Assert.Equal([80, 443], fixture.Emulator.State.Listeners.Select(l => l.Port));
    }

    [Fact]
    public async Task The_seed_example_is_rejected_before_it_is_sent()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var example = EmulatorFixture.Request(90) with { ConnectTimeout = 20 };

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => fixture.Client().CreateTCPListenersAsync(example));

        Assert.Equal("CreateTCPListeners.ConnectTimeoutLessThanDelayLoop", Assert.Single(error.Violations).RuleId);
        Assert.Equal(0, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task With_validation_off_the_service_rejects_it_with_the_field_named()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var example = EmulatorFixture.Request(90) with { ConnectTimeout = 20 };

        var error = await Assert.ThrowsAsync<GaapApiException>(() => fixture.Client(o => o.ValidateRequests = false).CreateTCPListenersAsync(example));

        Assert.Equal(GaapErrorCode.InvalidParameterValue, error.ErrorCode);
        Assert.Contains("ConnectTimeout", error.ServerMessage);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_duplicate_port_is_a_typed_error()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var client = fixture.Client();
        await client.CreateTCPListenersAsync(EmulatorFixture.Request(8080));

        var error = await Assert.ThrowsAsync<GaapApiException>(() => client.CreateTCPListenersAsync(EmulatorFixture.Request(8080)));

        Assert.Equal(GaapErrorCode.InvalidParameterValueDuplicatedListenerPort, error.ErrorCode);
        Assert.Equal("InvalidParameterValue.DuplicatedListenerPort", error.RawCode);
        Assert.Equal("CreateTCPListeners", error.Action);
        Assert.Single(fixture.Emulator.State.Listeners);
    }

    [Theory]
    [InlineData("link-unknown", null, "ResourceNotFound")]
    [InlineData("link-stopped1", null, "FailedOperation.ProxyStatusNotInRuning")]
    [InlineData(null, "lg-stopped1", "FailedOperation.GroupStatusNotInRuning")]
    [InlineData(null, "lg-unknown", "ResourceNotFound")]
    public async Task Unknown_or_stopped_connections_and_groups(string? proxy, string? group, string code)
    {
        await using var fixture = await EmulatorFixture.StartAsync();

        var error = await Assert.ThrowsAsync<GaapApiException>(() =>
            fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request(80) with { ProxyId = proxy, GroupId = group }));

        Assert.Equal(code, error.RawCode);
    }

    [Fact]
    public async Task Groups_take_listeners_too()
    {
        await using var fixture = await EmulatorFixture.StartAsync();

        var response = await fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request(80) with { ProxyId = null, GroupId = "lg-bjkpdum1" });

        Assert.Equal("lg-bjkpdum1", Assert.Single(fixture.Emulator.State.Listeners).OwnerId);
        Assert.Single(response.ListenerIds);
    }

    [Fact]
    public async Task The_listener_limit()
    {
        await using var fixture = await EmulatorFixture.StartAsync(new EmulatorOptions { ListenerLimit = 2 });

        var error = await Assert.ThrowsAsync<GaapApiException>(() => fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request(1, 2, 3)));

        Assert.Equal(GaapErrorCode.FailedOperationLimitNumofListener, error.ErrorCode);
        Assert.Empty(fixture.Emulator.State.Listeners);
    }

    [Fact]
    public async Task A_wrong_secret_key_fails_the_signature_and_an_unknown_id_is_not_found()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var wrongKey = new GaapClient(fixture.Http, new Credential(fixture.Emulator.Credential.SecretId, "not-the-key"), fixture.Options());
        var wrongId = new GaapClient(fixture.Http, new Credential("AKIDunknown", fixture.Emulator.Credential.SecretKey), fixture.Options());

        var signature = await Assert.ThrowsAsync<GaapApiException>(() => wrongKey.CreateTCPListenersAsync(EmulatorFixture.Request()));
        var notFound = await Assert.ThrowsAsync<GaapApiException>(() => wrongId.CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Equal(CommonErrorCode.AuthFailureSignatureFailure, signature.CommonCode);
        Assert.Equal(CommonErrorCode.AuthFailureSecretIdNotFound, notFound.CommonCode);
    }

    [Fact]
    public async Task Dialling_127_0_0_1_and_signing_the_service_host_works()
    {
        await using var fixture = await EmulatorFixture.StartAsync();

        var response = await fixture.Client(o => o.Host = "gaap.tencentcloudapi.com").CreateTCPListenersAsync(EmulatorFixture.Request());

        Assert.Single(response.ListenerIds);
    }

    private static Task<CreateTCPListenersResponse> SendRaw(TencentCloudClient core, string json) =>
        core.SendAsync(new RawCreateRequest(json), RawCreateRequest.ActionInfo, CreateTCPListenersResponse.Read);

    [Fact]
    public async Task Unknown_action_and_version()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var core = new TencentCloudClient(fixture.Http, fixture.Emulator.Credential, fixture.Options(), "gaap.tencentcloudapi.com");

        var action = await Assert.ThrowsAsync<GaapApiException>(() => core.SendAsync(new OtherActionRequest(), OtherActionRequest.ActionInfo, CreateTCPListenersResponse.Read));
        var version = await Assert.ThrowsAsync<GaapApiException>(() => core.SendAsync(new OtherVersionRequest(), OtherVersionRequest.ActionInfo, CreateTCPListenersResponse.Read));

        Assert.Equal(CommonErrorCode.InvalidAction, action.CommonCode);
        Assert.Equal(CommonErrorCode.NoSuchVersion, version.CommonCode);
    }

    [Fact]
    public async Task Unknown_and_missing_parameters_are_named()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var core = new TencentCloudClient(fixture.Http, fixture.Emulator.Credential, fixture.Options(), "gaap.tencentcloudapi.com");

        var unknown = await Assert.ThrowsAsync<GaapApiException>(() => SendRaw(core, """{"ListenerName":"a","Ports":[1],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP","ProxyId":"link-bjkpdum1","Colour":"red"}"""));
        var missing = await Assert.ThrowsAsync<GaapApiException>(() => SendRaw(core, """{"Ports":[1],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP","ProxyId":"link-bjkpdum1"}"""));
        var invalid = await Assert.ThrowsAsync<GaapApiException>(() => SendRaw(core, """{"ListenerName":"a","Ports":["ninety"],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP","ProxyId":"link-bjkpdum1"}"""));

        Assert.Equal((CommonErrorCode.UnknownParameter, true), (unknown.CommonCode!.Value, unknown.ServerMessage.Contains("Colour")));
        Assert.Equal((CommonErrorCode.MissingParameter, true), (missing.CommonCode!.Value, missing.ServerMessage.Contains("ListenerName")));
        Assert.Equal((CommonErrorCode.InvalidParameterValue, true), (invalid.CommonCode!.Value, invalid.ServerMessage.Contains("/Ports/0")));
    }

    [Fact]
    public async Task Numbers_written_as_strings_are_accepted_like_the_real_service()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var core = new TencentCloudClient(fixture.Http, fixture.Emulator.Credential, fixture.Options(), "gaap.tencentcloudapi.com");

        var response = await SendRaw(core,
            """{"RealServerType":"IP","ConnectTimeout":"10","ProxyId":"link-bjkpdum1","HealthCheck":"1","ListenerName":"test1","Scheduler":"rr","Ports":["90"],"DelayLoop":"20"}""");

        Assert.Single(response.ListenerIds);
        Assert.Equal(90, Assert.Single(fixture.Emulator.State.Listeners).Port);
    }

    [Fact]
    public async Task An_action_the_spec_marks_region_required_is_refused_without_a_region()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var core = new TencentCloudClient(fixture.Http, fixture.Emulator.Credential, fixture.Options(), "gaap.tencentcloudapi.com");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => core.SendAsync(new RegionalRequest(), RegionalRequest.ActionInfo, CreateTCPListenersResponse.Read));

        Assert.Contains("TencentCloudClientOptions.Region", error.Message);
        Assert.Equal(0, fixture.Emulator.RequestCount);
    }

    [Fact]
    public void Plain_http_to_a_non_loopback_host_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new GaapClient(new HttpClient(), EmulatorOptions.TestCredential, new TcApi.Client.TencentCloudClientOptions { Endpoint = "http://gaap.tencentcloudapi.com" }));

        Assert.Contains("loopback", error.Message);
        _ = new GaapClient(new HttpClient(), EmulatorOptions.TestCredential, new TcApi.Client.TencentCloudClientOptions { Endpoint = "http://localhost:1" });
        _ = new GaapClient(new HttpClient(), EmulatorOptions.TestCredential, new TcApi.Client.TencentCloudClientOptions { Endpoint = "http://[::1]:1" });
    }

    [Fact]
    public void The_default_endpoint_is_the_specs_over_https()
    {
        var core = new TencentCloudClient(new HttpClient(), EmulatorOptions.TestCredential, new TcApi.Client.TencentCloudClientOptions(), GaapClient.DefaultEndpoint);

        Assert.Equal(new Uri("https://gaap.tencentcloudapi.com/"), core.Address);
    }
}
