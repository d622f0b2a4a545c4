namespace TcApi.Credentials;

/// <summary>
/// The chain most programs want: environment variables → profile file → OIDC web identity (TKE) → CVM instance role.
/// </summary>
/// <remarks>
/// The official SDKs agree on environment → profile → CVM role; the Python SDK then tries TKE's OIDC. TcApi tries OIDC
/// before the CVM role, because its variables are set on purpose for one pod, while the metadata service of the node
/// answers every pod on it with the node's role — the wrong identity for a pod that has its own.
/// </remarks>
public static class DefaultCredentialChain
{
    /// <summary>Creates the chain.</summary>
    public static CredentialChain Create(DefaultCredentialChainOptions? options = null)
    {
        options ??= new DefaultCredentialChainOptions();
        var environment = options.EnvironmentVariables;
        var webIdentity = WebIdentityOptions.FromEnvironment(environment);
        webIdentity.Endpoint = options.StsEndpoint;
        return new CredentialChain(
            [
                new EnvironmentCredentialProvider(environment),
                new ProfileCredentialProvider(options.Profile, options.CredentialsFile, environment, options.GlobalCredentialsFile),
                new WebIdentityCredentialProvider(options.StsTokenSource, webIdentity, options.Refresh),
                new CvmRoleCredentialProvider(options.CvmRole, options.Refresh),
            ],
            options.Refresh.LoggerFactory);
    }
}
