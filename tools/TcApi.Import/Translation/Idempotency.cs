namespace TcApi.Import.Translation;

/// <summary>
/// Tencent's metadata says nothing about idempotency. An action whose name says it only reads is idempotent — marked
/// inferred, with the reason; every other action is not, so the client never repeats a call that may have done its
/// work. An overlay may say otherwise for any action.
/// </summary>
public static class Idempotency
{
    /// <summary>The verbs of actions that only read.</summary>
    public static readonly IReadOnlyList<string> ReadOnlyVerbs = new[] { "Describe", "Inquiry", "Inquire", "Check", "Get", "List", "Query", "Search" };

    /// <summary>The verb an action name starts with, when it is one of <see cref="ReadOnlyVerbs"/> followed by a word.</summary>
    public static string? ReadOnlyVerb(string action) =>
        ReadOnlyVerbs.FirstOrDefault(verb => action.Length > verb.Length && action.StartsWith(verb, StringComparison.Ordinal) && !char.IsLower(action[verb.Length]));
}
