using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using TcApi.Credentials;
using TcApi.Signing;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// What the steps of one call share: the call's request, body and span, and what its current attempt has so far —
/// credentials, the signed message, the answer. One per call; each attempt overwrites the attempt's part.
/// </summary>
/// <remarks>A subclass says how the call's answer is read (<see cref="ReadAnswer(ReadOnlySpan{byte}, bool)"/>).</remarks>
internal abstract class AttemptContext
{
    protected AttemptContext(IApiRequest request, ApiActionInfo action, CallSecrets secrets, CancellationToken cancellationToken)
    {
        Request = request;
        Action = action;
        Secrets = secrets;
        CancellationToken = cancellationToken;
    }

    public IApiRequest Request { get; }

    public ApiActionInfo Action { get; }

    /// <summary>What the call carries that must never be shown (the client adds each attempt's key and token).</summary>
    public CallSecrets Secrets { get; }

    /// <summary>Whether bodies may be logged: a credential call's bodies hold its secrets, so never, even when asked for.</summary>
    public bool LogBodies => Secrets.IsNone;

    /// <summary>The caller's token.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The request as sent, written once and reused by every attempt.</summary>
    public byte[] Body { get; set; } = Array.Empty<byte>();

    /// <summary>The call's span, parent of the attempts'.</summary>
    public Activity? CallActivity { get; set; }

    /// <summary>The number of the attempt under way, from 1; signing again after clock skew keeps it.</summary>
    public int Attempt { get; set; }

    /// <summary>The attempts made so far, signing again included.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// How the last attempt failed, as its caller may see it (secrets concealed). A failure before an attempt is made —
    /// waiting for the rate limiter, getting credentials — is not one, and is neither retried nor signed again.
    /// </summary>
    public Exception? AttemptFailure { get; set; }

    /// <summary>Whether the call has been signed again with the service's clock (once at most).</summary>
    public bool Resigned { get; set; }

    /// <summary>The attempt's credentials; <see langword="null"/> when the call is unsigned.</summary>
    public Credential? Credential { get; set; }

    /// <summary>The endpoint the attempt is sent to, when the client fails over; <see langword="null"/>: the client's own.</summary>
    public Endpoint? Endpoint { get; set; }

    /// <summary>The attempt's signed request, until it is sent.</summary>
    public HttpRequestMessage? Message { get; set; }

    /// <summary>The attempt's HTTP response, while it is read.</summary>
    public HttpResponseMessage? HttpResponse { get; set; }

    /// <summary>The caller's token linked with the attempt's timeout.</summary>
    public CancellationToken AttemptToken { get; set; }

    /// <summary>The service's Date header of the attempt's answer.</summary>
    public DateTimeOffset? ServerDate { get; set; }

    /// <summary>The RequestId of the answer read.</summary>
    public string? RequestId { get; set; }

    /// <summary>
    /// Reads the body of a 200 answer into the call's result, or throws what it holds (an API error, a bad answer);
    /// <paramref name="lenient"/>: a value of another type than documented is read as the official SDK would and listed,
    /// not refused (<see cref="ResponseReading.Leniently{T}"/>).
    /// </summary>
    public abstract void ReadAnswer(byte[] answer, bool lenient);

    /// <summary>
    /// <see cref="ReadAnswer(byte[], bool)"/> for an answer in a pooled buffer, valid only during the call: the steps
    /// call this one. A context that reads spans overrides it; the default copies the answer to an array.
    /// </summary>
    public virtual void ReadAnswer(ReadOnlySpan<byte> answer, bool lenient) => ReadAnswer(answer.ToArray(), lenient);
}
