using TcApi.Generator.Emit.Code;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// The client's page walkers for an action that pages: <c>&lt;Action&gt;PagesAsync</c> yields each response and
/// <c>&lt;Action&gt;ItemsAsync</c> each item of every page. Each page is an ordinary call (validated, rate-limited,
/// retried, cancellable); the largest documented page is asked for when the request sets no limit.
/// </summary>
internal static class PagingPart
{
    public static void Write(SourceWriter w, ActionSummary action, string ns)
    {
        var paging = action.Paging!;
        var request = $"global::{ns}.{action.Name}Request";
        var response = $"global::{ns}.{action.Name}Response";
        var items = Code(paging.Items, ns, TypeRole.Output);
        var obsolete = ActionFacts.Obsolete(action.Status);

        w.Line();
        w.Line("/// <summary>");
        w.Line($"/// Calls {action.Name} page after page, starting where <paramref name=\"request\"/> starts, and yields each page until");
        w.Line(paging.Kind == PagingKind.Offset
            ? $"/// the pages hold {paging.Total!.PropertyName} items or one comes back empty."
            : $"/// the service returns no {paging.ResponseToken!.PropertyName}.");
        w.Line("/// </summary>");
        w.Line("/// <remarks>");
        w.Line(paging.MaxLimit is { } max
            ? $"/// Without a {paging.Limit!.PropertyName}, each page asks for {max} items, the documented maximum. Every page is an ordinary call:"
            : "/// Every page is an ordinary call:");
        w.Line("/// validated, rate-limited, retried and cancellable.");
        w.Line("/// </remarks>");
        Obsolete(w, obsolete);
        w.Line($"public virtual async global::System.Collections.Generic.IAsyncEnumerable<{response}> {action.Name}PagesAsync(");
        w.Indent().Line($"{request} request,").Line("[global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)").Unindent();
        w.Open(string.Empty);
        w.Open("if (request is null)").Line("throw new global::System.ArgumentNullException(nameof(request));").Close();
        if (paging.Limit is { } limit && paging.MaxLimit is { } maxLimit)
        {
            var limitCode = Code(limit, ns, TypeRole.Input);
            if (limitCode.Nullable)
            {
                w.Open($"if (request.{limit.PropertyName} is null)").Line($"request = request with {{ {limit.PropertyName} = {maxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)} }};").Close();
            }
        }

        if (paging.Kind == PagingKind.Offset)
        {
            WriteOffsetLoop(w, action, paging, ns, items);
        }
        else
        {
            WriteTokenLoop(w, action, paging, ns, items);
        }

        w.Close();

        w.Line();
        w.Line($"/// <summary>Every item of every page of {action.Name} (see <see cref=\"{action.Name}PagesAsync\"/>).</summary>");
        Obsolete(w, obsolete);
        w.Line($"public async global::System.Collections.Generic.IAsyncEnumerable<{items.ItemType}> {action.Name}ItemsAsync(");
        w.Indent().Line($"{request} request,").Line("[global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)").Unindent();
        w.Open(string.Empty);
        w.Open($"await foreach (var page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait({action.Name}PagesAsync(request, cancellationToken), false))");
        w.Open($"foreach (var item in {ItemsOf("page", items)})").Line("cancellationToken.ThrowIfCancellationRequested();").Line("yield return item;").Close();
        w.Close();
        w.Close();
    }

    private static void WriteOffsetLoop(SourceWriter w, ActionSummary action, PagingModel paging, string ns, MemberCode items)
    {
        var offset = Code(paging.Offset!, ns, TypeRole.Input);
        var total = Code(paging.Total!, ns, TypeRole.Output);
        var offsetName = paging.Offset!.PropertyName;
        w.Line($"var start = (long){(offset.Nullable ? $"(request.{offsetName} ?? 0)" : $"request.{offsetName}")};");
        w.Line("var seen = 0L;");
        w.Open("while (true)");
        w.Line("cancellationToken.ThrowIfCancellationRequested();");
        w.Line($"var page = await {action.Name}Async(request with {{ {offsetName} = ({offset.ItemType})(start + seen) }}, cancellationToken).ConfigureAwait(false);");
        w.Line("yield return page;");
        w.Line($"var count = {ItemsOf("page", items)}.Count;");
        w.Line("seen += count;");
        w.Open(total.Nullable
            ? $"if (count == 0 || page.{paging.Total!.PropertyName} is not {{ }} total || start + seen >= (long)total)"
            : $"if (count == 0 || start + seen >= (long)page.{paging.Total!.PropertyName})");
        w.Line("yield break;").Close();
        w.Close();
    }

    private static void WriteTokenLoop(SourceWriter w, ActionSummary action, PagingModel paging, string ns, MemberCode items)
    {
        var requestToken = paging.RequestToken!.PropertyName;
        var responseToken = paging.ResponseToken!.PropertyName;
        w.Line($"var token = request.{requestToken};");
        w.Open("while (true)");
        w.Line("cancellationToken.ThrowIfCancellationRequested();");
        w.Line($"var page = await {action.Name}Async(request with {{ {requestToken} = token }}, cancellationToken).ConfigureAwait(false);");
        w.Line("yield return page;");
        w.Line($"var next = page.{responseToken};");
        w.Open($"if (string.IsNullOrEmpty(next) || next == token || {ItemsOf("page", items)}.Count == 0)").Line("yield break;").Close();
        w.Line("token = next;");
        w.Close();
    }

    private static string ItemsOf(string page, MemberCode items) =>
        items.Nullable ? $"({page}.{items.Member.PropertyName} ?? global::System.Array.Empty<{items.ItemType}>())" : $"{page}.{items.Member.PropertyName}";

    private static MemberCode Code(MemberModel member, string ns, TypeRole role) => new(member, ns, null, role, alsoReadFromResponses: false);

    private static void Obsolete(SourceWriter w, string? obsolete)
    {
        if (obsolete is not null)
        {
            w.Line(obsolete);
        }
    }
}
