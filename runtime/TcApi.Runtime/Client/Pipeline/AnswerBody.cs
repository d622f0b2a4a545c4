using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;

namespace TcApi.Client.Pipeline;

/// <summary>
/// An answer's whole body, as <see cref="ReadAnswerStep"/> and <see cref="OpenStreamStep"/> read it: a connection that
/// breaks while it is read is a transport failure of a request that may have been processed, whichever call it was.
/// </summary>
internal static class AnswerBody
{
    public static async ValueTask<PooledAnswer> ReadAsync(string action, HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return await CappedBody.ReadAsync(action, response, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new TencentCloudTransportException(action, $"{action}: the connection broke while the answer was read ({e.Message}).", requestMayHaveBeenSent: true, e);
        }
    }
}
