namespace TcApi.Generator.Rules;

/// <summary>
/// A spec pattern is anchored with ^...$. In .NET, a final '$' also matches before a trailing newline, so
/// "abc\n" would pass ^abc$; every consumer compiles the final '$' as '\z' (end of value) instead.
/// </summary>
internal static class AnchoredPattern
{
    public static string ToDotNet(string pattern) => pattern.Substring(0, pattern.Length - 1) + "\\z";
}
