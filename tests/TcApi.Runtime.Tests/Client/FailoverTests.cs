using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Client;

/// <summary>A backup endpoint behind a circuit breaker per endpoint.</summary>
public class FailoverTests
{
    private const string Primary = "ping.ap-guangzhou.tencentcloudapi.com";
    private const string Backup = "ping.ap-shanghai.tencentcloudapi.com";
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Without_a_backup_endpoint_every_attempt_goes_to_the_primary_however_often_it_fails()
    {
        var handler = new HostHandler { [Primary] = Answer.Unavailable };
        var client = Client(handler, backup: null, out _);

        for (var i = 0; i < 8; i++)
        {
            await Assert.ThrowsAsync<TencentCloudHttpException>(() => client.PingAsync(new PingRequest(idempotent: false)));
        }

        Assert.Equal(Enumerable.Repeat(Primary, 8), handler.Hosts);
        Assert.Null(new TencentCloudClient(new HttpClient(handler), new Credential("AKID", Secrets.Key), new TencentCloudClientOptions(), Primary).BackupAddress);
    }

    [Fact]
    public async Task The_primary_breaker_opens_after_the_threshold_of_consecutive_5xx_and_attempts_go_to_the_backup_signed_for_its_host()
    {
        var handler = new HostHandler { [Primary] = Answer.Unavailable, [Backup] = Answer.Ok };
        var client = Client(handler, Backup, out _);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<TencentCloudHttpException>(() => client.PingAsync(new PingRequest(idempotent: false)));
        }

        await client.PingAsync(new PingRequest(idempotent: false));
        await client.PingAsync(new PingRequest(idempotent: false));

