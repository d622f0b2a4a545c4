using System;
using System.Threading;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>A streamed call whose whole answer (one the service chose not to stream) is read into <typeparamref name="TEvent"/>.</summary>
internal sealed class TypedStreamingAttemptContext<TEvent> : StreamingAttemptContext
{
    private readonly ResponseParser<TEvent> _readResponse;

    public TypedStreamingAttemptContext(IApiRequest request, ApiActionInfo action, ResponseParser<TEvent> readResponse, CancellationToken cancellationToken)
        : base(request, action, cancellationToken)
    {
        _readResponse = readResponse;
    }

    /// <summary>The whole answer, the stream's only event; meaningful when no event stream was opened.</summary>
    public TEvent Only { get; private set; } = default!;

    public override void ReadAnswer(byte[] answer, bool lenient) => ReadAnswer(answer.AsSpan(), lenient);

    public override void ReadAnswer(ReadOnlySpan<byte> answer, bool lenient)
    {
        var only = lenient ? ResponseReading.Leniently(_readResponse, answer) : _readResponse(answer);
        Only = only;
        RequestId = only is IApiResponse read ? read.RequestId : RequestId;
    }
}
