using System;
using TcApi.Credentials.Sts;

namespace TcApi.Credentials;

/// <summary>The settings of <see cref="DefaultCredentialChain"/>.</summary>
public sealed class DefaultCredentialChainOptions
{
    /// <summary>The profile of the credentials file; else TENCENTCLOUD_PROFILE, else <c>default</c>.</summary>
    public string? Profile { get; set; }

    /// <summary>The credentials file; else TENCENTCLOUD_CREDENTIALS_FILE, else <c>~/.tencentcloud/credentials</c>, then <c>/etc/tencentcloud/credentials</c>.</summary>
    public string? CredentialsFile { get; set; }

    /// <summary>The instance metadata service and the role.</summary>
    public CvmRoleOptions CvmRole { get; set; } = new();

    /// <summary>
    /// The STS endpoint the OIDC provider exchanges its token at: a host (e.g. <c>sts.internal.tencentcloudapi.com</c>
    /// inside a VPC) or an absolute URL. Default <c>sts.tencentcloudapi.com</c>.
    /// </summary>
    public string? StsEndpoint { get; set; }

    /// <summary>When the temporary credentials (CVM role, OIDC) are refreshed, on which clock, where it is logged.</summary>
    public CredentialRefreshOptions Refresh { get; set; } = new();

    /// <summary>
    /// Where environment variables are read. Default the process environment; a host that keeps its settings
    /// elsewhere, or a test, passes its own lookup.
    /// </summary>
    public Func<string, string?> EnvironmentVariables { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>The system-wide credentials file looked at after the user's.</summary>
    internal string GlobalCredentialsFile { get; set; } = "/etc/tencentcloud/credentials";

    /// <summary>What the OIDC provider exchanges its token with; null for TcApi's own sts client (tests pass a fake).</summary>
    internal IStsTokenSource? StsTokenSource { get; set; }
}
