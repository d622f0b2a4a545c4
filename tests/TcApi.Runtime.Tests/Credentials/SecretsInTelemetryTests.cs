using TcApi.Client;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Credentials;

/// <summary>
/// No secret key, session token or OIDC token in any span, tag, event, measurement, log line or exception text that a
/// credential provider's calls leave behind — whether they succeed or fail, and whatever the service echoes back.
/// STS and the metadata service run on 127.0.0.1 and quote the secrets back in every way a service could.
/// </summary>
public class SecretsInTelemetryTests : IAsyncLifetime
{
    private const string Role = "qcs::cam::uin/100000000001:roleName/ops";
    private const string SourceKey = Secrets.Key + "source";
    private const string SourceToken = Secrets.Token + "source";
    private readonly TempDirectory _files = new();
    private StsServer _sts = null!;
    private MetadataServer _metadata = null!;

    public static TheoryData<string> StsFailures => new()
    {
        "an error message that quotes them",
        "an unreadable answer that holds them",
        "an HTTP error whose body quotes them",
    };

    public async Task InitializeAsync()
    {
        _sts = await StsServer.StartAsync();
        _metadata = await MetadataServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _sts.DisposeAsync();
        await _metadata.DisposeAsync();
        _files.Dispose();
    }

    [Fact]
    public async Task AssumeRole_that_succeeds()
    {
        using var scan = new SecretScan();

        var credential = await AssumeRole(scan).GetCredentialAsync();

        Assert.StartsWith(Secrets.Key, credential.SecretKey);
        scan.AssertNoSecret(failure: null);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_that_succeeds()
    {
        using var scan = new SecretScan();

        var credential = await WebIdentity(scan).GetCredentialAsync();

        Assert.StartsWith(Secrets.Token, credential.Token);
        scan.AssertNoSecret(failure: null);
    }

    [Theory]
    [MemberData(nameof(StsFailures))]
    public async Task AssumeRole_that_fails(string answer)
    {
        // STS can only echo what it was sent: the session token of the source credentials (and, were it ever sent, the key).
        Answer(answer, $"session token {SourceToken} / key {SourceKey}");
        using var scan = new SecretScan();

        var failure = await Assert.ThrowsAnyAsync<CredentialException>(() => AssumeRole(scan).GetCredentialAsync().AsTask());

        Assert.NotEmpty(_sts.Calls);
        scan.AssertNoSecret(failure);
    }

    [Theory]
    [MemberData(nameof(StsFailures))]
    public async Task AssumeRoleWithWebIdentity_that_fails(string answer)
    {
        Answer(answer, $"token {Secrets.OidcToken}");
        using var scan = new SecretScan();

        var failure = await Assert.ThrowsAnyAsync<CredentialException>(() => WebIdentity(scan).GetCredentialAsync().AsTask());

        Assert.NotEmpty(_sts.Calls);
        scan.AssertNoSecret(failure);
    }

    [Fact]
    public async Task The_instance_role_that_succeeds()
    {
        using var scan = new SecretScan();

        var credential = await InstanceRole(scan).GetCredentialAsync();

        Assert.StartsWith(Secrets.Key, credential.SecretKey);
        scan.AssertNoSecret(failure: null);
    }

    [Theory]
    [InlineData($$"""{"Code":"InvalidToken {{Secrets.Token}}","TmpSecretId":"AKIDcvm","TmpSecretKey":"{{Secrets.Key}}","Token":"{{Secrets.Token}}","ExpiredTime":4102444800}""")]
    [InlineData($$"""{"TmpSecretId":"AKIDcvm","TmpSecretKey":"{{Secrets.Key}}","Token":"{{Secrets.Token}}","ExpiredTime":"soon"}""")]
    [InlineData($$"""{"TmpSecretId":"AKIDcvm","TmpSecretKey":"{{Secrets.Key}}","Token":"{{Secrets.Token}}",""")]
    public async Task The_instance_role_that_fails(string answer)
    {
        _metadata.Answer = _ => answer;
        using var scan = new SecretScan();

        var failure = await Assert.ThrowsAnyAsync<CredentialException>(() => InstanceRole(scan).GetCredentialAsync().AsTask());

        scan.AssertNoSecret(failure);
    }

    [Fact]
    public async Task Any_call_whose_service_quotes_the_session_token_it_was_sent()
    {
        using var scan = new SecretScan();
        var handler = new FakeHandler().Enqueue(_ => FakeHandler.Envelope(
            $$"""{"Error":{"Code":"AuthFailure.TokenFailure","Message":"token {{Secrets.Token}} of key {{Secrets.Key}} is invalid"},"RequestId":"r-1"}"""));
        var client = new PingClient(new HttpClient(handler), new Credential("AKIDping", Secrets.Key, Secrets.Token), new TencentCloudClientOptions
        {
            RateLimiting = false,
            LoggerFactory = scan.Logs,
        });

        var failure = await Assert.ThrowsAsync<TencentCloudApiException>(() => client.PingAsync(new PingRequest()));

        Assert.Equal("token (hidden) of key (hidden) is invalid", failure.ServerMessage);
        scan.AssertNoSecret(failure);
    }

    private void Answer(string kind, string quoted)
    {
        switch (kind)
        {
            case "an error message that quotes them":
                _sts.Error = ("InvalidParameter.WebIdentityTokenError", quoted + " is refused");
                break;
            case "an unreadable answer that holds them":
                _sts.Raw = (200, $$"""{"Response":{"Credentials":{"Token":"{{Secrets.Token}}","TmpSecretKey":"{{Secrets.Key}}","TmpSecretId":"AKID""");
                break;
            default:
                _sts.Raw = (500, quoted + " is refused");
                break;
        }
    }

    private AssumeRoleCredentialProvider AssumeRole(SecretScan scan) =>
        new(new Credential("AKIDsource", SourceKey, SourceToken), new AssumeRoleOptions { RoleArn = Role, Endpoint = _sts.Endpoint }, Refresh(scan));

    private WebIdentityCredentialProvider WebIdentity(SecretScan scan) => new(
        new WebIdentityOptions
        {
            Region = "ap-beijing",
            ProviderId = "oidc-provider",
            TokenFile = _files.Write("token", Secrets.OidcToken),
            RoleArn = "qcs::cam::uin/1:roleName/pod",
            Endpoint = _sts.Endpoint,
        },
        Refresh(scan));

    private CvmRoleCredentialProvider InstanceRole(SecretScan scan) =>
        new(new CvmRoleOptions { MetadataEndpoint = _metadata.Endpoint, Timeout = TimeSpan.FromSeconds(30) }, Refresh(scan));

    private static CredentialRefreshOptions Refresh(SecretScan scan) => new() { LoggerFactory = scan.Logs };
}
