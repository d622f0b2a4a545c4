namespace TcApi.Generator.Model;

internal enum ActionStatus
{
    Online,
    Deprecated,
    Offline,
}

/// <summary>One API action with its input, output, rules and documented error codes.</summary>
internal sealed record ActionModel(
    string Name,
    string Description,
    string? Documentation,
    ActionStatus Status,
    int? RateLimitPerSecond,
    bool Idempotent,
    string? IdempotencyReason,
    bool RegionRequired,
    EquatableArray<MemberModel> Input,
    EquatableArray<MemberModel> Output,
    EquatableArray<RuleModel> Rules,
    EquatableArray<string> ErrorCodes,
    PagingModel? Paging = null,
    EquatableArray<WaiterModel> Waiters = default,
    StreamingModel? Streaming = null,
    ClientTokenModel? ClientToken = null)
{
    public string RequestTypeName => Name + "Request";

    public string ResponseTypeName => Name + "Response";
}
