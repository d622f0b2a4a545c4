using System.Text.RegularExpressions;
using TcApi.Import.Corpus;

namespace TcApi.Import.Mining.Corpus;

/// <summary>One sentence of a read member's documentation that a query matched, and what the reader mines from the member.</summary>
public sealed record QueriedSentence(ReadMember Member, string Language, string Sentence, IReadOnlyList<MinedConstraint> Mined, MinedByteLength? ByteLength);

/// <summary>
/// Finds the sentences of the corpus that match a pattern, with what the reader mines from each one's member: the way
/// a form or a trap is looked for across the whole corpus before it is written (<c>tcapi mine-stats --grep</c>).
/// Sentences are split and folded as the reader sees them; the pattern is matched against the folded text.
/// </summary>
public static class SentenceQuery
{
    public static IEnumerable<QueriedSentence> Find(TencentCorpus corpus, Regex pattern, bool requestsOnly)
    {
        foreach (var files in corpus.ServiceVersions)
        {
            foreach (var member in CorpusMining.Members(files))
            {
                if (requestsOnly && !member.IsRequest)
                {
                    continue;
                }

                IReadOnlyList<MinedConstraint>? mined = null;
                MinedByteLength? bytes = null;
                foreach (var (language, document) in new[] { ("zh", member.Doc.Chinese), ("en", member.Doc.English ?? string.Empty) })
                {
                    if (document.Length == 0)
                    {
                        continue;
                    }

                    var clean = DocText.Clean(document);
                    foreach (var sentence in SentenceSplitter.Split(clean, DocText.Fold(clean)))
                    {
                        if (pattern.IsMatch(sentence.Folded))
                        {
                            if (mined is null)
                            {
                                mined = ConstraintMiner.Mine(member.Doc);
                                bytes = ConstraintMiner.MineByteLength(member.Doc);
                            }

                            yield return new QueriedSentence(member, language, sentence.Text, mined, bytes);
                        }
                    }
                }
            }
        }
    }
}
