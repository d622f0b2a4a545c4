namespace TcApi.Wire;

/// <summary>
/// A value of a response that contradicted the member's documented type and was read leniently: where it was, the JSON
/// the service sent, and what the typed model holds instead. Nothing the service sent is lost: <see cref="RawJson"/>
/// is the value exactly as it stood in the body.
/// </summary>
public sealed class LenientRead
{
    internal LenientRead(int offset, string path, string rawJson, string expected, LenientReadOutcome outcome, string held)
    {
        Offset = offset;
        Path = path;
        RawJson = rawJson;
        Expected = expected;
        Outcome = outcome;
        Held = held;
    }

    /// <summary>JSON pointer to the value from the envelope's root, e.g. <c>/Response/TaskSet/0/TaskId</c>.</summary>
    public string Path { get; }

    /// <summary>The value as the service sent it, e.g. <c>2385736</c> or <c>{"AccountGroupId":"xx"}</c>.</summary>
    public string RawJson { get; }

    /// <summary>What the metadata documents: <c>a string</c>, <c>a whole number</c>, <c>true or false</c>, <c>an object</c>, <c>an array</c>...</summary>
    public string Expected { get; }

    /// <summary>How the value was read.</summary>
    public LenientReadOutcome Outcome { get; }

    /// <summary>What the typed model holds for it, in words (<c>the string "2385736"</c>, <c>null</c>, <c>a list of that one object</c>).</summary>
    public string Held { get; }

    /// <summary>Where the value starts in the body, until <see cref="Path"/> and <see cref="RawJson"/> are filled in.</summary>
    internal int Offset { get; }

    internal LenientRead Located(string path, string rawJson) => new(Offset, path, rawJson, Expected, Outcome, Held);

    /// <inheritdoc />
    public override string ToString() => $"{Path}: expected {Expected}, found {RawJson}; holds {Held}";
}
