namespace TcApi.Credentials.Sts;

/// <summary>The parameters of STS AssumeRoleWithWebIdentity. The OIDC token is a bearer secret: never shown.</summary>
internal sealed class StsWebIdentityRequest(string region, string providerId, string webIdentityToken, string roleArn, string roleSessionName, int durationSeconds)
{
    public string Region { get; } = region;

    public string ProviderId { get; } = providerId;

    public string WebIdentityToken { get; } = webIdentityToken;

    public string RoleArn { get; } = roleArn;

    public string RoleSessionName { get; } = roleSessionName;

    public int DurationSeconds { get; } = durationSeconds;

    public override string ToString() => $"AssumeRoleWithWebIdentity {RoleArn} as {RoleSessionName} via {ProviderId} in {Region} (token hidden)";
}
