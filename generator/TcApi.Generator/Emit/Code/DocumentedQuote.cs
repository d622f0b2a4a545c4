using System.Text;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Code;

/// <summary>
/// The sentence a mined constraint was read from, as its attribute carries it for the analyzer's message: whitespace
/// collapsed and cut to <see cref="MaxLength"/> characters with an ellipsis. The full sentence and its source stay in the
/// property's XML documentation; the attribute carries only what a diagnostic shows, which keeps bindings small.
/// </summary>
internal static class DocumentedQuote
{
    public const int MaxLength = 80;

    /// <summary>
    /// The shortened sentence of a constraint or rule a mining tool wrote (its provenance is documented and has a
    /// confidence), or <see langword="null"/> for a curated one.
    /// </summary>
    public static string? Of(Provenance provenance) =>
        provenance is { Documented: true, Confidence: not null } ? Shorten(provenance.Text) : null;

    public static string Shorten(string sentence)
    {
        var collapsed = new StringBuilder(sentence.Length);
        foreach (var c in sentence.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[collapsed.Length - 1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
        }

        if (collapsed.Length <= MaxLength)
        {
            return collapsed.ToString();
        }

        // Never cut a surrogate pair in two.
        var cut = MaxLength - 1;
        if (char.IsHighSurrogate(collapsed[cut - 1]))
        {
            cut--;
        }

        return collapsed.ToString(0, cut).TrimEnd() + "…";
    }
}
