using Microsoft.Extensions.Configuration;
using TcApi.Client;
using TcApi.Credentials;

namespace TcApi.Extensions.DependencyInjection;

/// <summary>What <c>AddTcApi</c> configures: the settings every client starts from, and where credentials come from.</summary>
public sealed class TcApiOptions
{
    /// <summary>The configuration section read by default: <c>TencentCloud</c>.</summary>
    public const string SectionName = "TencentCloud";

    /// <summary>
    /// The settings every client starts from (region, endpoint, timeouts, retries, ...). Each client gets its own copy,
    /// then its <c>Clients:&lt;ClientType&gt;</c> section and its own configure delegate apply.
    /// </summary>
    public TencentCloudClientOptions Client { get; } = new();

    /// <summary>The settings of the default credential chain (profile, credentials file, CVM role, refresh).</summary>
    public DefaultCredentialChainOptions CredentialChain { get; } = new();

    /// <summary>
    /// The credentials of every client, replacing the default chain: a <see cref="TcApi.Signing.Credential"/>, a
    /// provider of your own, or a chain. An <see cref="ICredentialProvider"/> registered in the container wins over both.
    /// </summary>
    public ICredentialProvider? Credentials { get; set; }

    /// <summary>The section the options were bound from, for the per-client sections.</summary>
    internal IConfiguration? Section { get; set; }
}
