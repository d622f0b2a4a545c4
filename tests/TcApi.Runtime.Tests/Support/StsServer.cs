using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TcApi.Runtime.Tests.Support;

/// <summary>
/// STS (sts 2018-08-13: AssumeRole, AssumeRoleWithWebIdentity) on 127.0.0.1 over real HTTP: records every request
/// with its headers and answers with numbered temporary credentials, or with <see cref="Error"/>.
/// </summary>
public sealed class StsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private StsServer(WebApplication app) => _app = app;

    public ConcurrentQueue<StsCall> Calls { get; } = new();

    public DateTimeOffset Expiry { get; set; } = DateTimeOffset.UtcNow.AddHours(2);

    /// <summary>Whether the answer gives the expiry as <c>ExpiredTime</c> (Unix seconds) or only as <c>Expiration</c> (ISO 8601).</summary>
    public bool UnixExpiry { get; set; } = true;

    /// <summary>When set, every call is answered with this error (code, message).</summary>
    public (string Code, string Message)? Error { get; set; }

    /// <summary>When set, every call is answered with this HTTP status and body, as they are (malformed answers, proxies).</summary>
    public (int Status, string Body)? Raw { get; set; }

    public string Endpoint => _app.Urls.First() + "/";

    public static async Task<StsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new StsServer(app);
        app.MapPost("/", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var call = new StsCall(
                context.Request.Headers["X-TC-Action"].ToString(),
                context.Request.Headers["X-TC-Region"].ToString(),
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers.TryGetValue("X-TC-Token", out var token) ? token.ToString() : null,
                long.Parse(context.Request.Headers["X-TC-Timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
                context.Request.Headers.Host.ToString(),
                body.ToArray());
            server.Calls.Enqueue(call);
            var number = Interlocked.Increment(ref server._requests);
            return server.Raw is { } raw
                ? Results.Text(raw.Body, "application/json", statusCode: raw.Status)
                : Results.Text(server.Answer(number), "application/json");
        });
        await app.StartAsync();
        return server;
    }

    private string Answer(int number)
    {
        var requestId = $"sts-request-{number}";
        if (Error is { } error)
        {
            return JsonSerializer.Serialize(new { Response = new { Error = new { error.Code, error.Message }, RequestId = requestId } });
        }

        var credentials = new { Token = Secrets.Token + number, TmpSecretId = $"AKIDsts{number}", TmpSecretKey = Secrets.Key + number };
        var expiration = Expiry.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return UnixExpiry
            ? JsonSerializer.Serialize(new { Response = new { Credentials = credentials, ExpiredTime = Expiry.ToUnixTimeSeconds(), Expiration = expiration, RequestId = requestId } })
            : JsonSerializer.Serialize(new { Response = new { Credentials = credentials, Expiration = expiration, RequestId = requestId } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request STS received.</summary>
public sealed record StsCall(string Action, string Region, string Authorization, string? Token, long Timestamp, string Host, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
