using System.Text;
using System.Text.Json.Nodes;
using TcApi.Client;
using TcApi.Errors;
using TcApi.Wire;

namespace TcApi.Tool.CorpusCheck;

/// <summary>A side of a published example that was not simply read, with where and why.</summary>
public sealed record ExampleFinding(string ServiceVersion, string Action, string Title, ExampleOutcome Outcome, string Path, string Reason)
{
    /// <summary>For an output refused strictly: how a client reads it (leniently) and how the official SDK's Newtonsoft models read it.</summary>
    public LenientComparison? Lenient { get; init; }
}

/// <summary>An example refused by the strict reader, read leniently by TcApi and by Newtonsoft; each with what it holds.</summary>
public sealed record LenientComparison(bool TcApiReads, string TcApiHolds, bool NewtonsoftReads, string NewtonsoftHolds);

/// <summary>
/// Reads every published example of a spec with its action's readers: the input with the strict request reader, the
/// output with the tolerant response reader, as an emulator or a client would. Nothing escapes: each side ends in an
/// <see cref="ExampleOutcome"/>.
/// </summary>
internal sealed class ExampleReplay
{
    private readonly string _serviceVersion;
    private readonly IReadOnlyDictionary<string, ApiActionDescriptor> _actions;

    public ExampleReplay(string serviceVersion, IReadOnlyDictionary<string, ApiActionDescriptor> actions)
    {
        _serviceVersion = serviceVersion;
        _actions = actions;
    }

    public Dictionary<ExampleOutcome, int> Counts { get; } = new();

    public List<ExampleFinding> Findings { get; } = new();

    public void ReadAll(JsonObject spec)
    {
        foreach (var action in spec["actions"]!.AsArray().Select(a => a!.AsObject()))
        {
            var name = (string)action["name"]!;
            if (action["examples"] is not JsonArray examples || !_actions.TryGetValue(name, out var descriptor))
            {
                continue;
            }

            foreach (var example in examples.Select(e => e!.AsObject()))
            {
                var title = (string?)example["title"] ?? string.Empty;
                Count(name, title, ReadInput(example, descriptor));
                var output = ReadOutput(example, descriptor);
                Count(name, title, (output.Outcome, output.Path, output.Reason), output.Lenient);
            }
        }
    }

    private void Count(string action, string title, (ExampleOutcome Outcome, string Path, string Reason) result, LenientComparison? lenient = null)
    {
        Counts[result.Outcome] = Counts.GetValueOrDefault(result.Outcome) + 1;
        if (result.Outcome.Kind() != OutcomeKind.Read && result.Outcome != ExampleOutcome.OutputNone)
        {
            Findings.Add(new ExampleFinding(_serviceVersion, action, title, result.Outcome, result.Path, result.Reason) { Lenient = lenient });
        }
    }

    private static (ExampleOutcome, string, string) ReadInput(JsonObject example, ApiActionDescriptor descriptor)
    {
        var format = (string?)example["inputFormat"];
        if (example["input"] is JsonObject input)
        {
            try
            {
                descriptor.ReadRequest(Encoding.UTF8.GetBytes(input.ToJsonString()));
                return (format == "query" ? ExampleOutcome.InputReadFromQuery : ExampleOutcome.InputRead, string.Empty, string.Empty);
            }
            catch (RequestReadException e)
            {
                var outcome = e.ErrorCode switch
                {
                    "UnknownParameter" => ExampleOutcome.InputUnknownParameter,
                    "MissingParameter" => ExampleOutcome.InputMissingParameter,
                    "InvalidParameterValue" => ExampleOutcome.InputInvalidValue,
                    _ => ExampleOutcome.InputInvalidBody,
                };
                return (outcome, e.Path, (e.InnerException as WireFormatException)?.Reason ?? e.Message);
            }
            catch (Exception e)
            {
                return (ExampleOutcome.InputReaderFailure, string.Empty, $"{e.GetType().Name}: {e.Message}");
            }
        }

        var text = (string?)example["inputText"] ?? string.Empty;
        if (format == "query")
        {
            return (ExampleOutcome.InputQueryContradictory, string.Empty, PublishedText.Excerpt(text));
        }

        if (PublishedText.IsMultipartOrBinary(text))
        {
            return (ExampleOutcome.InputMultipartOrBinary, string.Empty, PublishedText.Excerpt(text));
        }

        return (PublishedText.IsGlued(text) ? ExampleOutcome.InputGlued : ExampleOutcome.InputNotJson, string.Empty, PublishedText.Excerpt(text));
    }

    private static (ExampleOutcome Outcome, string Path, string Reason, LenientComparison? Lenient) ReadOutput(JsonObject example, ApiActionDescriptor descriptor)
    {
        if (example["output"] is { } output)
        {
            var body = Encoding.UTF8.GetBytes(output.ToJsonString());
            try
            {
                // Strictly: the count of examples that contradict the metadata stays what the metadata says.
                ResponseReading.Strictly(descriptor.ReadResponse, body);
                return (ExampleOutcome.OutputRead, string.Empty, string.Empty, null);
            }
            catch (TencentCloudApiException)
            {
                return (ExampleOutcome.OutputErrorAnswer, string.Empty, string.Empty, null);
            }
            catch (ResponseFormatException e) when (e.Path is "" or "/Response")
            {
                return (ExampleOutcome.OutputNoEnvelope, e.Path, e.Reason, null);
            }
            catch (ResponseFormatException e)
            {
                return (ExampleOutcome.OutputTypeMismatch, e.Path, e.Reason, LenientComparisons.Of(descriptor, body, output, e));
            }
            catch (Exception e)
            {
                return (ExampleOutcome.OutputReaderFailure, string.Empty, $"{e.GetType().Name}: {e.Message}", null);
            }
        }

        var text = (string?)example["outputText"] ?? string.Empty;
        if (text.Trim().Length == 0)
        {
            return (ExampleOutcome.OutputNone, string.Empty, string.Empty, null);
        }

        if (PublishedText.IsStreaming(text))
        {
            return (ExampleOutcome.OutputStreaming, string.Empty, PublishedText.Excerpt(text), null);
        }

        return (PublishedText.IsGlued(text) ? ExampleOutcome.OutputGlued : ExampleOutcome.OutputNotJson, string.Empty, PublishedText.Excerpt(text), null);
    }
}
