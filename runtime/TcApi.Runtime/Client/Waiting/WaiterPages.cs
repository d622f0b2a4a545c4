using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace TcApi.Client.Waiting;

/// <summary>
/// One poll of a waiter over an action that pages: every page the request names, read into one response, so the
/// waiter judges every item — not only the first page's. Generated waiters use it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WaiterPages
{
    /// <summary>
    /// Reads every page of <paramref name="pages"/> and returns the first with the <paramref name="items"/> of all of
    /// them (<paramref name="withItems"/> puts them in); a single page is returned as it is.
    /// </summary>
    public static async Task<TResponse> ReadAllAsync<TResponse, TItem>(
        IAsyncEnumerable<TResponse> pages,
        Func<TResponse, IReadOnlyList<TItem>> items,
        Func<TResponse, IReadOnlyList<TItem>, TResponse> withItems,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        if (pages is null)
        {
            throw new ArgumentNullException(nameof(pages));
        }

        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        if (withItems is null)
        {
            throw new ArgumentNullException(nameof(withItems));
        }

        TResponse? first = null;
        List<TItem>? all = null;
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (first is null)
            {
                first = page;
            }
            else
            {
                all ??= new List<TItem>(items(first));
                all.AddRange(items(page));
            }
        }

        if (first is null)
        {
            throw new InvalidOperationException("The action's pages yielded no page at all.");
        }

        return all is null ? first : withItems(first, all);
    }
}
