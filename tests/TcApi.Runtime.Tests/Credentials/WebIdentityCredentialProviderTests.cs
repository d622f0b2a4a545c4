using Microsoft.Extensions.Time.Testing;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;

namespace TcApi.Runtime.Tests.Credentials;

public class WebIdentityCredentialProviderTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Exchanges_the_token_file_named_by_the_tke_variables()
    {
        var sts = new FakeStsTokenSource(_time, TimeSpan.FromHours(2));
        var provider = Provider(sts, Tke(_files.Write("token", Secrets.OidcToken + "\n")));

        var credential = await provider.GetCredentialAsync();

        var request = Assert.Single(sts.WebIdentityRequests);
        Assert.Equal(("ap-shanghai", "oidc-provider", Secrets.OidcToken, "qcs::cam::uin/1:roleName/pod", "tcapi-1893456000000", 7200),
            (request.Region, request.ProviderId, request.WebIdentityToken, request.RoleArn, request.RoleSessionName, request.DurationSeconds));
        Assert.Equal("AKIDsts1", credential.SecretId);
        Secrets.AssertAbsent(request.ToString());
    }

    [Fact]
    public async Task Reads_the_token_file_again_at_each_refresh_because_tke_rotates_it()
    {
        var sts = new FakeStsTokenSource(_time, TimeSpan.FromHours(2));
        var file = _files.Write("token", "first-token");
        var provider = Provider(sts, Tke(file));

        await provider.GetCredentialAsync();
        File.WriteAllText(file, "rotated-token");
        _time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(5));
        await provider.GetCredentialAsync();

        Assert.Equal(["first-token", "rotated-token"], sts.WebIdentityRequests.Select(r => r.WebIdentityToken));
    }

    [Fact]
    public async Task Does_not_apply_without_the_tke_variables_even_with_a_region()
    {
        var provider = Provider(new FakeStsTokenSource(_time, TimeSpan.FromHours(2)), new() { ["TKE_REGION"] = "ap-shanghai" });

        var error = await Assert.ThrowsAsync<CredentialUnavailableException>(() => provider.GetCredentialAsync().AsTask());

        Assert.Equal("TKE_ROLE_ARN, TKE_PROVIDER_ID and TKE_WEB_IDENTITY_TOKEN_FILE are not set", error.Reason);
    }

    [Fact]
    public async Task A_partial_configuration_is_an_error_naming_what_is_missing()
    {
        var variables = Tke(_files.Write("token", "t"));
        variables.Remove("TKE_REGION");
        variables.Remove("TKE_PROVIDER_ID");

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => Provider(new FakeStsTokenSource(_time, TimeSpan.FromHours(2)), variables).GetCredentialAsync().AsTask());

        Assert.Equal("TKE_REGION, TKE_PROVIDER_ID are not set while the other TKE variables are", error.Reason);
    }

    [Fact]
    public async Task An_empty_token_file_is_an_error()
    {
        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() =>
            Provider(new FakeStsTokenSource(_time, TimeSpan.FromHours(2)), Tke(_files.Write("token", " \n"))).GetCredentialAsync().AsTask());

        Assert.EndsWith("is empty", error.Reason);
    }

    private static Dictionary<string, string> Tke(string tokenFile) => new()
    {
        ["TKE_REGION"] = "ap-shanghai",
        ["TKE_PROVIDER_ID"] = "oidc-provider",
        ["TKE_WEB_IDENTITY_TOKEN_FILE"] = tokenFile,
        ["TKE_ROLE_ARN"] = "qcs::cam::uin/1:roleName/pod",
    };

    private WebIdentityCredentialProvider Provider(FakeStsTokenSource sts, Dictionary<string, string> variables) =>
        new(sts, WebIdentityOptions.FromEnvironment(new FakeEnvironment(variables).Get), new CredentialRefreshOptions { TimeProvider = _time });
}
