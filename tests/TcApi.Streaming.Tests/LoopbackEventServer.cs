using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TcApi.Streaming.Tests;

/// <summary>
/// An HTTP/1.1 server on 127.0.0.1 for one connection at a time, scripted by the test: it reads the request and hands
/// the script a connection that writes a chunked answer piece by piece, ends it, or drops it — what a streaming
/// service does, with the control over timing a test of incremental reading needs.
/// </summary>
internal sealed class LoopbackEventServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<Connection, Task> _script;
    private readonly Task _serving;

    public LoopbackEventServer(Func<Connection, Task> script)
    {
        _script = script;
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>The request bodies received, in order.</summary>
    public List<string> Requests { get; } = new();

    /// <summary>What the script threw, if anything: rethrown by <see cref="ScriptFinished"/>.</summary>
    public Task ScriptFinished => _serving;

    private async Task ServeAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync();
        await using var stream = client.GetStream();
        var body = await ReadRequestAsync(stream);
        lock (Requests)
        {
            Requests.Add(body);
        }

        await _script(new Connection(client, stream));
    }

    private static async Task<string> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException("The client closed before its request ended.");
            }

            head.Add(one[0]);
        }

        var headers = Encoding.ASCII.GetString(head.ToArray());
        var length = headers.Split("\r\n").Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim())).Single();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return Encoding.UTF8.GetString(body);
    }

    private static bool EndsWithBlankLine(List<byte> bytes) =>
        bytes.Count >= 4 && bytes[^4] == '\r' && bytes[^3] == '\n' && bytes[^2] == '\r' && bytes[^1] == '\n';

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
        }
    }

    internal sealed class Connection(TcpClient client, NetworkStream stream)
    {
        /// <summary>Bytes of the answer's body written so far.</summary>
        public long BodyBytesWritten { get; private set; }

        public Task StartEventStreamAsync(string requestId) =>
            WriteRawAsync($"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\nX-TC-RequestId: {requestId}\r\n\r\n");

        public Task AnswerJsonAsync(string json)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            return WriteRawAsync($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\n\r\n{json}");
        }

        /// <summary>Writes one chunk of the body and flushes it.</summary>
        public async Task WriteChunkAsync(byte[] data)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"));
            await stream.WriteAsync(data);
            await stream.WriteAsync("\r\n"u8.ToArray());
            await stream.FlushAsync();
            BodyBytesWritten += data.Length;
        }

        public Task WriteChunkAsync(string text) => WriteChunkAsync(Encoding.UTF8.GetBytes(text));

        /// <summary>The last chunk: the body ended as it should.</summary>
        public Task EndAsync() => WriteRawAsync("0\r\n\r\n");

        /// <summary>Drops the connection in the middle of the body.</summary>
        public void Drop() => client.Client.Close(0);

        /// <summary>Waits until the client closes the connection (a read returns nothing, or fails).</summary>
        public async Task<bool> ClientClosedAsync(TimeSpan guard)
        {
            using var cancel = new CancellationTokenSource(guard);
            var buffer = new byte[256];
            try
            {
                while (await stream.ReadAsync(buffer, cancel.Token) > 0)
                {
                }

                return true;
            }
            catch (IOException)
            {
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        private async Task WriteRawAsync(string text)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text));
            await stream.FlushAsync();
        }
    }
}
