namespace TcApi.RoundTrip;

/// <summary>What became of one published example sent through the generated client to the local cloud.</summary>
public enum RoundTripOutcome
{
    /// <summary>The local cloud answered with the example's output and the client read it into its typed response.</summary>
    RoundTripped,

    /// <summary>An error example: the local cloud answered with its error and the client threw the typed exception with its code.</summary>
    RoundTrippedError,

    /// <summary>A streamed example: the local cloud streamed its events and the client read each into its typed event.</summary>
    RoundTrippedStream,

    /// <summary>An example without an output: the request was accepted and the client read the answer the local cloud made.</summary>
    SentNoPublishedOutput,

    /// <summary>The example's input contradicts the metadata: the strict request reader refuses it, so no typed request can be built to send.</summary>
    InputContradictsMetadata,

    /// <summary>The client's own checks (the binding's <c>Validate()</c>) refused the example's input before sending.</summary>
    RejectedByClientValidation,

    /// <summary>The local cloud refused the request with an error the example does not show.</summary>
    RejectedByLocalCloud,

    /// <summary>The local cloud accepted the request but answered with something other than this example's output.</summary>
    AnsweredWithAnotherOutput,

    /// <summary>The client could not read the example's output (a value of another kind than the metadata says).</summary>
    OutputContradictsMetadata,

    /// <summary>The example's input or output is not one JSON document (query keys that contradict, multipart, glued, prose).</summary>
    UnreadableUpstream,

    /// <summary>Anything else thrown: never expected.</summary>
    Failure,
}

/// <summary>How each outcome is named in the report, and which column it falls in.</summary>
public static class RoundTripOutcomes
{
    public static string Describe(this RoundTripOutcome outcome) => outcome switch
    {
        RoundTripOutcome.RoundTripped => "round-tripped (typed response)",
        RoundTripOutcome.RoundTrippedError => "round-tripped (error example, typed exception)",
        RoundTripOutcome.RoundTrippedStream => "round-tripped (streamed events)",
        RoundTripOutcome.SentNoPublishedOutput => "sent, no published output (answer synthesised and read)",
        RoundTripOutcome.InputContradictsMetadata => "not sent: input contradicts the metadata",
        RoundTripOutcome.RejectedByClientValidation => "rejected by the client's validation",
        RoundTripOutcome.RejectedByLocalCloud => "rejected by the local cloud",
        RoundTripOutcome.AnsweredWithAnotherOutput => "answered with another output",
        RoundTripOutcome.OutputContradictsMetadata => "output contradicts the metadata (client's reader refused it)",
        RoundTripOutcome.UnreadableUpstream => "unreadable upstream (not one JSON document)",
        RoundTripOutcome.Failure => "FAILURE",
        _ => outcome.ToString(),
    };

    public static bool IsRoundTrip(this RoundTripOutcome outcome) =>
        outcome is RoundTripOutcome.RoundTripped or RoundTripOutcome.RoundTrippedError or RoundTripOutcome.RoundTrippedStream or RoundTripOutcome.SentNoPublishedOutput;
}
