using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TcApi.Extensions.DependencyInjection;
using TcApi.Gaap.V20180529;
using TcApi.Signing;
using TcApi.Validation;

namespace TcApi.Client.Tests.Client;

#pragma warning disable TCAPI1001, TCAPI1014, TCAPI2001, TCAPI2014 // the requests break their constraints (curated and documented) on purpose: the analyzer sees the same ones

/// <summary>
/// A constraint read from Tencent's documentation (<c>DescribeProxies.Limit.range</c>, "返回数量，默认为20，最大值为100。",
/// severity warning in spec/gaap) sends the call by default and fails it before sending under TreatWarningsAsErrors.
/// </summary>
public class WarningsAsErrorsTests
{
    private const string Rule = "DescribeProxies.Limit.range";

    private static readonly Credential Key = new("AKIDwarnings", "not-a-real-key");

    private static DescribeProxiesRequest OverTheDocumentedLimit() => new() { Limit = 500 };

    [Fact]
    public void The_chosen_constraint_is_a_mined_warning_in_the_spec()
    {
        var violation = Assert.Single(OverTheDocumentedLimit().Validate().Violations);

        Assert.Equal((Rule, "/Limit", RuleSeverity.Warning), (violation.RuleId, violation.Path, violation.Severity));
    }

    [Fact]
    public async Task By_default_a_warning_is_logged_and_the_request_is_sent()
    {
        var handler = new RecordingHandler();
        var logs = new Logs();
        var client = new GaapClient(new HttpClient(handler), Key, Options(o => o.LoggerFactory = logs));

        await client.DescribeProxiesAsync(OverTheDocumentedLimit());

        Assert.Equal(1, handler.Count);
        var line = Assert.Single(logs.Lines, l => l.EventId == 6);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains($"/Limit [{Rule}]", line.Message);
        Assert.DoesNotContain("500", line.Message);
    }

    [Fact]
    public async Task Under_TreatWarningsAsErrors_the_call_fails_before_any_request_naming_the_field()
    {
        var handler = new RecordingHandler();
        var client = new GaapClient(new HttpClient(handler), Key, Options(o => o.TreatWarningsAsErrors = true));

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => client.DescribeProxiesAsync(OverTheDocumentedLimit()));

        Assert.Equal(0, handler.Count);
        Assert.Equal("DescribeProxies", error.Action);
        var violation = Assert.Single(error.Violations);
        Assert.Equal((Rule, "/Limit", RuleSeverity.Warning), (violation.RuleId, violation.Path, violation.Severity));
        Assert.Same(violation, Assert.Single(error.WarningsAsErrors));
        Assert.Contains($"warning treated as error /Limit: Limit should be at most 100 (was 500) [{Rule}]", error.Message);
        Assert.Contains("documented by Tencent", error.Message);
    }

    [Fact]
    public async Task A_rule_in_WarningsNotAsErrors_stays_a_warning_and_a_valid_request_is_sent()
    {
        var handler = new RecordingHandler();
        var client = new GaapClient(new HttpClient(handler), Key, Options(o =>
        {
            o.TreatWarningsAsErrors = true;
            o.WarningsNotAsErrors.Add(Rule);
        }));

        await client.DescribeProxiesAsync(OverTheDocumentedLimit());
        await client.DescribeProxiesAsync(new DescribeProxiesRequest { Limit = 100, Order = "asc" });

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task An_error_fails_the_call_with_the_same_message_whether_or_not_the_option_is_on()
    {
        var handler = new RecordingHandler();
        var request = EmulatorFixture.Request() with { HealthyThreshold = 11 };

        var off = await Assert.ThrowsAsync<RequestValidationException>(() => new GaapClient(new HttpClient(handler), Key, Options()).CreateTCPListenersAsync(request));
        var on = await Assert.ThrowsAsync<RequestValidationException>(() => new GaapClient(new HttpClient(handler), Key, Options(o => o.TreatWarningsAsErrors = true)).CreateTCPListenersAsync(request));

        Assert.Equal(0, handler.Count);
        Assert.Empty(off.WarningsAsErrors);
        Assert.Empty(on.WarningsAsErrors);
        Assert.Equal(off.Message, on.Message);
        Assert.Contains("error /HealthyThreshold", on.Message);
    }

    [Fact]
    public async Task The_option_is_read_from_the_TencentCloud_section_and_a_clients_own_section()
    {
        var handler = new RecordingHandler();
        var services = new ServiceCollection();
        services.AddTcApi(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TencentCloud:Endpoint"] = "http://127.0.0.1:9",
            ["TencentCloud:Region"] = "ap-guangzhou",
            ["TencentCloud:TreatWarningsAsErrors"] = "true",
            ["TencentCloud:WarningsNotAsErrors"] = "DescribeProxies.Order.allowedValues; DescribeProxies.OrderField.allowedValues",
            ["TencentCloud:Clients:GaapClient:WarningsNotAsErrors:0"] = "DescribeProxies.ProxyIds.itemCount",
        }).Build(), o => o.Credentials = Key);
        services.AddTencentCloudClient((http, credentials, options) => new GaapClient(http, credentials, options))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<GaapClient>();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => client.DescribeProxiesAsync(OverTheDocumentedLimit()));
        await client.DescribeProxiesAsync(new DescribeProxiesRequest { Order = "ascending", ProxyIds = Enumerable.Range(0, 101).Select(i => "link-" + i).ToList() });

        Assert.Equal("/Limit", Assert.Single(error.WarningsAsErrors).Path);
        Assert.Equal(1, handler.Count);
    }

    private static TencentCloudClientOptions Options(Action<TencentCloudClientOptions>? configure = null)
    {
        var options = new TencentCloudClientOptions { Endpoint = "http://127.0.0.1:9", Region = "ap-guangzhou", Retry = { MaxAttempts = 1 } };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Counts what reaches the wire and answers an empty DescribeProxies page.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("{\"Response\":{\"TotalCount\":0,\"InstanceSet\":[],\"ProxySet\":[],\"RequestId\":\"req-1\"}}", Encoding.UTF8, "application/json"),
            });
        }
    }

    private sealed class Logs : ILoggerFactory
    {
        public ConcurrentQueue<(LogLevel Level, int EventId, string Message)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(Logs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue((logLevel, eventId.Id, formatter(state, exception)));
        }
    }
}
