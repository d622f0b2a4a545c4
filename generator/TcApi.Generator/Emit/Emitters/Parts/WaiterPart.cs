using System.Globalization;
using System.Linq;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// A client's <c>WaitUntil&lt;Waiter&gt;Async</c>: polls the action with the request until the status member shows
/// a done value (on every item, when the waiter names a list — of every page, when the action pages), and fails fast
/// on a terminal value.
/// </summary>
internal static class WaiterPart
{
    public static void Write(SourceWriter w, ActionSummary action, WaiterModel waiter, string ns)
    {
        var request = $"global::{ns}.{action.Name}Request";
        var response = $"global::{ns}.{action.Name}Response";
        w.Line();
        w.Line("/// <summary>");
        w.Doc(XmlDocText.ToXmlLines(waiter.Description));
        w.Line("/// </summary>");
        var paged = action.Paging is not null && waiter.Items is not null;
        w.Line("/// <remarks>");
        if (paged)
        {
            w.Line($"/// Reads every page of {action.Name} for <paramref name=\"request\"/> (see <see cref=\"{action.Name}PagesAsync\"/>) until {Condition(waiter)}");
            w.Line($"/// on every page; waits {waiter.DelaySeconds} s after the first look, twice as long after each next one up to {waiter.MaxDelaySeconds} s, for at most {waiter.TimeoutSeconds} s unless");
            w.Line("/// <paramref name=\"options\"/> say otherwise.");
        }
        else
        {
            w.Line($"/// Calls {action.Name} with <paramref name=\"request\"/> until {Condition(waiter)}; waits {waiter.DelaySeconds} s after the first call,");
            w.Line($"/// twice as long after each next one up to {waiter.MaxDelaySeconds} s, for at most {waiter.TimeoutSeconds} s unless <paramref name=\"options\"/> say otherwise.");
        }

        w.Line("/// </remarks>");
        w.Line(paged
            ? $"/// <returns>The response that shows the state: the first page's, with every page's {waiter.Items!.WireName}.</returns>"
            : "/// <returns>The response that shows the state.</returns>");
        w.Line("/// <exception cref=\"global::TcApi.Client.Waiting.WaiterFailedException\">A response shows a state from which it is never reached.</exception>");
        w.Line("/// <exception cref=\"global::TcApi.Client.Waiting.WaiterTimeoutException\">The timeout passed first.</exception>");
        if (ActionFacts.Obsolete(action.Status) is { } obsolete)
        {
            w.Line(obsolete);
        }

        w.Line($"public virtual global::System.Threading.Tasks.Task<{response}> WaitUntil{waiter.Name}Async(");
        w.Indent();
        w.Line($"{request} request,");
        w.Line("global::TcApi.Client.Waiting.WaiterOptions? options = null,");
        w.Line("global::System.Threading.CancellationToken cancellationToken = default) =>");
        w.Line("global::TcApi.Client.Waiting.Waiter.WaitAsync(");
        w.Indent();
        w.Line($"{CSharpLiteral.String(action.Name)},");
        w.Line($"{CSharpLiteral.String(waiter.Name)},");
        if (paged)
        {
            WriteAllPages(w, action, waiter.Items!, ns);
        }
        else
        {
            w.Line($"token => {action.Name}Async(request, token),");
        }

        w.Line($"static response => {Check(waiter, ns)},");
        w.Line($"new global::TcApi.Client.Waiting.WaiterDefaults(global::System.TimeSpan.FromSeconds({Seconds(waiter.TimeoutSeconds)}), global::System.TimeSpan.FromSeconds({Seconds(waiter.DelaySeconds)}), global::System.TimeSpan.FromSeconds({Seconds(waiter.MaxDelaySeconds)})),");
        w.Line("options,");
        w.Line("cancellationToken);");
        w.Unindent();
        w.Unindent();
    }

    /// <summary>One poll of an action that pages: all its pages, their items in one response.</summary>
    private static void WriteAllPages(SourceWriter w, ActionSummary action, MemberModel items, string ns)
    {
        var code = new MemberCode(items, ns, null, TypeRole.Output, alsoReadFromResponses: false);
        var itemsOfPage = code.Nullable ? $"page.{items.PropertyName} ?? global::System.Array.Empty<{code.ItemType}>()" : $"page.{items.PropertyName}";
        w.Line("token => global::TcApi.Client.Waiting.WaiterPages.ReadAllAsync(");
        w.Indent();
        w.Line($"{action.Name}PagesAsync(request, token),");
        w.Line($"static page => {itemsOfPage},");
        w.Line($"static (first, all) => first with {{ {items.PropertyName} = all }},");
        w.Line("token),");
        w.Unindent();
    }

    /// <summary>The state of one response, as one expression.</summary>
    private static string Check(WaiterModel waiter, string ns)
    {
        const string Pending = "global::TcApi.Client.Waiting.WaitState.Pending";
        const string Done = "global::TcApi.Client.Waiting.WaitState.Done";
        const string Failed = "global::TcApi.Client.Waiting.WaitState.Failed";
        var status = waiter.Status.PropertyName;
        if (waiter.Items is not { } items)
        {
            return $"{Any("response." + status, waiter.Failure, waiter.Status)} ? {Failed} : {Any("response." + status, waiter.Success, waiter.Status)} ? {Done} : {Pending}";
        }

        var code = new MemberCode(items, ns, null, TypeRole.Output, alsoReadFromResponses: false);
        var list = code.Nullable ? $"(response.{items.PropertyName} ?? global::System.Array.Empty<{code.ItemType}>())" : $"response.{items.PropertyName}";
        var failed = waiter.Failure.Count == 0 ? "false" : $"global::System.Linq.Enumerable.Any({list}, item => item is not null && {Any("item." + status, waiter.Failure, waiter.Status)})";
        var done = $"{list}.Count > 0 && global::System.Linq.Enumerable.All({list}, item => item is not null && {Any("item." + status, waiter.Success, waiter.Status)})";
        return $"{failed} ? {Failed} : {done} ? {Done} : {Pending}";
    }

    private static string Any(string value, EquatableArray<string> values, MemberModel status) =>
        values.Count == 0 ? "false" : "(" + string.Join(" || ", values.Select(v => $"{value} == {Literal(v, status)}")) + ")";

    private static string Literal(string value, MemberModel status) =>
        status.Scalar == ScalarKind.String ? CSharpLiteral.String(value) : value + (status.Integer == IntegerType.UInt64 ? "UL" : "L");

    private static string Condition(WaiterModel waiter) =>
        (waiter.Items is { } items ? $"every item of {items.WireName} has {waiter.Status.WireName} " : $"{waiter.Status.WireName} is ")
        + string.Join(" or ", waiter.Success.Select(v => $"<c>{v}</c>"));

    private static string Seconds(int seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
