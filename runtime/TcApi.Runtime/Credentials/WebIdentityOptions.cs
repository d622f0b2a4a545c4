using System;

namespace TcApi.Credentials;

/// <summary>
/// STS AssumeRoleWithWebIdentity with the OIDC token that TKE mounts in a pod (TKE's pod identity), from the variables
/// TKE sets: TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN.
/// </summary>
public sealed class WebIdentityOptions
{
    /// <summary>The region variable.</summary>
    public const string RegionVariable = "TKE_REGION";

    /// <summary>The OIDC identity provider variable.</summary>
    public const string ProviderIdVariable = "TKE_PROVIDER_ID";

    /// <summary>The token file variable.</summary>
    public const string TokenFileVariable = "TKE_WEB_IDENTITY_TOKEN_FILE";

    /// <summary>The role variable.</summary>
    public const string RoleArnVariable = "TKE_ROLE_ARN";

    /// <summary>The region STS is called in (TKE_REGION).</summary>
    public string? Region { get; set; }

    /// <summary>The OIDC identity provider (TKE_PROVIDER_ID).</summary>
    public string? ProviderId { get; set; }

    /// <summary>The file holding the OIDC token (TKE_WEB_IDENTITY_TOKEN_FILE); read at every refresh, since TKE rotates it.</summary>
    public string? TokenFile { get; set; }

    /// <summary>The role (TKE_ROLE_ARN).</summary>
    public string? RoleArn { get; set; }

    /// <summary>The session name; default <c>tcapi-</c> and the Unix time in milliseconds.</summary>
    public string? RoleSessionName { get; set; }

    /// <summary>How long the credentials last, at most 12 hours. Default 2 hours, as in the official SDKs.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The STS endpoint: a host (sent over https) or an absolute URL. Default <c>sts.tencentcloudapi.com</c>, as the
    /// official SDKs; the region goes in X-TC-Region.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>Reads the four TKE variables of the process environment.</summary>
    public static WebIdentityOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    internal static WebIdentityOptions FromEnvironment(Func<string, string?> environment) => new()
    {
        Region = environment(RegionVariable),
        ProviderId = environment(ProviderIdVariable),
        TokenFile = environment(TokenFileVariable),
        RoleArn = environment(RoleArnVariable),
    };
}
