using System;
using System.Net.Http;
using TcApi.Errors;

namespace TcApi.Client.Pipeline;

/// <summary>
/// What a failure to send an attempt's request means, for both ways of sending (<see cref="SendStep"/>,
/// <see cref="OpenStreamStep"/>): the one place it becomes the exception that says what happened — a timeout, or a
/// transport failure that says whether the request may have reached the service.
/// </summary>
/// <remarks>Used in an exception filter, so a send that succeeds costs nothing more (no extra async method).</remarks>
internal static class AttemptSend
{
    /// <summary>The exception to throw for <paramref name="failure"/>, or <see langword="null"/> to let it through (the caller cancelled).</summary>
    public static TencentCloudTransportException? Failure(Exception failure, AttemptContext context, TimeSpan timeout)
    {
        var action = context.Action.Action;
        switch (failure)
        {
            case OperationCanceledException when !context.CancellationToken.IsCancellationRequested:
                return new TencentCloudTimeoutException(action, timeout, failure);
            case HttpRequestException e:
                var (notSent, description) = TransportFailure.Describe(e);
                return new TencentCloudTransportException(action, $"{action}: {description}", requestMayHaveBeenSent: !notSent, e);
            default:
                return null;
        }
    }
}
