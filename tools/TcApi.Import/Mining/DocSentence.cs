namespace TcApi.Import.Mining;

/// <summary>One sentence of a member's documentation: the clean text (quoted in provenance) and its folded twin.</summary>
internal readonly record struct DocSentence(string Text, string Folded);
