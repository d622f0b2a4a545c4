using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Gaap.V20180529;

namespace TcApi.NetStandard.Consumer;

/// <summary>What a netstandard2.0 library does with the binding: builds a request and reads the typed answer.</summary>
public sealed class ListenerDirectory(GaapClient gaap)
{
    public async Task<IReadOnlyList<string>> ListenerNamesAsync(string proxyId, CancellationToken cancellationToken = default)
    {
        var answer = await gaap.DescribeTCPListenersAsync(new DescribeTCPListenersRequest { ProxyId = proxyId, Limit = 20 }, cancellationToken).ConfigureAwait(false);
        return answer.ListenerSet.Select(listener => listener.ListenerName).ToList();
    }

    public static CreateTCPListenersRequest WebListeners(string proxyId) => new()
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
}
