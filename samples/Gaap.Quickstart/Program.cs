using System.Text;
using TcApi.Client;
using TcApi.Emulator;
using TcApi.Gaap.V20180529;
using TcApi.Signing;
using TcApi.Validation;

// dotnet run --project samples/Gaap.Quickstart                      → against a local emulator, started here
// dotnet run --project samples/Gaap.Quickstart -- --endpoint gaap.tencentcloudapi.com --proxy-id link-xxxxxxxx
//                                                                   → against Tencent Cloud, with the credentials in
//                                                                     TENCENTCLOUD_SECRET_ID / _SECRET_KEY
var endpoint = Option("--endpoint");
var proxyId = Option("--proxy-id") ?? "link-bjkpdum1";

await using var emulator = endpoint is null ? await GaapEmulator.StartAsync() : null;
var credential = emulator?.Credential ?? Credential.FromEnvironment();
using var http = new HttpClient();
var client = new GaapClient(http, credential, new TencentCloudClientOptions { Endpoint = emulator?.Address.ToString() ?? endpoint });
Console.WriteLine(emulator is null ? $"Calling {endpoint} as {credential.SecretId}." : $"Started a local GAAP emulator at {emulator.Address}.");

// 1. A request. Required members are C# `required`; every property carries IntelliSense docs from the spec.
var request = new CreateTCPListenersRequest
{
    ListenerName = "web",
    Ports = [80, 443],
    Scheduler = Scheduler.WeightedRoundRobin,
    HealthCheck = true,
    RealServerType = RealServerType.Ip,
    ProxyId = proxyId,
    DelayLoop = 20,
    ConnectTimeout = 10,
};
Console.WriteLine("Wire JSON: " + Encoding.UTF8.GetString(request.ToJsonUtf8()));

// 2. The workflow: create the listeners, list them, change one, delete it.
var created = await client.CreateTCPListenersAsync(request);
Console.WriteLine($"Created listeners {string.Join(", ", created.ListenerIds)} (RequestId {created.RequestId}).");

var listed = await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = proxyId, Limit = 20 });
foreach (var listener in listed.ListenerSet)
{
    Console.WriteLine($"  {listener.ListenerId} {listener.ListenerName} port {listener.Port}, scheduler {listener.Scheduler}, health check every {listener.DelayLoop} s");
}

var first = created.ListenerIds[0];
await client.ModifyTCPListenerAttributeAsync(new ModifyTCPListenerAttributeRequest
{
    ListenerId = first,
    ProxyId = proxyId,
    ListenerName = "web-primary",
    Scheduler = Scheduler.LeastConnections,
});
var modified = (await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ListenerId = first })).ListenerSet.Single();
Console.WriteLine($"Modified {first}: now {modified.ListenerName}, scheduler {modified.Scheduler}.");

var deleted = await client.DeleteListenersAsync(new DeleteListenersRequest { ListenerIds = [first], ProxyId = proxyId, Force = false });
Console.WriteLine($"Deleted {string.Join(", ", deleted.OperationSucceedListenerSet)}; {(await client.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = proxyId })).TotalCount} listener(s) left.");

// 3. The documentation's own example request breaks its own rule; the client rejects it without calling.
var published = """{"RealServerType":"IP","ConnectTimeout":"20","ProxyId":"link-bjkpdum1","HealthCheck":"1","ListenerName":"test1","Scheduler":"rr","Ports":["90"],"DelayLoop":"20"}"""u8;
try
{
    await client.CreateTCPListenersAsync(CreateTCPListenersRequest.ReadFrom(published));
}
catch (RequestValidationException e)
{
    Console.WriteLine("Rejected before sending: " + e.Violations[0]);
}

// 4. A server-side error arrives as a typed exception: port 443 is still taken.
try
{
    await client.CreateTCPListenersAsync(request with { Ports = [443] });
}
catch (GaapApiException e) when (e.ErrorCode == GaapErrorCode.InvalidParameterValueDuplicatedListenerPort)
{
    Console.WriteLine($"The service said {e.RawCode}: {e.ServerMessage} (RequestId {e.RequestId}).");
}

// 5. Constants that break a rule do not compile (try DelayLoop = 400: error TCAPI1001). Values known only at run
//    time, say from configuration, are checked by Validate()/EnsureValid().
var configuredPorts = new List<int> { 0, 443, 443 };
var result = (request with { Ports = configuredPorts }).Validate();
Console.WriteLine($"Configured ports {string.Join(", ", configuredPorts)}: {result.Violations.Count} violations");
foreach (var violation in result.Violations)
{
    Console.WriteLine("  " + violation);
}

return 0;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
