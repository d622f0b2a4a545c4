using TcApi.Client;
using TcApi.Emulator;
using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Client;

/// <summary>A fresh emulator on 127.0.0.1 and a client for it; stopped when the test ends.</summary>
internal sealed class EmulatorFixture : IAsyncDisposable
{
    private EmulatorFixture(GaapEmulator emulator, HttpClient http)
    {
        Emulator = emulator;
        Http = http;
    }

    public GaapEmulator Emulator { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorFixture> StartAsync(EmulatorOptions? options = null, HttpMessageHandler? handler = null)
    {
        var emulator = await GaapEmulator.StartAsync(options);
        return new EmulatorFixture(emulator, handler is null ? new HttpClient() : new HttpClient(handler));
    }

    public TencentCloudClientOptions Options(Action<TencentCloudClientOptions>? configure = null)
    {
        var options = new TencentCloudClientOptions
        {
            Endpoint = Emulator.Address.ToString(),
            Timeout = TimeSpan.FromSeconds(10),
            Retry = { BaseDelay = TimeSpan.FromMilliseconds(1), Jitter = false },
        };
        configure?.Invoke(options);
        return options;
    }

    public GaapClient Client(Action<TencentCloudClientOptions>? configure = null) => new(Http, Emulator.Credential, Options(configure));

    public static CreateTCPListenersRequest Request(params int[] ports) => new()
    {
        ListenerName = "web",
        Ports = ports.Length == 0 ? [80] : ports,
        Scheduler = Scheduler.RoundRobin,
        HealthCheck = true,
        RealServerType = RealServerType.Ip,
        ProxyId = "link-bjkpdum1",
        DelayLoop = 20,
        ConnectTimeout = 10,
    };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
