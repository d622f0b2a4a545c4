using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TcApi.Runtime.Tests.Support;

/// <summary>
/// The CVM instance metadata service's credential paths, on 127.0.0.1 over real HTTP:
/// <c>/latest/meta-data/cam/security-credentials/</c> (the role) and <c>.../&lt;role&gt;</c> (the credentials).
/// </summary>
public sealed class MetadataServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _credentialRequests;

    private MetadataServer(WebApplication app) => _app = app;

    /// <summary>The role bound to the "instance"; null answers 404, as the service does without a role.</summary>
    public string? Role { get; set; } = "tcapi-test-role";

    /// <summary>The credentials answer's body for a request number; default: numbered credentials with the given expiry.</summary>
    public Func<int, string>? Answer { get; set; }

    public DateTimeOffset Expiry { get; set; } = DateTimeOffset.UtcNow.AddHours(6);

    public ConcurrentQueue<string> Paths { get; } = new();

    public int CredentialRequests => Volatile.Read(ref _credentialRequests);

    public Uri Endpoint => new(_app.Urls.First() + "/latest/meta-data/");

    public static async Task<MetadataServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new MetadataServer(app);
        app.MapGet("/latest/meta-data/cam/security-credentials/", (HttpContext context) =>
        {
            server.Paths.Enqueue(context.Request.Path);
            return server.Role is { } role ? Results.Text(role) : Results.NotFound();
        });
        app.MapGet("/latest/meta-data/cam/security-credentials/{role}", (string role, HttpContext context) =>
        {
            server.Paths.Enqueue(context.Request.Path);
            if (role != server.Role)
            {
                return Results.NotFound();
            }

            var number = Interlocked.Increment(ref server._credentialRequests);
            return Results.Text(server.Answer?.Invoke(number) ?? Credentials(number, server.Expiry), "application/json");
        });
        await app.StartAsync();
        return server;
    }

    public static string Credentials(int number, DateTimeOffset expiry) =>
        $$"""{"TmpSecretId":"AKIDcvm{{number}}","TmpSecretKey":"{{Secrets.Key}}{{number}}","ExpiredTime":{{expiry.ToUnixTimeSeconds()}},"Expiration":"{{expiry.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}","Token":"{{Secrets.Token}}{{number}}","Code":"Success"}""";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
