namespace TcApi.Generator.Model;

/// <summary>
/// A state to wait for by polling an action: the status member (of the response, or of each item of a list in it),
/// the values that mean done and those that mean it never will be, and the polling defaults.
/// </summary>
internal sealed record WaiterModel(
    string Name,
    string Description,
    MemberModel? Items,
    MemberModel Status,
    EquatableArray<string> Success,
    EquatableArray<string> Failure,
    int TimeoutSeconds,
    int DelaySeconds,
    int MaxDelaySeconds);
