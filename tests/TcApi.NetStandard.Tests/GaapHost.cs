using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TcApi.NetStandard.Tests;

/// <summary>GAAP's DescribeTCPListeners on 127.0.0.1: records each request and answers two listeners, or an error.</summary>
public sealed class GaapHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GaapHost(WebApplication app) => _app = app;

    public ConcurrentQueue<GaapCall> Calls { get; } = new();

    public string? ErrorCode { get; set; }

    public string Endpoint => _app.Urls.First() + "/";

    public static async Task<GaapHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var host = new GaapHost(app);
        app.MapPost("/", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            host.Calls.Enqueue(new GaapCall(
                context.Request.Headers["X-TC-Action"].ToString(),
                context.Request.Headers.Authorization.ToString(),
                long.Parse(context.Request.Headers["X-TC-Timestamp"].ToString(), CultureInfo.InvariantCulture),
                body.ToArray()));
            return Results.Text(host.ErrorCode is { } code
                ? "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"no such proxy\"},\"RequestId\":\"req-error\"}}"
                : """
                  {"Response":{"TotalCount":2,"ListenerSet":[
                    {"ListenerId":"listener-1","ListenerName":"web","Protocol":"TCP","Port":80,"RealServerPort":8080,"RealServerType":"IP","Scheduler":"rr","ConnectTimeout":2,"DelayLoop":5,"HealthCheck":1,"ListenerStatus":0,"CreateTime":1700000000,"BindStatus":0,"RealServerSet":[],"ClientIPMethod":0,"HealthyThreshold":3,"UnhealthyThreshold":3,"FailoverSwitch":0,"SessionPersist":0},
                    {"ListenerId":"listener-2","ListenerName":"api","Protocol":"TCP","Port":443,"RealServerPort":8443,"RealServerType":"IP","Scheduler":"rr","ConnectTimeout":2,"DelayLoop":5,"HealthCheck":1,"ListenerStatus":0,"CreateTime":1700000000,"BindStatus":0,"RealServerSet":[],"ClientIPMethod":0,"HealthyThreshold":3,"UnhealthyThreshold":3,"FailoverSwitch":0,"SessionPersist":0}
                  ],"RequestId":"req-1"}}
                  """, "application/json");
        });
        await app.StartAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request the host received.</summary>
public sealed record GaapCall(string Action, string Authorization, long Timestamp, byte[] Body);
