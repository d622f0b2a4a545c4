using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Client.Pipeline;

namespace TcApi.Client;

public sealed partial class TencentCloudClient
{
    /// <summary>
    /// Calls any action by name with a JSON body, sent as given, and returns the answer as JSON — for an action no
    /// binding has yet. <paramref name="action"/> says what the client needs: service, version and name, and how safe a
    /// repeat is (<c>new ApiActionInfo("cvm", "2017-03-12", "DescribeZones", Idempotent: true, RateLimitPerSecond: 20)</c>).
    /// </summary>
    /// <remarks>
    /// The call runs through the typed call's pipeline: signing, the rate limit the info names, retries by
    /// <see cref="TencentCloudClientOptions.RetryPolicy"/> (an action not said to be idempotent is never repeated once it
    /// may have reached the service), clock-skew correction, the same spans, measurements and logs, and the service's
    /// error thrown as a <see cref="Errors.TencentCloudApiException"/> whose <see cref="Errors.TencentCloudApiException.CommonCode"/>
    /// names a common code. The body is not validated (the client knows no rules for it) and gets no <c>ClientToken</c>:
    /// a call of an action that takes one is repeated after a transport failure only when the body carries its own.
    /// </remarks>
    /// <exception cref="ArgumentException">The body is not one JSON object, or the action has no name.</exception>
    public Task<JsonAnswer> CallActionAsync(ApiActionInfo action, JsonElement body, CancellationToken cancellationToken = default) =>
        CallByNameAsync(action, null, JsonBody.From(body), cancellationToken);

    /// <inheritdoc cref="CallActionAsync(ApiActionInfo, JsonElement, CancellationToken)"/>
    public Task<JsonAnswer> CallActionAsync(ApiActionInfo action, ReadOnlyMemory<byte> utf8Body, CancellationToken cancellationToken = default) =>
        CallByNameAsync(action, null, JsonBody.From(utf8Body.Span), cancellationToken);

    /// <inheritdoc cref="CallActionAsync(ApiActionInfo, JsonElement, CancellationToken)"/>
    public Task<JsonAnswer> CallActionAsync(ApiActionInfo action, string body, CancellationToken cancellationToken = default) =>
        CallByNameAsync(action, null, JsonBody.From(body), cancellationToken);

    /// <summary>
    /// Calls an action a binding knows (<c>&lt;Service&gt;Actions.Find(name)</c>) with a JSON body, sent as given, and
    /// returns the answer as JSON. The body is validated as the typed call validates its request: read by the action's
    /// own reader and checked against its rules, so a bad body fails with the same
    /// <see cref="Validation.RequestValidationException"/> (rule ids, paths, messages) before anything is sent; a member
    /// the binding does not know is refused as the service would refuse it (<c>UnknownParameter</c>) — call with
    /// <see cref="ApiActionDescriptor.Info"/> instead to send one the binding does not know yet.
    /// </summary>
    /// <remarks>
    /// Everything else is the typed call's: the action's idempotency and rate limit, retries, telemetry, and the
    /// service's error as the binding's exception with its typed code. See
    /// <see cref="CallActionAsync(ApiActionInfo, JsonElement, CancellationToken)"/> for <c>ClientToken</c>.
    /// </remarks>
    /// <exception cref="ArgumentException">The body is not one JSON object.</exception>
    public Task<JsonAnswer> CallActionAsync(ApiActionDescriptor action, JsonElement body, CancellationToken cancellationToken = default) =>
        CallByNameAsync(action?.Info!, action, JsonBody.From(body), cancellationToken);

    /// <inheritdoc cref="CallActionAsync(ApiActionDescriptor, JsonElement, CancellationToken)"/>
    public Task<JsonAnswer> CallActionAsync(ApiActionDescriptor action, ReadOnlyMemory<byte> utf8Body, CancellationToken cancellationToken = default) =>
        CallByNameAsync(action?.Info!, action, JsonBody.From(utf8Body.Span), cancellationToken);

    /// <inheritdoc cref="CallActionAsync(ApiActionDescriptor, JsonElement, CancellationToken)"/>
    public Task<JsonAnswer> CallActionAsync(ApiActionDescriptor action, string body, CancellationToken cancellationToken = default) =>
        CallByNameAsync(action?.Info!, action, JsonBody.From(body), cancellationToken);

    private async Task<JsonAnswer> CallByNameAsync(ApiActionInfo action, ApiActionDescriptor? known, byte[] body, CancellationToken cancellationToken)
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        if (string.IsNullOrWhiteSpace(action.Action) || string.IsNullOrWhiteSpace(action.Service) || string.IsNullOrWhiteSpace(action.Version))
        {
            throw new ArgumentException($"An action called by name needs its service, version and name (was '{action.Service}', '{action.Version}', '{action.Action}').", nameof(action));
        }

        // The body is sent as given: a retry after a possible delivery is safe only with the caller's own token.
        var sent = action.ClientTokenMember is { } member && !JsonBody.HasClientToken(body, member) ? action with { ClientTokenMember = null } : action;
        var call = new JsonAttemptContext(new JsonBodyRequest(body, known), sent, known, cancellationToken);
        await Pipeline.RunAsync(call).ConfigureAwait(false);
        return call.Answer!;
    }
}
