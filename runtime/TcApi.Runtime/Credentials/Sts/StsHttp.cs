using System;
using System.Net.Http;
using System.Threading;

namespace TcApi.Credentials.Sts;

/// <summary>The HttpClient STS calls share when the caller gives none: made once, its connections renewed.</summary>
internal static class StsHttp
{
    private static readonly Lazy<HttpClient> Client = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static HttpClient Shared => Client.Value;

    private static HttpClient Create()
    {
#if NET
        // Pooled connections are renewed, so a long-lived process follows DNS changes of the endpoint.
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
#else
        var handler = new HttpClientHandler();
#endif
        // The client times each attempt itself; HttpClient's own timeout must not cut in.
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
