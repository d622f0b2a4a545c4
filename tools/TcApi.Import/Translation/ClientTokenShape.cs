using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TcApi.Contract;
using TcApi.Import.Tencent;

namespace TcApi.Import.Translation;

/// <summary>
/// Whether an action takes an idempotency key, from what Tencent publishes: a string input member named
/// <c>ClientToken</c> (the name Tencent's services give it), or another <c>…Token</c> string member whose documentation
/// calls it the idempotency token (gse's <c>IdempotencyToken</c>). A member Tencent marks disabled, or whose documentation
/// disclaims it ("no longer used", "reserved, do not use", "gives no idempotency guarantee"), is no key: retrying a
/// transport failure through it could do the work twice. The provenance quotes the sentence that documents the key.
/// </summary>
public static partial class ClientTokenShape
{
    private const string ConventionalName = "ClientToken";

    /// <summary>The spec's <c>clientToken</c> value, or <see langword="null"/> for an action without a key.</summary>
    public static JsonObject? Detect(TencentObject? input, TencentObject? englishInput)
    {
        foreach (var member in input?.Members ?? [])
        {
            if (member.Type != "string" || member.Disabled)
            {
                continue;
            }

            var english = englishInput?.Members.FirstOrDefault(m => m.Name == member.Name)?.Document;
            var documents = english is null ? [member.Document] : new[] { english, member.Document };
            if (documents.Any(d => Disclaimer().IsMatch(Text(d))))
            {
                continue;
            }

            var sentence = documents.Select(d => IdempotencySentence(Text(d))).FirstOrDefault(s => s is not null);
            var named = member.Name == ConventionalName;
            if (!named && !(member.Name.EndsWith("Token", StringComparison.Ordinal) && sentence is not null))
            {
                continue;
            }

            var provenance = sentence is not null
                ? new JsonObject { ["documented"] = sentence }
                : new JsonObject { ["inferred"] = $"A string input member named {ConventionalName} is the idempotency key of Tencent Cloud's services (its documentation here does not say so)." };
            return new JsonObject { [SpecNames.ClientTokenMemberKey] = member.Name, ["provenance"] = provenance };
        }

        return null;
    }

    /// <summary>The first sentence that documents the member as an idempotency key, or <see langword="null"/>.</summary>
    private static string? IdempotencySentence(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).FirstOrDefault(s => s.Length > 0 && Idempotency().IsMatch(s));

    private static string Text(string document) => Whitespace().Replace(Markup().Replace(document, " "), " ").Trim();

    [GeneratedRegex(@"幂等|重入|重复创建|idempoten|idem-poten|reentr|re-entr|creating resources (again|repeatedly)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Idempotency();

    [GeneratedRegex(@"不再使用|保留参数|保留字段|请勿使用|不提供幂等|no longer used|reserved parameter|do not use it|no idempotency guarantee", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"(?<=[。.;；])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
