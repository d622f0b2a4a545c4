using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TcApi.Import.Mining;

/// <summary>
/// Tencent's member documentation as plain text: HTML tags and markdown marks removed, entities decoded, one line per
/// paragraph, list item or line break. <see cref="Fold"/> gives a same-length copy for matching, so that a match found
/// in the folded text quotes the clean text at the same positions.
/// </summary>
internal static partial class DocText
{
    [GeneratedRegex(@"<\s*(?:br|p|/p|li|/li|ul|/ul|ol|/ol|tr|/tr|div|/div|h\d|/h\d)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<pre\b[^<>]*>.*?</pre\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex PreBlock();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"\[([^\[\]\n]*)\]\((?:https?://|/)[^()\s]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^\s*(?:[-*+•·]\s+|\d{1,2}[.)]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"[ \t\u00A0\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <summary>The documentation as plain lines joined by <c>\n</c>; empty lines dropped.</summary>
    public static string Clean(string document)
    {
        if (document.Length == 0)
        {
            return document;
        }

        var text = document.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Contains('<', StringComparison.Ordinal))
        {
            // A <pre> block is code or an example (a JSON document's fields): nothing in it is said of the member.
            text = PreBlock().Replace(text, "\n");
            text = BlockTag().Replace(text, "\n");
            text = InlineTag().Replace(text, string.Empty);
        }

        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (text.Contains("](", StringComparison.Ordinal))
        {
            text = MarkdownLink().Replace(text, "$1");
        }

        text = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
        var lines = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = Spaces().Replace(ListMarker().Replace(raw, string.Empty), " ").Trim();
            if (line.Length > 0)
            {
                if (lines.Length > 0)
                {
                    lines.Append('\n');
                }

                lines.Append(line);
            }
        }

        return lines.ToString();
    }

    /// <summary>Full-width digits, letters and punctuation as ASCII, dashes and tildes as one each; same length.</summary>
    public static string Fold(string clean) => string.Create(clean.Length, clean, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldChar(source[i]);
        }
    });

    private static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u301C' or '\u223C' => '~',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u3010' or '\u3014' => '[',
        '\u3011' or '\u3015' => ']',
        '\u201C' or '\u201D' => '"',
        '\u2018' or '\u2019' => '\'',
        '\u2264' => '≤',
        _ => c,
    };
}
