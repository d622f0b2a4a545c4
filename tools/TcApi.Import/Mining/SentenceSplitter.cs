namespace TcApi.Import.Mining;

/// <summary>
/// Splits clean documentation into sentences at line ends, <c>。</c>, <c>；</c>, <c>！</c>, <c>？</c>, and at an English
/// full stop followed by a space (not inside a number, nor after e.g. / i.e.). Brackets hold a sentence together, so
/// <c>[1; 100]</c> or an aside in parentheses stays one piece.
/// </summary>
internal static class SentenceSplitter
{
    public static List<DocSentence> Split(string clean, string folded, bool splitAtSemicolons = true)
    {
        var sentences = new List<DocSentence>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']' && depth > 0)
            {
                depth--;
            }

            var end = c == '\n'
                || (depth == 0 && (c is '。' or '!' or '?' || (c == ';' && splitAtSemicolons) || (c == '.' && IsFullStop(folded, i))));
            if (c == '\n')
            {
                depth = 0;
            }

            if (end)
            {
                Add(sentences, clean, folded, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }

        Add(sentences, clean, folded, start, folded.Length);
        return sentences;
    }

    private static bool IsFullStop(string text, int at)
    {
        if (at + 1 < text.Length && text[at + 1] != ' ')
        {
            return false;
        }

        // "e.g. " and "i.e. " end no sentence.
        return !(at >= 3 && text[at - 2] == '.' && char.IsLetter(text[at - 1]) && char.IsLetter(text[at - 3]));
    }

    private static void Add(List<DocSentence> sentences, string clean, string folded, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(folded[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(folded[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new DocSentence(clean.Substring(start, end - start), folded.Substring(start, end - start)));
        }
    }
}
