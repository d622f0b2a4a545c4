using System;

namespace TcApi.Credentials;

/// <summary>The role STS AssumeRole is asked for.</summary>
public sealed class AssumeRoleOptions
{
    /// <summary>The role, e.g. <c>qcs::cam::uin/100000000001:roleName/ops</c>. Required.</summary>
    public string RoleArn { get; set; } = string.Empty;

    /// <summary>The session name shown in CloudAudit; default <c>tcapi-</c> and the Unix time in milliseconds.</summary>
    public string? RoleSessionName { get; set; }

    /// <summary>How long the credentials last, at most 12 hours. Default 2 hours, as in the official SDKs.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The region STS is called in. Default <c>ap-guangzhou</c>, as in the official SDKs.</summary>
    public string Region { get; set; } = "ap-guangzhou";

    /// <summary>
    /// The STS endpoint: a host (sent over https) or an absolute URL. Default <c>sts.tencentcloudapi.com</c>, as the
    /// official SDKs; the region goes in X-TC-Region.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// A policy (CAM policy JSON) that narrows the role's permissions for this session, or null. STS wants it
    /// URL-encoded: JSON is encoded when sent, text that is not JSON is taken as already encoded.
    /// </summary>
    public string? Policy { get; set; }

    /// <summary>The external id the role's trust policy demands, or null.</summary>
    public string? ExternalId { get; set; }
}
