using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using TcApi.Client;
using TcApi.Emulator.Cloud;
using TcApi.Errors;
using TcApi.Signing;
using TcApi.Tool.CorpusCheck;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.RoundTrip;

/// <summary>
/// Sends every published example of a loaded binding through its generated client (real signing, real transport over
/// an in-process handler) to a local cloud serving that binding, and classifies what came back. Reflection finds the
/// generated client and its methods: this is a test tool; the shipped runtime needs none.
/// </summary>
internal sealed class ExampleSender
{
    private readonly LocalCloud _cloud;
    private readonly object _client;
    private readonly Type _clientType;
    private readonly IReadOnlyDictionary<string, ApiActionDescriptor> _actions;

    private ExampleSender(LocalCloud cloud, object client, IReadOnlyDictionary<string, ApiActionDescriptor> actions)
    {
        _cloud = cloud;
        _client = client;
        _clientType = client.GetType();
        _actions = actions;
    }

    public Dictionary<RoundTripOutcome, int> Counts { get; } = new();

    public List<RoundTripFinding> Findings { get; } = new();

    public static async Task<ExampleSender> SendAllAsync(JsonObject spec, Assembly binding, IReadOnlyList<ApiActionDescriptor> actions)
    {
        // Every documented rate limit lifted: the examples of one action go out back to back.
        await using var cloud = new LocalCloud(new LocalCloudOptions { RateLimitPerSecond = 1_000_000 });
        cloud.Service(actions);
        using var http = cloud.CreateHttpClient();
        var options = new TencentCloudClientOptions { Region = "ap-guangzhou", RateLimiting = false, Retry = new RetryOptions { MaxAttempts = 1 } };
        var clientType = binding.GetTypes().Single(t => t.GetProperty("Core")?.PropertyType == typeof(TencentCloudClient));
        var client = Activator.CreateInstance(clientType, http, cloud.Credential, options)!;
        var sender = new ExampleSender(cloud, client, actions.ToDictionary(a => a.Info.Action, StringComparer.Ordinal));
        foreach (var action in spec["actions"]!.AsArray().Select(a => a!.AsObject()))
        {
            var name = (string)action["name"]!;
            if (action["examples"] is not JsonArray examples || !sender._actions.TryGetValue(name, out var descriptor))
            {
                continue;
            }

            foreach (var example in examples.Select(e => e!.AsObject()))
            {
                var title = (string?)example["title"] ?? string.Empty;
                RoundTripOutcome outcome;
                string reason;
                try
                {
                    (outcome, reason) = await sender.SendAsync(name, example, examples, descriptor);
                    if (outcome == RoundTripOutcome.AnsweredWithAnotherOutput)
                    {
                        reason += SameInput(examples, example);
                    }
                }
                catch (Exception e)
                {
                    (outcome, reason) = (RoundTripOutcome.Failure, $"{e.GetType().Name}: {e.Message}");
                }

                sender.Counts[outcome] = sender.Counts.GetValueOrDefault(outcome) + 1;
                if (!outcome.IsRoundTrip())
                {
                    sender.Findings.Add(new RoundTripFinding(name, title, outcome, reason));
                }
            }
        }

        return sender;
    }

    private async Task<(RoundTripOutcome, string)> SendAsync(string action, JsonObject example, JsonArray examples, ApiActionDescriptor descriptor)
    {
        if (example["input"] is not JsonObject input)
        {
            return (RoundTripOutcome.UnreadableUpstream, "input: " + PublishedText.Excerpt((string?)example["inputText"] ?? string.Empty));
        }

        IApiRequest request;
        try
        {
            request = descriptor.ReadRequest(Encoding.UTF8.GetBytes(input.ToJsonString()));
        }
        catch (RequestReadException e)
        {
            return (RoundTripOutcome.InputContradictsMetadata, $"{e.ErrorCode} at {e.Path}: {(e.InnerException as WireFormatException)?.Reason ?? e.Message}");
        }

        var outputText = (string?)example["outputText"] ?? string.Empty;
        var output = example["output"];
        var streamed = output is null && PublishedText.IsStreaming(outputText);
        if (output is null && !streamed && outputText.Trim().Length > 0)
        {
            return (RoundTripOutcome.UnreadableUpstream, "output: " + PublishedText.Excerpt(outputText));
        }

        var expectedError = (string?)output?["Response"]?["Error"]?["Code"];
        var callsBefore = _cloud.Calls.Count;
        try
        {
            if (streamed)
            {
                var events = await StreamAsync(action, request, descriptor);
                return (RoundTripOutcome.RoundTrippedStream, $"{events} events");
            }

            await CallAsync(action, request, descriptor);
        }
        catch (RequestValidationException e)
        {
            return (RoundTripOutcome.RejectedByClientValidation, e.Message);
        }
        catch (TencentCloudApiException e)
        {
            if (expectedError is not null && e.RawCode == expectedError)
            {
                return (RoundTripOutcome.RoundTrippedError, string.Empty);
            }

            // Another example's error (one with the same input, published first) is the local cloud's choice among
            // ambiguous examples; only an error no example shows is the local cloud's own refusal.
            return IsFromExample(callsBefore, output) || AnsweredFromAnExample(callsBefore, examples)
                ? (RoundTripOutcome.AnsweredWithAnotherOutput, $"{e.RawCode}: {e.ServerMessage}")
                : (RoundTripOutcome.RejectedByLocalCloud, $"{e.RawCode}: {e.ServerMessage}");
        }
        catch (ResponseFormatException e)
        {
            return OutputRefused(e, string.Empty);
        }

        if (output is null)
        {
            return (RoundTripOutcome.SentNoPublishedOutput, string.Empty);
        }

        if (expectedError is not null)
        {
            return (RoundTripOutcome.AnsweredWithAnotherOutput, $"expected the error {expectedError}, the call succeeded");
        }

        return IsFromExample(callsBefore, output)
            ? (RoundTripOutcome.RoundTripped, string.Empty)
            : WhyAnotherOutput(callsBefore, input, output, descriptor);
    }

