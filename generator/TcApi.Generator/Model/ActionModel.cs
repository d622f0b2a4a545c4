namespace TcApi.Generator.Model;

/// <summary>One API action with its input, output, rules and documented error codes.</summary>
internal sealed record ActionModel(
    string Name,
    string Description,
    string? Documentation,
    int? RateLimitPerSecond,
    bool Idempotent,
    bool RegionRequired,
    EquatableArray<MemberModel> Input,
    EquatableArray<MemberModel> Output,
    EquatableArray<RuleModel> Rules,
    EquatableArray<ErrorCodeModel> ErrorCodes);
