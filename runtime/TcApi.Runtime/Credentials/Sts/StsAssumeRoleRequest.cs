namespace TcApi.Credentials.Sts;

/// <summary>The parameters of STS AssumeRole.</summary>
internal sealed record StsAssumeRoleRequest(
    string Region,
    string RoleArn,
    string RoleSessionName,
    int DurationSeconds,
    string? Policy,
    string? ExternalId);
