using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TcApi.Emulator.Cloud;

/// <summary>The local cloud on a loopback port (Kestrel), for clients in other processes and languages.</summary>
internal sealed class CloudServer : IAsyncDisposable
{
    public const string HtmlPage = "<html><head><title>Sign in to the network</title></head><body>Please sign in.</body></html>";
    public const string Truncated = "{\"Response\":{\"RequestId\":\"";

    private readonly WebApplication _app;

    private CloudServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<CloudServer> StartAsync(LocalCloud cloud, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = cloud.Options.MaxRequestBytes;
        });
        var app = builder.Build();
        app.MapPost("/", context => HandleAsync(cloud, context));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CloudServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task HandleAsync(LocalCloud cloud, HttpContext context)
    {
        using var memory = new MemoryStream();
        await context.Request.Body.CopyToAsync(memory, context.RequestAborted).ConfigureAwait(false);
        var request = context.Request;
        var answer = await cloud.HandleAsync(new CloudRequest(request.Method, request.Host.Value ?? string.Empty,
            name => name == "content-type" ? request.ContentType ?? string.Empty : request.Headers[name].ToString(), memory.ToArray())).ConfigureAwait(false);
        var response = context.Response;
        switch (answer.Fault)
        {
            case null when answer.IsEventStream:
                response.StatusCode = 200;
                response.ContentType = "text/event-stream";
                // One event at a time, as the service streams them.
                foreach (var item in Encoding.UTF8.GetString(answer.Body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                {
                    await response.WriteAsync(item + "\n\n", context.RequestAborted).ConfigureAwait(false);
                    await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }

                break;
            case null:
                response.StatusCode = 200;
                response.ContentType = "application/json";
                await response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
                break;
            case StatusFault status:
                response.StatusCode = (int)status.Code;
                response.ContentType = "text/plain";
                await response.WriteAsync($"{(int)status.Code} {status.Code} (injected by the local cloud)").ConfigureAwait(false);
                break;
            case HtmlFault:
                response.StatusCode = 200;
                response.ContentType = "text/html";
                await response.WriteAsync(HtmlPage).ConfigureAwait(false);
                break;
            case TruncatedFault:
                response.StatusCode = 200;
                response.ContentType = "application/json";
                await response.WriteAsync(Truncated).ConfigureAwait(false);
                break;
            default:
                context.Abort();
                break;
        }
    }
}
