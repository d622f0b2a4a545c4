using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Client;
using TcApi.Emulator.Actions;
using TcApi.Signing;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// A local Tencent Cloud: one endpoint for every service version it serves. It routes on the host, the credential
/// scope and X-TC-Action/X-TC-Version, verifies TC3 signatures with the service's own scope, reads each request as
/// the service does, enforces documented rate limits, honours ClientToken, records every call, and answers with a
/// test's typed handler, a planned error or fault, the published example, or an answer made from the response's types.
/// Use it in-process (<see cref="CreateHandler"/>) or on a loopback port (<see cref="ListenAsync"/>).
/// </summary>
public sealed class LocalCloud : IAsyncDisposable
{
    private readonly List<CloudService> _services = [];
    private readonly object _gate = new();
    private readonly Queue<CloudCall> _calls = new();
    private readonly ConcurrentDictionary<string, SlidingRateWindow> _rates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _tokens = new(StringComparer.Ordinal);
    private readonly SignatureVerifier _verifier;
    private readonly PlannedFaults _faults = new();
    private CloudServer? _server;

    public LocalCloud(LocalCloudOptions? options = null)
    {
        Options = options ?? new LocalCloudOptions();
        _verifier = new SignatureVerifier(Options.Credential, Options.TimeProvider, string.Empty);
    }

    /// <summary>How it accepts, reads and answers.</summary>
    public LocalCloudOptions Options { get; }

    /// <summary>The credential whose signatures it accepts.</summary>
    public Credential Credential => Options.Credential;

    /// <summary>The service versions it serves, in the order added.</summary>
    public IReadOnlyList<CloudService> Services
    {
        get
        {
            lock (_gate)
            {
                return _services.ToList();
            }
        }
    }

