using TcApi.Gaap.V20180529;
using TcApi.Wire;

namespace TcApi.Emulator.Actions;

/// <summary>DescribeProxies and DescribeProxyGroupList: the seeded connections and groups, paged.</summary>
internal static class OwnerActions
{
    public static IApiResponse DescribeProxies(IApiRequest request, ActionContext context)
    {
        var describe = (DescribeProxiesRequest)request;
        var ids = (describe.ProxyIds ?? describe.InstanceIds)?.ToHashSet(StringComparer.Ordinal);
        var matching = context.State.Owners.Where(o => !o.IsGroup && (ids is null || ids.Contains(o.Id))).ToList();
        var page = matching.Skip((int)Math.Min(describe.Offset ?? 0, int.MaxValue)).Take((int)Math.Min(describe.Limit ?? 20, int.MaxValue))
            .Select(o => new ProxyInfo
            {
                ProxyId = o.Id,
                InstanceId = o.Id,
                ProxyName = o.Name,
                Status = o.Running ? "RUNNING" : "CLOSED",
                CreateTime = o.CreateTime,
                Version = "2.0",
            }).ToList();
        return new DescribeProxiesResponse { TotalCount = matching.Count, ProxySet = page, InstanceSet = page, RequestId = context.RequestId };
    }

    public static IApiResponse DescribeGroups(IApiRequest request, ActionContext context)
    {
        var describe = (DescribeProxyGroupListRequest)request;
        var matching = context.State.Owners.Where(o => o.IsGroup).ToList();
        var page = matching.Skip((int)Math.Min(describe.Offset, int.MaxValue)).Take((int)Math.Min(describe.Limit, int.MaxValue))
            .Select(o => new ProxyGroupInfo
            {
                GroupId = o.Id,
                GroupName = o.Name,
                Status = o.Running ? "RUNNING" : "CLOSED",
                CreateTime = o.CreateTime,
                ProjectId = 0,
                Version = "2.0",
            }).ToList();
        return new DescribeProxyGroupListResponse { TotalCount = matching.Count, ProxyGroupList = page, RequestId = context.RequestId };
    }
}
