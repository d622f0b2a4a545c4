using System.Net;
using TcApi.Emulator;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Client.Tests.Client;

public class HeaderAndSecretTests
{
    private const string SecretKey = "TcApiEmulatorTestSecretKey000000";

    [Fact]
    public async Task Every_request_carries_the_common_headers()
    {
        var recorder = new RecordingHandler();
        await using var fixture = await EmulatorFixture.StartAsync(handler: recorder);
        var client = new TcApi.Gaap.V20180529.GaapClient(fixture.Http, new Credential(fixture.Emulator.Credential.SecretId, fixture.Emulator.Credential.SecretKey, "session-token"),
            fixture.Options(o => { o.Region = "ap-guangzhou"; o.Language = "en-US"; }));

        await client.CreateTCPListenersAsync(EmulatorFixture.Request());

        var request = Assert.Single(recorder.Requests);
        Assert.Equal("CreateTCPListeners", request.Headers["X-TC-Action"]);
        Assert.Equal("2018-05-29", request.Headers["X-TC-Version"]);
        Assert.Matches("^[0-9]{10}$", request.Headers["X-TC-Timestamp"]);
        Assert.Equal("ap-guangzhou", request.Headers["X-TC-Region"]);
        Assert.Equal("en-US", request.Headers["X-TC-Language"]);
        Assert.Equal("session-token", request.Headers["X-TC-Token"]);
        Assert.StartsWith("TcApi_", request.Headers["X-TC-RequestClient"]);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.StartsWith("TC3-HMAC-SHA256 Credential=" + fixture.Emulator.Credential.SecretId + "/", request.Headers["Authorization"]);
        Assert.Contains("/gaap/tc3_request, SignedHeaders=content-type;host, Signature=", request.Headers["Authorization"]);
        Assert.StartsWith("{\"ListenerName\":\"web\"", request.Body);
    }

    [Fact]
    public async Task Optional_headers_are_not_sent_when_unset()
    {
        var recorder = new RecordingHandler();
        await using var fixture = await EmulatorFixture.StartAsync(handler: recorder);

        await fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request());

        var headers = Assert.Single(recorder.Requests).Headers;
        Assert.False(headers.ContainsKey("X-TC-Region"));
        Assert.False(headers.ContainsKey("X-TC-Token"));
        Assert.False(headers.ContainsKey("X-TC-Language"));
    }

    [Fact]
    public async Task The_secret_key_is_in_no_exception_message()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        var messages = new List<string>();
        async Task Capture(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (Exception e)
            {
                messages.Add(e.ToString());
            }
        }

        var client = fixture.Client(o => { o.Timeout = TimeSpan.FromMilliseconds(300); o.Retry.MaxAttempts = 1; });
        await Capture(() => client.CreateTCPListenersAsync(EmulatorFixture.Request() with { ConnectTimeout = 20 }));
        foreach (var fault in new[] { Fault.Status(HttpStatusCode.InternalServerError), Fault.Html(), Fault.Truncated(), Fault.DropConnection(), Fault.Delay(TimeSpan.FromSeconds(5)), Fault.ApiError("AuthFailure.SignatureFailure") })
        {
            fixture.Emulator.Faults.Enqueue(fault);
            await Capture(() => client.CreateTCPListenersAsync(EmulatorFixture.Request()));
        }

        var wrongKey = new TcApi.Gaap.V20180529.GaapClient(fixture.Http, new Credential("AKIDx", SecretKey + "x"), fixture.Options());
        await Capture(() => wrongKey.CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Equal(8, messages.Count);
        Assert.All(messages, m => Assert.DoesNotContain(SecretKey, m));
        Assert.DoesNotContain(SecretKey, fixture.Emulator.Credential.ToString());
    }

    /// <summary>Records what goes on the wire, then sends it on.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new HttpClientHandler())
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
