using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Credentials;

/// <summary>The role providers through TcApi's own generated sts client, against STS on 127.0.0.1.</summary>
public class StsClientTests : IAsyncLifetime
{
    private const string Role = "qcs::cam::uin/100000000001:roleName/ops";
    private readonly TempDirectory _files = new();
    private StsServer _sts = null!;

    public async Task InitializeAsync() => _sts = await StsServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _sts.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public async Task AssumeRole_is_signed_with_the_source_key_and_gives_the_temporary_keys()
    {
        var source = new Credential("AKIDsource", Secrets.Key, Secrets.Token);
        var provider = new AssumeRoleCredentialProvider(source, new AssumeRoleOptions
        {
            RoleArn = Role,
            RoleSessionName = "deploy",
            Duration = TimeSpan.FromMinutes(30),
            Region = "ap-shanghai",
            Policy = """{"version":"2.0"}""",
            Endpoint = _sts.Endpoint,
        });

        var credential = await provider.GetCredentialAsync();

        var call = Assert.Single(_sts.Calls);
        Assert.Equal(("AssumeRole", "ap-shanghai", Secrets.Token), (call.Action, call.Region, call.Token));
        var expected = new Tc3Signer(source).Authorize(new SigningInput("POST", "sts", call.Timestamp, [new("content-type", "application/json"), new("host", "127.0.0.1")], call.Body));
        Assert.Equal(expected, call.Authorization);
        Assert.StartsWith("TC3-HMAC-SHA256 Credential=AKIDsource/", call.Authorization);
        Assert.Equal((Role, "deploy", 1800, "%7B%22version%22%3A%222.0%22%7D"),
            (call.Json.GetProperty("RoleArn").GetString(), call.Json.GetProperty("RoleSessionName").GetString(), call.Json.GetProperty("DurationSeconds").GetInt32(), call.Json.GetProperty("Policy").GetString()));
        Assert.Equal(("AKIDsts1", Secrets.Key + "1", Secrets.Token + "1"), (credential.SecretId, credential.SecretKey, credential.Token));
        Assert.Equal(_sts.Expiry.ToUnixTimeSeconds(), credential.Expiration!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_is_sent_unsigned_with_the_token_of_the_file()
    {
        _sts.UnixExpiry = false;
        var provider = new WebIdentityCredentialProvider(WebIdentity(_files.Write("token", Secrets.OidcToken + "\n")));

        var credential = await provider.GetCredentialAsync();

        var call = Assert.Single(_sts.Calls);
        Assert.Equal(("AssumeRoleWithWebIdentity", "ap-beijing", "SKIP", null), (call.Action, call.Region, call.Authorization, call.Token));
        Assert.Equal(("oidc-provider", Secrets.OidcToken, "qcs::cam::uin/1:roleName/pod", 7200),
            (call.Json.GetProperty("ProviderId").GetString(), call.Json.GetProperty("WebIdentityToken").GetString(), call.Json.GetProperty("RoleArn").GetString(), call.Json.GetProperty("DurationSeconds").GetInt32()));
        Assert.StartsWith("tcapi-", call.Json.GetProperty("RoleSessionName").GetString());
        Assert.Equal("AKIDsts1", credential.SecretId);
        // Only Expiration (ISO 8601) was answered.
        Assert.Equal(_sts.Expiry.ToUnixTimeSeconds(), credential.Expiration!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task The_default_chain_exchanges_a_pods_token_at_the_sts_endpoint_it_is_given()
    {
        using var home = new TempDirectory();
        var chain = DefaultCredentialChain.Create(new DefaultCredentialChainOptions
        {
            EnvironmentVariables = new FakeEnvironment(new()
            {
                ["HOME"] = home.Path,
                ["TKE_REGION"] = "ap-guangzhou",
                ["TKE_PROVIDER_ID"] = "oidc",
                ["TKE_ROLE_ARN"] = "qcs::cam::uin/1:roleName/pod",
                ["TKE_WEB_IDENTITY_TOKEN_FILE"] = home.Write("token", Secrets.OidcToken),
            }).Get,
            GlobalCredentialsFile = Path.Combine(home.Path, "none"),
            StsEndpoint = _sts.Endpoint,
        });

        var credential = await chain.GetCredentialAsync();

        Assert.Equal("AKIDsts1", credential.SecretId);
        Assert.IsType<WebIdentityCredentialProvider>(chain.SelectedProvider);
        Assert.Equal("SKIP", Assert.Single(_sts.Calls).Authorization);
    }

    [Fact]
    public async Task Dependency_injection_gives_the_chain_the_sts_endpoint_of_the_configuration()
    {
        using var home = new TempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TencentCloud:StsEndpoint"] = _sts.Endpoint }).Build();
        var services = new ServiceCollection().AddTcApi(configuration, o =>
        {
            o.CredentialChain.EnvironmentVariables = new FakeEnvironment(new()
            {
                ["HOME"] = home.Path,
                ["TKE_REGION"] = "ap-guangzhou",
                ["TKE_PROVIDER_ID"] = "oidc",
                ["TKE_ROLE_ARN"] = "qcs::cam::uin/1:roleName/pod",
                ["TKE_WEB_IDENTITY_TOKEN_FILE"] = home.Write("token", Secrets.OidcToken),
            }).Get;
            o.CredentialChain.GlobalCredentialsFile = Path.Combine(home.Path, "none");
        });
        await using var provider = services.BuildServiceProvider();

        var credential = await provider.GetRequiredService<ICredentialProvider>().GetCredentialAsync();

        Assert.Equal("AKIDsts1", credential.SecretId);
        Assert.Equal("AssumeRoleWithWebIdentity", Assert.Single(_sts.Calls).Action);
    }

    [Fact]
    public async Task An_sts_error_is_a_refresh_exception_naming_the_provider_and_the_code_without_the_token()
    {
        // A service that quotes the token back must not make it appear in the error.
        _sts.Error = ("InvalidParameter.WebIdentityTokenError", $"token {Secrets.OidcToken} is expired");
        var provider = new WebIdentityCredentialProvider(WebIdentity(_files.Write("token", Secrets.OidcToken)));

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => provider.GetCredentialAsync().AsTask());

        Assert.Equal("OIDC web identity (TKE)", error.Provider);
        Assert.Equal("STS AssumeRoleWithWebIdentity failed with InvalidParameter.WebIdentityTokenError: token (hidden) is expired (RequestId sts-request-1)", error.Reason);
        Secrets.AssertAbsent(error.ToString());
    }

    [Fact]
    public async Task An_assume_role_error_names_the_role_and_keeps_the_typed_api_error()
    {
        _sts.Error = ("ResourceNotFound.RoleNotFound", "role not exist");
        var provider = new AssumeRoleCredentialProvider(new Credential("AKIDsource", Secrets.Key), new AssumeRoleOptions { RoleArn = Role, Endpoint = _sts.Endpoint });

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => provider.GetCredentialAsync().AsTask());

        Assert.Equal($"STS AssumeRole {Role}", error.Provider);
        Assert.Equal("ResourceNotFound.RoleNotFound", Assert.IsAssignableFrom<TencentCloudApiException>(error.InnerException).RawCode);
        Secrets.AssertAbsent(error.ToString());
    }

    [Fact]
    public async Task Source_credentials_that_fail_are_the_assume_role_providers_failure()
    {
        var source = new EnvironmentCredentialProvider(new FakeEnvironment().Get);
        var provider = new AssumeRoleCredentialProvider(source, new AssumeRoleOptions { RoleArn = Role, Endpoint = _sts.Endpoint });

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => provider.GetCredentialAsync().AsTask());

        Assert.Equal($"STS AssumeRole {Role}", error.Provider);
        Assert.Contains("the credentials that sign AssumeRole could not be obtained", error.Reason);
        Assert.Empty(_sts.Calls);
    }

    [Fact]
    public void AssumeRole_cannot_be_sent_unsigned() =>
        Assert.Throws<ArgumentException>(() => new AssumeRoleCredentialProvider(AnonymousCredentialProvider.Instance, new AssumeRoleOptions { RoleArn = Role }));

    private WebIdentityOptions WebIdentity(string tokenFile) => new()
    {
        Region = "ap-beijing",
        ProviderId = "oidc-provider",
        TokenFile = tokenFile,
        RoleArn = "qcs::cam::uin/1:roleName/pod",
        Endpoint = _sts.Endpoint,
    };
}
