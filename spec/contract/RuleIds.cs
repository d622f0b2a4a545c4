namespace TcApi.Contract;

/// <summary>
/// The id of a constraint or rule: <c>&lt;Owner&gt;.&lt;Member&gt;.&lt;kind&gt;</c> (a request or object, the member or
/// the members a rule joins with dots, the kind's spec name), e.g. <c>CreateTCPListenersRequest.DelayLoop.range</c>.
/// Overlays replace constraints by it and diagnostics carry it, so the importer and the generator form it alike.
/// </summary>
internal static class RuleIds
{
    public static string For(string owner, string member, string kindName) => owner + "." + member + "." + kindName;
}
