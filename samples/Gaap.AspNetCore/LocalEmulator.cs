using TcApi.Client;
using TcApi.Emulator;
using TcApi.Gaap.V20180529;

/// <summary>A GAAP emulator on 127.0.0.1 with two listeners on the sample connection, for trying the app without an account.</summary>
internal static class LocalEmulator
{
    public const string ProxyId = "link-bjkpdum1";

    public static async Task<GaapEmulator> StartAsync()
    {
        var emulator = await GaapEmulator.StartAsync();
        using var http = new HttpClient();
        var gaap = new GaapClient(http, emulator.Credential, new TencentCloudClientOptions { Endpoint = emulator.Address.ToString() });
        await gaap.CreateTCPListenersAsync(new CreateTCPListenersRequest
        {
            ListenerName = "web",
            Ports = [80, 443],
            Scheduler = Scheduler.WeightedRoundRobin,
            HealthCheck = true,
            RealServerType = RealServerType.Ip,
            ProxyId = ProxyId,
            DelayLoop = 20,
            ConnectTimeout = 10,
        });
        Console.WriteLine($"Started a local GAAP emulator at {emulator.Address}; try GET /proxies/{ProxyId}/listeners.");
        return emulator;
    }
}
