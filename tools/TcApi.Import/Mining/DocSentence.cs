namespace TcApi.Import.Mining;

/// <summary>
/// One sentence of a member's documentation: the clean text (quoted in provenance) and its folded twin.
/// <see cref="CaseScoped"/>: the sentence states something for one case only (one platform, mode, kind or region,
/// <see cref="CaseScope"/>); <see cref="ExampleOnly"/>: it follows a heading that introduces an example ("例如：",
/// "Example:"). Either way no bound in it holds for every call.
/// </summary>
internal readonly record struct DocSentence(string Text, string Folded, bool CaseScoped = false, bool ExampleOnly = false)
{
    public bool SetAside => CaseScoped || ExampleOnly;
}