        Assert.Equal([Primary, Primary, Primary, Backup, Backup], handler.Hosts);
        var toBackup = handler.Sent[3];
        var expected = new Tc3Signer(new Credential("AKIDfailover", Secrets.Key)).Authorize(new SigningInput(
            "POST", "ping", Start.ToUnixTimeSeconds(), [new("content-type", "application/json"), new("host", Backup)], Encoding.UTF8.GetBytes(toBackup.Body)));
        Assert.Equal(expected, toBackup.Authorization);
    }

    [Fact]
    public async Task A_transport_failure_counts_against_the_endpoint_and_a_retry_of_the_same_call_fails_over()
    {
        var handler = new HostHandler { [Primary] = Answer.Refused, [Backup] = Answer.Ok };
        var client = Client(handler, Backup, out _, threshold: 2, maxAttempts: 3);

        var response = await client.PingAsync(new PingRequest(idempotent: false));

        Assert.Equal([Primary, Primary, Backup], handler.Hosts);
        Assert.Equal("req-3", response.RequestId);
    }

    [Fact]
    public async Task An_answer_even_an_API_error_resets_the_count_of_consecutive_failures()
    {
        var handler = new HostHandler { [Backup] = Answer.Ok };
        var client = Client(handler, Backup, out _);

        foreach (var answer in new[] { Answer.Unavailable, Answer.Unavailable, Answer.ApiError, Answer.Unavailable, Answer.Unavailable, Answer.Ok })
        {
            handler[Primary] = answer;
            try
            {
                await client.PingAsync(new PingRequest(idempotent: false));
            }
            catch (TencentCloudException)
            {
            }
        }

        Assert.Equal(Enumerable.Repeat(Primary, 6), handler.Hosts);
    }

    [Fact]
    public async Task After_the_pause_one_trial_goes_to_the_primary_and_its_success_closes_the_breaker()
    {
        var handler = new HostHandler { [Primary] = Answer.Unavailable, [Backup] = Answer.Ok };
        var client = Client(handler, Backup, out var time);
        await OpenPrimary(client);

        time.Advance(TimeSpan.FromSeconds(29));
        await client.PingAsync(new PingRequest());
        handler[Primary] = Answer.Ok;
        time.Advance(TimeSpan.FromSeconds(1));
        await client.PingAsync(new PingRequest());
        await client.PingAsync(new PingRequest());

        Assert.Equal([Backup, Primary, Primary], handler.Hosts.Skip(3));
    }

    [Fact]
    public async Task A_failed_trial_opens_the_breaker_for_another_pause()
    {
        var handler = new HostHandler { [Primary] = Answer.Unavailable, [Backup] = Answer.Ok };
        var client = Client(handler, Backup, out var time);
        await OpenPrimary(client);

        time.Advance(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<TencentCloudHttpException>(() => client.PingAsync(new PingRequest(idempotent: false)));
        await client.PingAsync(new PingRequest());
        time.Advance(TimeSpan.FromSeconds(30));
        handler[Primary] = Answer.Ok;
        await client.PingAsync(new PingRequest());

        Assert.Equal([Primary, Backup, Primary], handler.Hosts.Skip(3));
    }

    [Fact]
    public async Task While_the_trial_is_under_way_the_other_calls_still_go_to_the_backup()
    {
        var handler = new HostHandler { [Primary] = Answer.Unavailable, [Backup] = Answer.Ok };
        var client = Client(handler, Backup, out var time);
        await OpenPrimary(client);
        var release = new TaskCompletionSource();
        handler[Primary] = Answer.Ok;
        handler.Hold(Primary, release.Task);
        time.Advance(TimeSpan.FromSeconds(30));

        var trial = client.PingAsync(new PingRequest());
        await handler.Arrived(Primary, count: 4);
        await client.PingAsync(new PingRequest());
        release.SetResult();
        await trial;

        Assert.Equal([Primary, Backup], handler.Hosts.Skip(3));
    }

    [Fact]
    public async Task Each_attempt_names_its_endpoint_and_each_change_of_a_breaker_is_traced_counted_and_logged()
    {
        using var spans = new ActivityCollector();
        using var meters = new MeterCollector();
        using var recorder = new CallRecorder();
        var handler = new HostHandler { [Primary] = Answer.Unavailable, [Backup] = Answer.Ok };
        var client = Client(handler, Backup, out var time, meters: meters, logs: recorder.Logs);
        await OpenPrimary(client);
        await client.PingAsync(new PingRequest());
        handler[Primary] = Answer.Ok;
        time.Advance(TimeSpan.FromSeconds(30));
        await client.PingAsync(new PingRequest());

        var attempts = spans.Stopped.Where(a => a.Kind == ActivityKind.Internal).ToList();
        Assert.Equal(
            ["primary " + Primary, "primary " + Primary, "primary " + Primary, "backup " + Backup, "primary " + Primary],
            attempts.Select(a => a.GetTagItem("tencentcloud.endpoint") + " " + a.GetTagItem("server.address")));
        Assert.Equal(
            [(Primary, "closed", "open"), (Primary, "open", "half_open"), (Primary, "half_open", "closed")],
            attempts.SelectMany(a => a.Events).Where(e => e.Name == "tencentcloud.circuit_breaker").Select(e =>
            {
                var tags = e.Tags.ToDictionary(t => t.Key, t => t.Value);
                return ((string)tags["server.address"]!, (string)tags["tencentcloud.circuit_breaker.previous_state"]!, (string)tags["tencentcloud.circuit_breaker.state"]!);
            }));
        Assert.Equal(["open", "half_open", "closed"], meters.Of("tencentcloud.client.circuit_breaker.transitions").Select(m => (string)m.Tags["tencentcloud.circuit_breaker.state"]!));
        Assert.Equal(Backup, (string)Assert.Single(meters.Of("tencentcloud.client.failover.attempts")).Tags["server.address"]!);
        Assert.Equal(3, recorder.Events.Count(e => e == "log 7"));
    }

    [Fact]
    public async Task When_both_breakers_are_open_the_call_goes_to_the_primary()
    {
        var handler = new HostHandler { [Primary] = Answer.Unavailable, [Backup] = Answer.Unavailable };
        var client = Client(handler, Backup, out _, threshold: 1);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<TencentCloudHttpException>(() => client.PingAsync(new PingRequest(idempotent: false)));
        }

        Assert.Equal([Primary, Backup, Primary], handler.Hosts);
    }

    [Fact]
    public void A_threshold_below_one_is_refused_when_the_client_is_built()
    {
        var options = new TencentCloudClientOptions { BackupEndpoint = Backup, CircuitBreaker = { FailureThreshold = 0 } };

        var error = Assert.Throws<ArgumentException>(() => new TencentCloudClient(new HttpClient(new HostHandler()), new Credential("AKID", Secrets.Key), options, Primary));

        Assert.Contains("FailureThreshold", error.Message);
    }

    private static async Task OpenPrimary(PingClient client)
    {
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<TencentCloudHttpException>(() => client.PingAsync(new PingRequest(idempotent: false)));
        }
    }

    private static PingClient Client(
        HostHandler handler, string? backup, out FakeTimeProvider time, int threshold = 3, int maxAttempts = 1, MeterCollector? meters = null, Microsoft.Extensions.Logging.ILoggerFactory? logs = null)
    {
        time = new FakeTimeProvider(Start);
        var options = new TencentCloudClientOptions
        {
            Endpoint = Primary,
            BackupEndpoint = backup,
            CircuitBreaker = { FailureThreshold = threshold, BreakDuration = TimeSpan.FromSeconds(30) },
            TimeProvider = time,
            RateLimiting = false,
            Retry = new RetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.Zero, Jitter = false },
            MeterFactory = meters,
            LoggerFactory = logs,
        };
        return new PingClient(new HttpClient(handler), new Credential("AKIDfailover", Secrets.Key), options);
    }

    private enum Answer
    {
        Ok,
        ApiError,
        Unavailable,
        Refused,
    }

    /// <summary>Answers by the host called, as set per host, and writes down each request's host, body and signature.</summary>
    private sealed class HostHandler : HttpMessageHandler
    {
        private readonly Dictionary<string, Answer> _answers = new();
        private readonly Dictionary<string, Task> _holds = new();
        private readonly List<(string Host, string Body, string Authorization)> _sent = new();
        private int _number;

        public Answer this[string host]
        {
            set
            {
                lock (_answers)
                {
                    _answers[host] = value;
                }
            }
        }

        public IReadOnlyList<string> Hosts
        {
            get
            {
                lock (_sent)
                {
                    return _sent.Select(s => s.Host).ToArray();
                }
            }
        }

        public IReadOnlyList<(string Host, string Body, string Authorization)> Sent
        {
            get
            {
                lock (_sent)
                {
                    return _sent.ToArray();
                }
            }
        }

        public void Hold(string host, Task until) => _holds[host] = until;

        /// <summary>Waits until <paramref name="count"/> requests have reached <paramref name="host"/>.</summary>
        public async Task Arrived(string host, int count)
        {
            while (Hosts.Count(h => h == host) < count)
            {
                await Task.Yield();
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var host = request.RequestUri!.Host;
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var number = Interlocked.Increment(ref _number);
            lock (_sent)
            {
                _sent.Add((host, body, string.Join(",", request.Headers.GetValues("Authorization"))));
            }

            if (_holds.TryGetValue(host, out var hold))
            {
                await hold;
            }

            Answer answer;
            lock (_answers)
            {
                answer = _answers.TryGetValue(host, out var set) ? set : Answer.Ok;
            }

            return answer switch
            {
                Answer.Unavailable => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("busy") },
                Answer.Refused => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"),
                Answer.ApiError => FakeHandler.Envelope("{\"Error\":{\"Code\":\"InvalidParameter\",\"Message\":\"m\"},\"RequestId\":\"req-" + number + "\"}"),
                _ => FakeHandler.Envelope("{\"RequestId\":\"req-" + number + "\"}"),
            };
        }
    }
}
