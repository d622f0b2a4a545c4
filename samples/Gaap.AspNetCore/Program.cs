using TcApi.Emulator;
using TcApi.Gaap.V20180529;

// dotnet run --project samples/Gaap.AspNetCore -- --emulator   → starts a local GAAP emulator (with a few listeners)
//                                                                and calls it; then GET /proxies/link-bjkpdum1/listeners
// dotnet run --project samples/Gaap.AspNetCore                 → calls GAAP as configured in appsettings.json, with the
//                                                                default credential chain (env → profile → OIDC → CVM role)
var builder = WebApplication.CreateBuilder(args.Where(arg => arg != "--emulator").ToArray());
await using var emulator = args.Contains("--emulator") ? await LocalEmulator.StartAsync() : null;

// One credential provider (the default chain unless configured otherwise) and the settings of "TencentCloud".
builder.Services.AddTcApi(builder.Configuration, options => options.Credentials = emulator?.Credential);
// GaapClient as a typed client of IHttpClientFactory; its options: TencentCloud, then TencentCloud:Clients:GaapClient.
builder.Services.AddTencentCloudClient(
    (http, credentials, options) => new GaapClient(http, credentials, options),
    options => options.Endpoint = emulator?.Address.ToString() ?? options.Endpoint);

var app = builder.Build();

app.MapGet("/proxies/{proxyId}/listeners", async (string proxyId, GaapClient gaap, CancellationToken cancellationToken) =>
{
    var answer = await gaap.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = proxyId, Limit = 100 }, cancellationToken);
    return new ListenerPage(
        answer.TotalCount,
        answer.ListenerSet.Select(l => new ListenerSummary(l.ListenerId, l.ListenerName, l.Port, l.Scheduler.ToString())).ToList(),
        answer.RequestId);
});

app.Run();

/// <summary>One page of a connection's TCP listeners.</summary>
internal sealed record ListenerPage(long TotalCount, IReadOnlyList<ListenerSummary> Listeners, string RequestId);

/// <summary>What the endpoint shows of a listener.</summary>
internal sealed record ListenerSummary(string Id, string Name, long Port, string Scheduler);
