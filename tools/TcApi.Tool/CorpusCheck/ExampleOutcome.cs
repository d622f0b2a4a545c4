namespace TcApi.Tool.CorpusCheck;

/// <summary>What became of one side (input or output) of a published example.</summary>
public enum ExampleOutcome
{
    /// <summary>The JSON body read with the request reader.</summary>
    InputRead,

    /// <summary>A legacy query-string example, converted to JSON by the importer, read with the request reader.</summary>
    InputReadFromQuery,

    /// <summary>The request reader refused a member the action does not have (UnknownParameter).</summary>
    InputUnknownParameter,

    /// <summary>The request reader found a required member missing (MissingParameter).</summary>
    InputMissingParameter,

    /// <summary>The request reader refused a value of the wrong type or range (InvalidParameterValue).</summary>
    InputInvalidValue,

    /// <summary>The request reader refused the body as a whole (InvalidParameter).</summary>
    InputInvalidBody,

    /// <summary>A query string whose keys contradict each other (<c>A=1&amp;A.B=2</c>): no JSON stands for it.</summary>
    InputQueryContradictory,

    /// <summary>A multipart or binary (protobuf) body: not JSON by design.</summary>
    InputMultipartOrBinary,

    /// <summary>Two or more JSON documents written one after the other.</summary>
    InputGlued,

    /// <summary>Text that is not JSON (broken JSON, prose).</summary>
    InputNotJson,

    /// <summary>The reader threw something other than its documented exception: a fault of the generated code.</summary>
    InputReaderFailure,

    /// <summary>The response envelope read with the response reader.</summary>
    OutputRead,

    /// <summary>A <c>Response.Error</c> envelope, read as the service's typed exception.</summary>
    OutputErrorAnswer,

    /// <summary>A streamed answer (server-sent events, <c>data: {...}</c>), not one envelope.</summary>
    OutputStreaming,

    /// <summary>Two or more JSON documents written one after the other.</summary>
    OutputGlued,

    /// <summary>Text that is not JSON (broken JSON, prose).</summary>
    OutputNotJson,

    /// <summary>JSON without the <c>{"Response": {...}}</c> envelope.</summary>
    OutputNoEnvelope,

    /// <summary>No output published.</summary>
    OutputNone,

    /// <summary>The response reader refused a value whose JSON kind the metadata contradicts (a string where it says integer).</summary>
    OutputTypeMismatch,

    /// <summary>The reader threw something other than its documented exception: a fault of the generated code.</summary>
    OutputReaderFailure,
}

/// <summary>How an outcome counts.</summary>
public enum OutcomeKind
{
    /// <summary>Read as published.</summary>
    Read,

    /// <summary>Malformed upstream, or not JSON by design: classified, not read.</summary>
    Upstream,

    /// <summary>Refused by a reader, with the path of the value: the example contradicts the metadata.</summary>
    Rejected,

    /// <summary>A fault of the generated code or the check; must never happen.</summary>
    Failure,
}

public static class ExampleOutcomes
{
    public static bool IsInput(this ExampleOutcome outcome) => outcome <= ExampleOutcome.InputReaderFailure;

    public static OutcomeKind Kind(this ExampleOutcome outcome) => outcome switch
    {
        ExampleOutcome.InputRead or ExampleOutcome.InputReadFromQuery or ExampleOutcome.OutputRead or ExampleOutcome.OutputErrorAnswer => OutcomeKind.Read,
        ExampleOutcome.InputUnknownParameter or ExampleOutcome.InputMissingParameter or ExampleOutcome.InputInvalidValue or ExampleOutcome.InputInvalidBody
            or ExampleOutcome.OutputTypeMismatch => OutcomeKind.Rejected,
        ExampleOutcome.InputReaderFailure or ExampleOutcome.OutputReaderFailure => OutcomeKind.Failure,
        _ => OutcomeKind.Upstream,
    };

    /// <summary>The outcome as the report names it.</summary>
    public static string Describe(this ExampleOutcome outcome) => outcome switch
    {
        ExampleOutcome.InputRead => "read (JSON body)",
        ExampleOutcome.InputReadFromQuery => "read (query string converted to JSON)",
        ExampleOutcome.InputUnknownParameter => "rejected: unknown parameter",
        ExampleOutcome.InputMissingParameter => "rejected: required parameter missing",
        ExampleOutcome.InputInvalidValue => "rejected: invalid value",
        ExampleOutcome.InputInvalidBody => "rejected: body not an object",
        ExampleOutcome.InputQueryContradictory => "upstream: query keys contradict each other",
        ExampleOutcome.InputMultipartOrBinary => "upstream: multipart or binary body",
        ExampleOutcome.InputGlued => "upstream: glued JSON documents",
        ExampleOutcome.InputNotJson => "upstream: not JSON",
        ExampleOutcome.InputReaderFailure => "FAILURE: reader fault",
        ExampleOutcome.OutputRead => "read",
        ExampleOutcome.OutputErrorAnswer => "read (error answer, as the service's exception)",
        ExampleOutcome.OutputStreaming => "upstream: streamed (server-sent events)",
        ExampleOutcome.OutputGlued => "upstream: glued JSON documents",
        ExampleOutcome.OutputNotJson => "upstream: not JSON",
        ExampleOutcome.OutputNoEnvelope => "upstream: no Response envelope",
        ExampleOutcome.OutputNone => "upstream: none published",
        ExampleOutcome.OutputTypeMismatch => "rejected: value contradicts the metadata's type",
        ExampleOutcome.OutputReaderFailure => "FAILURE: reader fault",
        _ => outcome.ToString(),
    };
}
