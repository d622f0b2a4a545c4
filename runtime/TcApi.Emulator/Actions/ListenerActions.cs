using TcApi.Gaap.V20180529;
using TcApi.Wire;

namespace TcApi.Emulator.Actions;

/// <summary>The TCP listener workflow: CreateTCPListeners, DescribeTCPListeners, ModifyTCPListenerAttribute, DeleteListeners.</summary>
internal static class ListenerActions
{
    public static IApiResponse Create(IApiRequest request, ActionContext context)
    {
        var create = (CreateTCPListenersRequest)request;
        var isGroup = create.GroupId is not null;
        var ids = context.State.CreateListeners(create.GroupId ?? create.ProxyId!, isGroup, (id, port) => new EmulatorListener(id, string.Empty, create.ListenerName, port)
        {
            Scheduler = SchedulerWire.ToWire(create.Scheduler),
            HealthCheck = create.HealthCheck,
            RealServerType = RealServerTypeWire.ToWire(create.RealServerType),
            DelayLoop = create.DelayLoop ?? 5,
            ConnectTimeout = create.ConnectTimeout ?? 2,
            HealthyThreshold = create.HealthyThreshold ?? 3,
            UnhealthyThreshold = create.UnhealthyThreshold ?? 3,
            ClientIPMethod = create.ClientIPMethod is { } method ? ClientIPMethodWire.ToWire(method) : 0,
            FailoverSwitch = create.FailoverSwitch ?? false,
        }, create.Ports);
        return new CreateTCPListenersResponse { ListenerIds = ids, RequestId = context.RequestId };
    }

    /// <summary>Filters exactly as documented (ProxyId, GroupId, ListenerId, ListenerName, Port, SearchValue), then pages with Offset and Limit.</summary>
    public static IApiResponse Describe(IApiRequest request, ActionContext context)
    {
        var describe = (DescribeTCPListenersRequest)request;
        var matching = context.State.Listeners.Where(l =>
            (describe.ProxyId is null || (!l.OnGroup && l.OwnerId == describe.ProxyId)) &&
            (describe.GroupId is null || (l.OnGroup && l.OwnerId == describe.GroupId)) &&
            (describe.ListenerId is null || l.ListenerId == describe.ListenerId) &&
            (describe.ListenerName is null || l.Name == describe.ListenerName) &&
            (describe.Port is null || l.Port == describe.Port) &&
            (describe.SearchValue is null || l.Name.Contains(describe.SearchValue, StringComparison.Ordinal) ||
                l.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) == describe.SearchValue)).ToList();
        var page = matching.Skip((int)Math.Min(describe.Offset ?? 0, int.MaxValue)).Take((int)Math.Min(describe.Limit ?? 20, int.MaxValue));
        return new DescribeTCPListenersResponse
        {
            TotalCount = matching.Count,
            ListenerSet = page.Select(Describe).ToList(),
            RequestId = context.RequestId,
        };
    }

    public static IApiResponse Modify(IApiRequest request, ActionContext context)
    {
        var modify = (ModifyTCPListenerAttributeRequest)request;
        context.State.ModifyListener(modify.ListenerId, modify.GroupId ?? modify.ProxyId!, modify.GroupId is not null, listener =>
        {
            var changed = listener with
            {
                Name = modify.ListenerName ?? listener.Name,
                Scheduler = modify.Scheduler is { } scheduler ? SchedulerWire.ToWire(scheduler) : listener.Scheduler,
                DelayLoop = modify.DelayLoop ?? listener.DelayLoop,
                ConnectTimeout = modify.ConnectTimeout ?? listener.ConnectTimeout,
                HealthCheck = modify.HealthCheck ?? listener.HealthCheck,
                FailoverSwitch = modify.FailoverSwitch ?? listener.FailoverSwitch,
                HealthyThreshold = modify.HealthyThreshold ?? listener.HealthyThreshold,
                UnhealthyThreshold = modify.UnhealthyThreshold ?? listener.UnhealthyThreshold,
            };
            if (changed.ConnectTimeout >= changed.DelayLoop)
            {
                // The rule holds for the listener as changed, not only for the members the request sets.
                throw new ApiErrorResult("InvalidParameterValue", $"ConnectTimeout ({changed.ConnectTimeout}) must be less than DelayLoop ({changed.DelayLoop}).");
            }

            if (changed.FailoverSwitch && changed.RealServerType == "DOMAIN")
            {
                throw new ApiErrorResult("InvalidParameterValue", "FailoverSwitch cannot be enabled for domain name origin servers.");
            }

            return changed;
        });
        return new ModifyTCPListenerAttributeResponse { RequestId = context.RequestId };
    }

    public static IApiResponse Delete(IApiRequest request, ActionContext context)
    {
        var delete = (DeleteListenersRequest)request;
        var (deleted, invalid) = context.State.DeleteListeners(delete.GroupId ?? delete.ProxyId!, delete.GroupId is not null, delete.ListenerIds);
        return new DeleteListenersResponse
        {
            OperationSucceedListenerSet = deleted,
            InvalidStatusListenerSet = invalid,
            RequestId = context.RequestId,
        };
    }

    private static TCPListener Describe(EmulatorListener l) => new()
    {
        ListenerId = l.ListenerId,
        ListenerName = l.Name,
        Port = l.Port,
        Protocol = "TCP",
        ListenerStatus = 0,
        Scheduler = l.Scheduler,
        RealServerType = l.RealServerType,
        ConnectTimeout = l.ConnectTimeout,
        DelayLoop = l.DelayLoop,
        HealthCheck = l.HealthCheck ? 1 : 0,
        HealthyThreshold = l.HealthyThreshold,
        UnhealthyThreshold = l.UnhealthyThreshold,
        ClientIPMethod = l.ClientIPMethod,
        FailoverSwitch = l.FailoverSwitch ? 1 : 0,
        CreateTime = l.CreateTime,
        ProxyId = l.OnGroup ? string.Empty : l.OwnerId,
        GroupId = l.OnGroup ? l.OwnerId : string.Empty,
    };
}
