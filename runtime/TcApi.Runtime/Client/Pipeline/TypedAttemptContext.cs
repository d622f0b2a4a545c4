using System;
using System.Threading;
using TcApi.Credentials;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>A call whose answer is read into <typeparamref name="TResponse"/> by the action's generated reader.</summary>
internal sealed class TypedAttemptContext<TResponse> : AttemptContext
{
    private readonly ResponseParser<TResponse> _readResponse;

    public TypedAttemptContext(IApiRequest request, ApiActionInfo action, ResponseParser<TResponse> readResponse, CallSecrets secrets, CancellationToken cancellationToken)
        : base(request, action, secrets, cancellationToken)
    {
        _readResponse = readResponse;
    }

    public TResponse Response { get; private set; } = default!;

    public override void ReadAnswer(byte[] answer, bool lenient) => ReadAnswer(answer.AsSpan(), lenient);

    public override void ReadAnswer(ReadOnlySpan<byte> answer, bool lenient)
    {
        var response = lenient ? ResponseReading.Leniently(_readResponse, answer) : _readResponse(answer);
        Response = response;
        RequestId = response is IApiResponse read ? read.RequestId : null;
    }
}
