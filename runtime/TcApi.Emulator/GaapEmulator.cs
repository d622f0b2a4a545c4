using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TcApi.Emulator.Actions;
using TcApi.Gaap.V20180529;
using TcApi.Signing;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Emulator;

/// <summary>
/// A local GAAP endpoint that behaves like gaap.tencentcloudapi.com for every action of GAAP 2018-05-29: it verifies
/// signatures, routes on X-TC-Action and X-TC-Version, reads each request as the service does and checks it with the
/// spec's rules, enforces documented rate limits, keeps state for the listener workflow (create, list, change, delete;
/// the seeded connections and groups), answers other actions with their published example, and answers in the real
/// envelope. Listens on 127.0.0.1 only. Tests can queue faults.
/// </summary>
public sealed class GaapEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorOptions _options;
    private readonly SignatureVerifier _verifier;
    private readonly Dictionary<string, SlidingRateWindow> _rates = new(StringComparer.Ordinal);
    private readonly PublishedAnswers _published = PublishedAnswers.Load();

    private GaapEmulator(WebApplication app, EmulatorOptions options)
    {
        _app = app;
        _options = options;
        _verifier = new SignatureVerifier(options.Credential, options.TimeProvider, CreateTCPListenersRequest.ServiceName);
        foreach (var action in GaapActions.All.Where(a => a.Info.RateLimitPerSecond is not null))
        {
            _rates[action.Info.Action] = new SlidingRateWindow(options.RateLimitPerSecond ?? action.Info.RateLimitPerSecond!.Value, options.TimeProvider);
        }

        State = new EmulatorState(options.ListenerLimit, options.TimeProvider);
    }

    /// <summary>The address to send requests to, e.g. http://127.0.0.1:49152/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The credential whose signatures the emulator accepts.</summary>
    public Credential Credential => _options.Credential;

    /// <summary>Connections, groups and listeners.</summary>
    public EmulatorState State { get; }

    /// <summary>Faults to show on the next requests.</summary>
    public FaultQueue Faults { get; } = new();

    /// <summary>How many requests it has received.</summary>
    public int RequestCount => _requests;

    /// <summary>The most calls of one rate-limited action (CreateTCPListeners) it accepted within any one second.</summary>
    public int PeakCallsPerSecond => _rates.Values.Select(r => r.Peak).DefaultIfEmpty(0).Max();

    private int _requests;

    /// <summary>Starts an emulator on 127.0.0.1.</summary>
    public static async Task<GaapEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        var app = builder.Build();
        var emulator = new GaapEmulator(app, options);
        app.MapPost("/", emulator.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A port in use: nothing listens, but the host's services were built; release them before saying so.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        emulator.Address = new Uri(address.TrimEnd('/') + "/");
        return emulator;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var fault = Faults.Next();
        if (fault is not null and not ApiErrorFault && await ApplyAsync(fault, context).ConfigureAwait(false))
        {
            return;
        }

        var requestId = Guid.NewGuid().ToString();
        byte[] answer;
        try
        {
            var body = await ReadBodyAsync(context.Request).ConfigureAwait(false);
            if (fault is ApiErrorFault injected)
            {
                throw new ApiErrorResult(injected.Code, injected.Message);
            }

            answer = Route(context.Request, body, requestId);
        }
        catch (ApiErrorResult error)
        {
            answer = ErrorAnswer(error, requestId);
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(answer).ConfigureAwait(false);
    }

    private byte[] Route(HttpRequest request, byte[] body, string requestId)
    {
        _verifier.Verify(request, body);
        var name = CommonParameter(request, "X-TC-Action");
        var action = GaapActions.Find(name) ?? throw new ApiErrorResult("InvalidAction", $"The action {name} does not exist.");
        var version = CommonParameter(request, "X-TC-Version");
        if (version != action.Info.Version)
        {
            throw new ApiErrorResult("NoSuchVersion", $"The API version {version} does not exist.");
        }

        if (_rates.TryGetValue(name, out var rate) && !rate.TryEnter())
        {
            throw new ApiErrorResult("RequestLimitExceeded", $"More than {_options.RateLimitPerSecond ?? action.Info.RateLimitPerSecond} {name} requests per second.");
        }

        IApiRequest read;
        try
        {
            read = action.ReadRequest(body);
        }
        catch (RequestReadException e)
        {
            throw new ApiErrorResult(e.ErrorCode, e.Message);
        }

        var firstError = read.Validate().Violations.FirstOrDefault(v => v.Severity == RuleSeverity.Error);
        if (firstError is not null)
        {
            throw new ApiErrorResult(firstError.ErrorCode, $"{firstError.Message} ({firstError.Path})");
        }

        if (StatefulActions.For(name) is not { } handler)
        {
            return _published.For(name, requestId);
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            handler(read, new ActionContext(State, requestId)).WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A required common parameter's header; missing or empty, it is MissingParameter, as the service answers.</summary>
    private static string CommonParameter(HttpRequest request, string header)
    {
        var value = request.Headers[header].ToString();
        return value.Length > 0 ? value : throw new ApiErrorResult("MissingParameter", $"The request is missing the required parameter {header} (a header).");
    }

    private static byte[] ErrorAnswer(ApiErrorResult error, string requestId)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("Response"u8);
            writer.WriteStartObject("Error"u8);
            writer.WriteString("Code"u8, error.Code);
            writer.WriteString("Message"u8, error.Message);
            writer.WriteEndObject();
            writer.WriteString("RequestId"u8, requestId);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var memory = new MemoryStream();
        await request.Body.CopyToAsync(memory).ConfigureAwait(false);
        return memory.ToArray();
    }

    /// <summary>Applies a fault; true when it replaced the answer.</summary>
    private static async Task<bool> ApplyAsync(Fault fault, HttpContext context)
    {
        switch (fault)
        {
            case DelayFault delay:
                await Task.Delay(delay.Duration, context.RequestAborted).ConfigureAwait(false);
                return false;
            case StatusFault status:
                context.Response.StatusCode = (int)status.Code;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync($"{(int)status.Code} {status.Code} (injected by the emulator)").ConfigureAwait(false);
                return true;
            case HtmlFault:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><head><title>Sign in to the network</title></head><body>Please sign in.</body></html>").ConfigureAwait(false);
                return true;
            case TruncatedFault:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"Response\":{\"ListenerIds\":[\"listener-")).ConfigureAwait(false);
                return true;
            default:
                context.Abort();
                return true;
        }
    }
}
