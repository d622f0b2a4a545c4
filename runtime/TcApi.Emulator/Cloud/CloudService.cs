using System.Collections.Concurrent;
using TcApi.Client;
using TcApi.Wire;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// One service version the local cloud serves: typed handlers for its actions, errors and faults for the next calls,
/// and the calls it received. Without a handler an action answers with its published example, or one made from its
/// types.
/// </summary>
public sealed class CloudService
{
    private readonly Dictionary<string, ApiActionDescriptor> _binding = new(StringComparer.Ordinal);
    private readonly LocalCloud _cloud;

    internal CloudService(LocalCloud cloud, ServiceShapes shapes, IReadOnlyList<ApiActionDescriptor>? binding)
    {
        _cloud = cloud;
        Shapes = shapes;
        foreach (var action in binding ?? [])
        {
            _binding[action.Info.Action] = action;
        }
    }

    /// <summary>The service, e.g. <c>cvm</c>.</summary>
    public string Name => Shapes.Service;

    /// <summary>The API version served.</summary>
    public string Version => Shapes.Version;

    /// <summary>The actions' members, rate limits and published examples.</summary>
    public ServiceShapes Shapes { get; }

    /// <summary>Whether requests are read by the generated binding (typed) rather than from the shapes alone.</summary>
    public bool Typed => _binding.Count > 0;

    internal ConcurrentDictionary<string, Func<IApiRequest, CloudCallContext, IApiResponse>> Handlers { get; } = new(StringComparer.Ordinal);

    internal PlannedFaults Planned { get; } = new();

    /// <summary>Answers <typeparamref name="TRequest"/>'s action with what <paramref name="handler"/> returns (its RequestId is filled in when empty).</summary>
    public CloudService On<TRequest, TResponse>(Func<TRequest, TResponse> handler)
        where TRequest : IApiRequest
        where TResponse : IApiResponse =>
        On<TRequest, TResponse>((request, _) => handler(request));

    /// <summary>Answers <typeparamref name="TRequest"/>'s action with what <paramref name="handler"/> returns, given the call's RequestId, region and time.</summary>
    public CloudService On<TRequest, TResponse>(Func<TRequest, CloudCallContext, TResponse> handler)
        where TRequest : IApiRequest
        where TResponse : IApiResponse
    {
        var action = ActionOf(typeof(TRequest));
        Handlers[action] = (request, context) => handler((TRequest)request, context);
        return this;
    }

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="action"/> with the API error <paramref name="code"/>.</summary>
    public CloudService Fail(string action, string code, string message = "Planned by the test.", int times = 1)
    {
        Planned.Add(Known(action), Emulator.Fault.ApiError(code, message), times);
        return this;
    }

    /// <summary>Answers the next <paramref name="times"/> calls of <typeparamref name="TRequest"/>'s action with the API error <paramref name="code"/>.</summary>
    public CloudService Fail<TRequest>(string code, string message = "Planned by the test.", int times = 1)
        where TRequest : IApiRequest =>
        Fail(ActionOf(typeof(TRequest)), code, message, times);

    /// <summary>Shows <paramref name="fault"/> (delay, reset, HTML page, 5xx, …) on the next <paramref name="times"/> calls of <paramref name="action"/> (null: any action).</summary>
    public CloudService Fault(Fault fault, int times = 1, string? action = null)
    {
        Planned.Add(action is null ? null : Known(action), fault, times);
        return this;
    }

    /// <summary>The calls routed to this service, oldest first.</summary>
    public IReadOnlyList<CloudCall> Calls => _cloud.Calls.Where(c => c.Service == Name && c.Version == Version).ToList();

    /// <summary>The typed requests of <typeparamref name="TRequest"/>'s action received, oldest first.</summary>
    public IReadOnlyList<TRequest> Requests<TRequest>()
        where TRequest : IApiRequest =>
        Calls.Select(c => c.Request).OfType<TRequest>().ToList();

    internal ApiActionDescriptor? Binding(string action) => _binding.GetValueOrDefault(action);

    private string ActionOf(Type request)
    {
        if (_binding.Count == 0)
        {
            throw new InvalidOperationException($"{Name} is served without its generated binding: serve it with cloud.Service(<Service>Actions.All) to give typed handlers.");
        }

        return _binding.Values.FirstOrDefault(a => a.RequestType == request)?.Info.Action
            ?? throw new ArgumentException($"{request.Name} is not a request of {Name} {Version}.", nameof(request));
    }

    private string Known(string action) =>
        Shapes.Actions.ContainsKey(action) || _binding.ContainsKey(action) ? action : throw new ArgumentException($"{Name} {Version} has no action {action}.", nameof(action));
}