    /// <summary>
    /// The local cloud answers the example whose input is the request as sent, if its output reads with the binding;
    /// else the success example closest to the request that reads (docs/emulator.md, "Answers"). Says which of those
    /// kept this example's output from being chosen.
    /// </summary>
    private (RoundTripOutcome, string) WhyAnotherOutput(int callsBefore, JsonObject input, JsonNode output, ApiActionDescriptor descriptor)
    {
        try
        {
            descriptor.ReadResponse(Encoding.UTF8.GetBytes(output.ToJsonString()));
        }
        catch (ResponseFormatException e)
        {
            return OutputRefused(e, "the local cloud will not answer with it: ");
        }

        var calls = _cloud.Calls;
        if (calls.Count > callsBefore && !JsonNode.DeepEquals(JsonNode.Parse(calls[^1].RequestJson), input))
        {
            return (RoundTripOutcome.AnsweredWithAnotherOutput, $"the client sent other JSON than the example's input ({Excerpt(calls[^1].RequestJson)} for {Excerpt(input.ToJsonString())}), so the local cloud answered the example closest to it");
        }

        return (RoundTripOutcome.AnsweredWithAnotherOutput, "the answer is not this example's output");
    }

    /// <summary>No envelope at all is the corpus check's "upstream: no Response envelope" (bare events, bodies without it); a value of another kind contradicts the metadata.</summary>
    private static (RoundTripOutcome, string) OutputRefused(ResponseFormatException e, string prefix) =>
        e.Path is "" or "/Response"
            ? (RoundTripOutcome.UnreadableUpstream, $"output: no Response envelope ({e.Reason})")
            : (RoundTripOutcome.OutputContradictsMetadata, $"{prefix}{e.Path}: {e.Reason}");

    private static string Excerpt(string json) => json.Length > 90 ? json[..90] + "…" : json;

    /// <summary>Names the other examples of the action whose input is this one's: the local cloud answers the first.</summary>
    private static string SameInput(JsonArray examples, JsonObject example)
    {
        var same = examples.Select(e => e!.AsObject())
            .Where(e => !ReferenceEquals(e, example) && JsonNode.DeepEquals(e["input"], example["input"]))
            .Select(e => $"'{(string?)e["title"]}'")
            .ToList();
        return same.Count == 0 ? "; no other example has the same input" : $"; the same input as {string.Join(", ", same)}";
    }

    /// <summary>Whether the local cloud's answer to the last call is <paramref name="output"/>, apart from the fresh RequestId.</summary>
    private bool IsFromExample(int callsBefore, JsonNode? output) =>
        LastAnswer(callsBefore) is { } answered && PublishedAnswers.Equal(answered, output);

    /// <summary>Whether the local cloud's answer to the last call is the output of any of the action's examples.</summary>
    private bool AnsweredFromAnExample(int callsBefore, JsonArray examples) =>
        LastAnswer(callsBefore) is { } answered && PublishedAnswers.IsOneOf(answered, examples);

    /// <summary>The body the local cloud sent for the last call: JSON, or a stream's events as text.</summary>
    private string? LastAnswer(int callsBefore)
    {
        var calls = _cloud.Calls;
        return calls.Count <= callsBefore ? null : calls[^1].ResponseJson;
    }

    private async Task CallAsync(string action, IApiRequest request, ApiActionDescriptor descriptor)
    {
        var method = _clientType.GetMethod($"{action}Async", [descriptor.RequestType, typeof(CancellationToken)])
            ?? throw new InvalidOperationException($"the generated client has no {action}Async({descriptor.RequestType.Name}, CancellationToken)");
        var task = (Task)method.Invoke(_client, [request, CancellationToken.None])!;
        await task;
    }

    private async Task<int> StreamAsync(string action, IApiRequest request, ApiActionDescriptor descriptor)
    {
        var method = _clientType.GetMethod($"{action}StreamAsync", [descriptor.RequestType, typeof(CancellationToken)])
            ?? throw new InvalidOperationException($"the generated client has no {action}StreamAsync for a streamed example");
        var stream = method.Invoke(_client, [request, CancellationToken.None])!;
        var drain = typeof(ExampleSender).GetMethod(nameof(DrainAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(descriptor.ResponseType);
        return await (Task<int>)drain.Invoke(null, [stream])!;
    }

    private static async Task<int> DrainAsync<T>(IAsyncEnumerable<T> events)
    {
        var count = 0;
        await foreach (var _ in events)
        {
            count++;
        }

        return count;
    }
}