    /// <summary>The calls received, oldest first (the latest <see cref="LocalCloudOptions.MaxRecordedCalls"/>).</summary>
    public IReadOnlyList<CloudCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>Forgets the calls recorded so far.</summary>
    public void ClearCalls()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }

    /// <summary>GAAP's connections, groups and listeners, when GAAP 2018-05-29 is served by name (its listener workflow keeps state).</summary>
    public EmulatorState? GaapState { get; private set; }

    /// <summary>The address of the loopback server, once <see cref="ListenAsync"/> started it.</summary>
    public Uri? Address => _server?.Address;

    /// <summary>
    /// Serves a catalogue service version, <c>cvm</c> or <c>cvm@2017-03-12</c> (the newest when no version is named);
    /// requests are read from its shapes. Serving it again returns the same service.
    /// </summary>
    public CloudService Service(string selection)
    {
        var (name, version) = CloudCatalog.ParseSelection(selection);
        var shapes = CloudCatalog.Load(name, version);
        return Add(shapes, null);
    }

    /// <summary>
    /// Serves the service version of a generated binding (<c>CvmActions.All</c>): requests are read into its types, and
    /// typed handlers (<see cref="CloudService.On{TRequest,TResponse}(Func{TRequest,TResponse})"/>) can answer them.
    /// </summary>
    public CloudService Service(IReadOnlyList<ApiActionDescriptor> binding)
    {
        var info = binding.Count > 0 ? binding[0].Info : throw new ArgumentException("The binding has no actions.", nameof(binding));
        return Add(CloudCatalog.Load(info.Service, info.Version), binding);
    }

    /// <summary>Shows <paramref name="fault"/> on the next <paramref name="times"/> calls, whatever their service.</summary>
    public LocalCloud Fault(Fault fault, int times = 1)
    {
        _faults.Add(null, fault, times);
        return this;
    }

    /// <summary>An in-process handler: give it to an HttpClient and point nothing anywhere (every request it sees is answered here).</summary>
    public HttpMessageHandler CreateHandler() => new LocalCloudHandler(this);

    /// <summary>An HttpClient over <see cref="CreateHandler"/>.</summary>
    public HttpClient CreateHttpClient() => new(CreateHandler());

    /// <summary>Starts a server on 127.0.0.1 (<paramref name="port"/> 0: a free one) for clients in other processes and languages.</summary>
    public async Task<Uri> ListenAsync(int port = 0, CancellationToken cancellationToken = default)
    {
        if (_server is not null)
        {
            throw new InvalidOperationException($"Already listening on {_server.Address}.");
        }

        _server = await CloudServer.StartAsync(this, port, cancellationToken).ConfigureAwait(false);
        return _server.Address;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private CloudService Add(ServiceShapes shapes, IReadOnlyList<ApiActionDescriptor>? binding)
    {
        lock (_gate)
        {
            var existing = _services.FirstOrDefault(s => s.Name == shapes.Service && s.Version == shapes.Version);
            if (existing is not null && (binding is null || existing.Typed))
            {
                return existing;
            }

            var gaap = binding is null && shapes.Service == "gaap" && shapes.Version == Gaap.V20180529.GaapActions.All[0].Info.Version;
            var service = new CloudService(this, shapes, gaap ? Gaap.V20180529.GaapActions.All : binding);
            if (gaap)
            {
                // GAAP keeps the emulator's stateful listener workflow, read by the emulator's own binding.
                GaapState = new EmulatorState(20, Options.TimeProvider);
                var state = GaapState;
                foreach (var name in StatefulActions.Names)
                {
                    var handler = StatefulActions.For(name)!;
                    service.Handlers[name] = (request, context) => handler(request, new ActionContext(state, context.RequestId));
                }
            }

            if (existing is not null)
            {
                _services[_services.IndexOf(existing)] = service;
            }
            else
            {
                _services.Add(service);
            }

            return service;
        }
    }

    internal async Task<CloudAnswer> HandleAsync(CloudRequest request)
    {
        var time = Options.TimeProvider.GetUtcNow();
        var requestId = Guid.NewGuid().ToString();
        var header = request.Header;
        string action = header("x-tc-action"), version = header("x-tc-version");
        CloudService? service = null;
        IApiRequest? typed = null;
        Fault? fault = null;
        CloudAnswer answer;
        string? error = null;
        try
        {
            service = Route(request, action, version);
            fault = _faults.Take(action) ?? service?.Planned.Take(action);
            if (fault is DelayFault delay)
            {
                await Task.Delay(delay.Duration, Options.TimeProvider).ConfigureAwait(false);
                fault = null;
            }

            if (fault is not null and not ApiErrorFault)
            {
                answer = new CloudAnswer([], Fault: fault);
            }
            else
            {
                if (service is null)
                {
                    throw new ApiErrorResult("InvalidAction", $"No service this local cloud serves has the action {action} (version {version}).");
                }

                _verifier.Verify(request.Method, request.Host, header, request.Body, [service.Name]);
                if (fault is ApiErrorFault planned)
                {
                    throw new ApiErrorResult(planned.Code, planned.Message);
                }

                (answer, typed) = Answer(service, action, request.Body, new CloudCallContext(requestId, header("x-tc-region"), time));
            }
        }
        catch (ApiErrorResult e)
        {
            error = e.Code;
            answer = new CloudAnswer(ErrorAnswer(e.Code, e.Message, requestId));
        }

        if (error is null && answer.Fault is null && !answer.IsEventStream)
        {
            error = ErrorCodeOf(answer.Body);
        }

        lock (_gate)
        {
            _calls.Enqueue(new CloudCall(service?.Name ?? string.Empty, version, action, Encoding.UTF8.GetString(request.Body), typed,
                Encoding.UTF8.GetString(answer.Body), error, answer.Fault, time));
            while (_calls.Count > Options.MaxRecordedCalls)
            {
                _calls.Dequeue();
            }
        }

        return answer;
    }

    /// <summary>
    /// The service a request is for: the host's first label when it names one served (cvm.tencentcloudapi.com), else the
    /// credential scope's service, else the one served service version that has the action at that version (clients
    /// pointed at 127.0.0.1 that put the host's label in the scope).
    /// </summary>
    private CloudService? Route(CloudRequest request, string action, string version)
    {
        if (action.Length == 0 || version.Length == 0)
        {
            throw new ApiErrorResult("MissingParameter", $"The request is missing the required parameter {(action.Length == 0 ? "X-TC-Action" : "X-TC-Version")} (a header).");
        }

        var services = Services;
        var hostLabel = request.Host.Split('.', ':')[0];
        var scope = request.Header("authorization").Split("Credential=", 2) is [_, var rest] ? rest.Split('/') is { Length: > 2 } parts ? parts[2] : null : null;
        foreach (var name in (string?[])[hostLabel, scope])
        {
            var named = services.Where(s => s.Name == name).ToList();
            if (named.Count > 0)
            {
                return named.FirstOrDefault(s => s.Version == version)
                    ?? throw new ApiErrorResult("NoSuchVersion", $"The API version {version} of {name} does not exist here (served: {string.Join(", ", named.Select(s => s.Version))}).");
            }
        }

        return services.FirstOrDefault(s => s.Version == version && (s.Shapes.Actions.ContainsKey(action) || s.Binding(action) is not null));
    }

    private (CloudAnswer, IApiRequest?) Answer(CloudService service, string action, byte[] body, CloudCallContext context)
    {
        var descriptor = service.Binding(action);
        var shape = service.Shapes.Actions.GetValueOrDefault(action);
        if (descriptor is null && shape is null)
        {
            throw new ApiErrorResult("InvalidAction", $"The action {action} does not exist in {service.Name} {service.Version}.");
        }

        var limit = Options.RateLimitPerSecond ?? descriptor?.Info.RateLimitPerSecond ?? shape?.RateLimitPerSecond;
        if (limit is { } perSecond &&
            !_rates.GetOrAdd($"{service.Name}@{service.Version}/{action}", _ => new SlidingRateWindow(perSecond, Options.TimeProvider)).TryEnter())
        {
            throw new ApiErrorResult("RequestLimitExceeded", $"More than {perSecond} {action} requests per second.");
        }

        var typed = Read(service, descriptor, shape, body);
        using var document = Parsed(body);
        var sent = document?.RootElement ?? default;
        var token = ClientToken(sent, shape?.ClientTokenMember ?? descriptor?.Info.ClientTokenMember);
        var key = token is null ? null : $"{service.Name}@{service.Version}/{action}/{token}";
        if (key is not null && _tokens.TryGetValue(key, out var first))
        {
            // The service answers a repeated ClientToken with what it answered first, and does nothing again.
            return (new CloudAnswer(first), typed);
        }

        CloudAnswer answer;
        if (typed is not null && service.Handlers.TryGetValue(action, out var handler))
        {
            answer = new CloudAnswer(WithRequestId(handler(typed, context), context.RequestId));
        }
        else
        {
            answer = (Options.SynthesiseAnswers ? null : Published(descriptor, shape, sent, context.RequestId))
                ?? new CloudAnswer(Synthesised(service, shape, context.RequestId));
        }

        if (key is not null && !answer.IsEventStream && ErrorCodeOf(answer.Body) is null)
        {
            answer = new CloudAnswer(_tokens.GetOrAdd(key, answer.Body));
        }

        return (answer, typed);
    }

    /// <summary>Reads the body as the service does: by the generated binding when there is one, else by the shapes.</summary>
    private IApiRequest? Read(CloudService service, ApiActionDescriptor? descriptor, ActionShape? shape, byte[] body)
    {
        if (descriptor is null)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            }
            catch (JsonException e)
            {
                throw new ApiErrorResult("InvalidParameter", $"The request body is not JSON: {e.Message}");
            }

            using (document)
            {
                new RequestChecker(service.Shapes, Options.EnforceDocumentedConstraints).Check(shape!, document.RootElement);
            }

            return null;
        }

        IApiRequest read;
        try
        {
            read = descriptor.ReadRequest(body.Length == 0 ? "{}"u8 : body);
        }
        catch (RequestReadException e)
        {
            throw new ApiErrorResult(e.ErrorCode, e.Message);
        }

        var broken = read.Validate().Violations.FirstOrDefault(v => v.Severity == RuleSeverity.Error || Options.EnforceDocumentedConstraints);
        if (broken is not null)
        {
            throw new ApiErrorResult(broken.ErrorCode, $"{broken.Message} ({broken.Path})");
        }

        if (Options.EnforceDocumentedConstraints && shape is not null)
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
            new RequestChecker(service.Shapes, true).Check(shape, document.RootElement);
        }

        return read;
    }

    /// <summary>The published example <see cref="ExampleChoice"/> chooses for this call, with a fresh RequestId (a streamed one as its <c>data:</c> events); null when none fits.</summary>
    private static CloudAnswer? Published(ApiActionDescriptor? descriptor, ActionShape? shape, JsonElement sent, string requestId)
    {
        if (shape is null || shape.Examples.Count == 0)
        {
            return null;
        }

        return ExampleChoice.Choose(shape.PreparedExamples, sent, Streamed(shape, sent), descriptor) switch
        {
            null => null,
            { Events: { } events } => new CloudAnswer(events, "text/event-stream"),
            var example => new CloudAnswer(example.Answer(requestId)),
        };
    }

    /// <summary>Whether the call asks for a stream: the action streams, and sets its request flag when it has one.</summary>
    private static bool Streamed(ActionShape shape, JsonElement sent)
    {
        if (!shape.Streams || shape.StreamFlag is not { } flag)
        {
            return shape.Streams;
        }

        return sent.ValueKind == JsonValueKind.Object && sent.TryGetProperty(flag, out var value) &&
            (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var one) && one == 1));
    }

    private byte[] Synthesised(CloudService service, ActionShape? shape, string requestId)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (shape is null)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("Response");
                writer.WriteString("RequestId", requestId);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else
            {
                new AnswerSynthesizer(service.Shapes, Options.Seed).Write(shape, writer, requestId);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] WithRequestId(IApiResponse response, string requestId)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            response.WriteTo(writer);
        }

        if (!string.IsNullOrEmpty(response.RequestId))
        {
            return buffer.WrittenSpan.ToArray();
        }

        var node = JsonNode.Parse(buffer.WrittenSpan)!;
        node["Response"]!["RequestId"] = requestId;
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    /// <summary>The request's idempotency key, when the action has one (<paramref name="member"/>) and the request fills it.</summary>
    private static string? ClientToken(JsonElement sent, string? member) =>
        member is not null && sent.ValueKind == JsonValueKind.Object && sent.TryGetProperty(member, out var token) &&
        token.ValueKind == JsonValueKind.String && token.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>The body as JSON (an empty body as <c>{}</c>); null when it is not JSON (it was read already, so only a binding's lenient reader lets one through).</summary>
    private static JsonDocument? Parsed(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ErrorCodeOf(byte[] answer)
    {
        if (answer.AsSpan().IndexOf("\"Error\""u8) < 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(answer);
        return document.RootElement.TryGetProperty("Response", out var response) && response.TryGetProperty("Error", out var error) &&
            error.ValueKind == JsonValueKind.Object && error.TryGetProperty("Code", out var code) ? code.GetString() : null;
    }

    internal static byte[] ErrorAnswer(string code, string message, string requestId)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("Response"u8);
            writer.WriteStartObject("Error"u8);
            writer.WriteString("Code"u8, code);
            writer.WriteString("Message"u8, message);
            writer.WriteEndObject();
            writer.WriteString("RequestId"u8, requestId);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
