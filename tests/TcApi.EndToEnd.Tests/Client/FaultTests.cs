using System.Net;
using TcApi.Emulator;
using TcApi.Errors;
using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Client;

/// <summary>Every misbehaviour of an endpoint becomes a clear exception within the timeout — never a JSON-library one.</summary>
public class FaultTests
{
    [Fact]
    public async Task An_http_5xx_says_what_came_back_and_is_not_retried_for_a_create()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.Status(HttpStatusCode.BadGateway));

        var error = await Assert.ThrowsAsync<TencentCloudHttpException>(() => fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Contains("502", error.Message);
        Assert.Contains("injected", error.BodyExcerpt);
        Assert.Equal(1, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task An_html_page_is_a_format_error_with_an_excerpt()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.Html());

        var error = await Assert.ThrowsAsync<ResponseFormatException>(() => fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Contains("the body begins: <html>", error.Message);
        Assert.StartsWith("<html>", System.Text.Encoding.UTF8.GetString(error.RawBody.Span));
        Assert.IsNotAssignableFrom<System.Text.Json.JsonException>(error);
    }

    [Fact]
    public async Task A_truncated_body_is_a_format_error()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.Truncated());

        var error = await Assert.ThrowsAsync<ResponseFormatException>(() => fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Contains("invalid JSON", error.Reason);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_transport_error_that_may_have_been_processed()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.DropConnection());

        var error = await Assert.ThrowsAsync<TencentCloudTransportException>(() => fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.True(error.RequestMayHaveBeenSent);
        Assert.Equal(1, fixture.Emulator.RequestCount);
    }

    [Fact]
    public async Task A_slow_answer_times_out_within_the_timeout_and_is_distinguishable_from_cancellation()
    {
        await using var fixture = await EmulatorFixture.StartAsync();
        fixture.Emulator.Faults.Enqueue(Fault.Delay(TimeSpan.FromSeconds(30)));
        var started = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TencentCloudTimeoutException>(() =>
            fixture.Client(o => o.Timeout = TimeSpan.FromMilliseconds(300)).CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), "no hang");
        fixture.Emulator.Faults.Enqueue(Fault.Delay(TimeSpan.FromSeconds(30)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Client().CreateTCPListenersAsync(EmulatorFixture.Request(81), cancel.Token));
    }

    [Fact]
    public async Task An_oversized_answer_is_refused_without_reading_it_all()
    {
        await using var fixture = await EmulatorFixture.StartAsync();

        var error = await Assert.ThrowsAsync<TencentCloudTransportException>(() =>
            fixture.Client(o => o.MaxResponseBytes = 20).CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.Contains("MaxResponseBytes", error.Message);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_error_that_was_not_sent()
    {
        var closedPort = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closedPort.Start();
        var port = ((IPEndPoint)closedPort.LocalEndpoint).Port;
        closedPort.Stop();
        var client = new GaapClient(new HttpClient(), EmulatorOptions.TestCredential, new TcApi.Client.TencentCloudClientOptions
        {
            Endpoint = $"http://127.0.0.1:{port}/",
            Retry = { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(1) },
        });

        var error = await Assert.ThrowsAsync<TencentCloudTransportException>(() => client.CreateTCPListenersAsync(EmulatorFixture.Request()));

        Assert.False(error.RequestMayHaveBeenSent);
        Assert.Contains("not sent", error.Message);
    }
}
