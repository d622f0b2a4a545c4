using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TcApi.Gaap.V20180529;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Client.Tests.Client;

/// <summary>A generated action called by name, against the emulator on 127.0.0.1.</summary>
public class ByNameCallTests
{
    [Fact]
    public async Task A_generated_action_called_by_name_is_the_typed_call_on_the_wire()
    {
        var typedWire = new WireRecorder();
        var byNameWire = new WireRecorder();
        await using var typedCloud = await EmulatorFixture.StartAsync(handler: typedWire);
        await using var byNameCloud = await EmulatorFixture.StartAsync(handler: byNameWire);
        var now = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var request = EmulatorFixture.Request(80, 443);

        var typed = await typedCloud.Client(o => o.TimeProvider = now).CreateTCPListenersAsync(request);
        using var answer = await byNameCloud.Client(o => o.TimeProvider = now).CallActionAsync("CreateTCPListeners", Serialized(request));

        var (typedHeaders, typedBody) = Assert.Single(typedWire.Requests);
        var (byNameHeaders, byNameBody) = Assert.Single(byNameWire.Requests);
        Assert.Equal(typedBody, byNameBody);
        Assert.Equal(typedHeaders.OrderBy(h => h.Key), byNameHeaders.OrderBy(h => h.Key));
        Assert.Equal(typed.ListenerIds.Count, answer.Response.GetProperty("ListenerIds").GetArrayLength());
        Assert.Equal(byNameCloud.Emulator.State.Listeners.Select(l => l.ListenerId), answer.Response.GetProperty("ListenerIds").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(answer.Response.GetProperty("RequestId").GetString(), answer.RequestId);
    }

    [Fact]
    public async Task A_known_action_with_a_bad_body_fails_with_the_typed_calls_validation_exception_before_it_is_sent()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        // Not constants: the analyzer would refuse them at compile time.
        var bad = EmulatorFixture.Request(90) with { ConnectTimeout = int.Parse("20"), DelayLoop = int.Parse("3") };

        var typed = await Assert.ThrowsAsync<RequestValidationException>(() => fixture.Client().CreateTCPListenersAsync(bad));
        var byName = await Assert.ThrowsAsync<RequestValidationException>(() => fixture.Client().CallActionAsync("CreateTCPListeners", Serialized(bad)));
        var byDescriptor = await Assert.ThrowsAsync<RequestValidationException>(() =>
            fixture.Client().Core.CallActionAsync(GaapActions.Find("CreateTCPListeners")!, Encoding.UTF8.GetBytes(Serialized(bad))));

        Assert.True(typed.Violations.Count >= 2);
        Assert.Equal(typed.Violations.Select(v => v.ToString()), byName.Violations.Select(v => v.ToString()));
        Assert.Equal(typed.Violations.Select(v => v.ToString()), byDescriptor.Violations.Select(v => v.ToString()));
        Assert.Equal(typed.Message, byName.Message);
        Assert.Equal(0, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task A_member_the_binding_does_not_know_is_refused_as_the_service_would_refuse_it()
    {
        await using var fixture = await EmulatorFixture.StartAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            fixture.Client().CallActionAsync("DescribeProxies", """{"Limit":10,"Bogus":1}"""));

        var violation = Assert.Single(error.Violations);
        Assert.Equal(("DescribeProxies.UnknownParameter", "UnknownParameter"), (violation.RuleId, violation.ErrorCode));
        Assert.Contains("Bogus", violation.Path);
        Assert.Equal(0, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task With_validation_off_a_known_action_goes_as_given_and_the_services_error_is_the_bindings_exception()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var bad = EmulatorFixture.Request(90) with { ConnectTimeout = 20 };

        var error = await Assert.ThrowsAsync<GaapApiException>(() =>
            fixture.Client(o => o.ValidateRequests = false).CallActionAsync("CreateTCPListeners", JsonDocument.Parse(Serialized(bad)).RootElement));

        Assert.Equal(1, fixture.Emulator.RequestCount);
        Assert.StartsWith("InvalidParameter", error.RawCode);
    }

    [Fact]
    public async Task An_action_the_binding_does_not_have_is_sent_unvalidated_with_the_bindings_service_and_version()
    {
        var wire = new WireRecorder();
        await using var fixture = await EmulatorFixture.StartAsync(handler: wire);

        await Assert.ThrowsAnyAsync<Errors.TencentCloudException>(() => fixture.Client().CallActionAsync("DescribeSomethingNew", """{"Anything":[1,2]}"""));

        var (headers, body) = Assert.Single(wire.Requests);
        Assert.Equal(("DescribeSomethingNew", "2018-05-29", """{"Anything":[1,2]}"""), (headers["X-TC-Action"], headers["X-TC-Version"], body));
        Assert.Contains("/gaap/tc3_request", headers["Authorization"]);
    }

    private static string Serialized(IWireObject request)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            request.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Records what goes on the wire, then sends it on.</summary>
    private sealed class WireRecorder() : DelegatingHandler(new HttpClientHandler())
    {
        public List<(Dictionary<string, string> Headers, string Body)> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.Concat(request.Content!.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value));
            Requests.Add((headers, await request.Content.ReadAsStringAsync(cancellationToken)));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
