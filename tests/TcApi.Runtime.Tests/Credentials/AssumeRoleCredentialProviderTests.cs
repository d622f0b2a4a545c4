using Microsoft.Extensions.Time.Testing;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;

namespace TcApi.Runtime.Tests.Credentials;

public class AssumeRoleCredentialProviderTests
{
    private const string Role = "qcs::cam::uin/100000000001:roleName/ops";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Asks_sts_for_the_role_with_the_session_name_and_duration()
    {
        var sts = new FakeStsTokenSource(_time, TimeSpan.FromHours(2));
        var provider = new AssumeRoleCredentialProvider(sts, new AssumeRoleOptions { RoleArn = Role, Duration = TimeSpan.FromMinutes(90), Policy = "{}" }, Refresh());

        var credential = await provider.GetCredentialAsync();

        var request = Assert.Single(sts.AssumeRoleRequests);
        Assert.Equal(("ap-guangzhou", Role, "tcapi-1893456000000", 5400, "{}"), (request.Region, request.RoleArn, request.RoleSessionName, request.DurationSeconds, request.Policy));
        Assert.Equal(("AKIDsts1", Secrets.Token + "1", _time.GetUtcNow().AddHours(2)), (credential.SecretId, credential.Token, credential.Expiration));
    }

    [Fact]
    public async Task Assumes_the_role_again_before_the_credentials_expire()
    {
        var sts = new FakeStsTokenSource(_time, TimeSpan.FromHours(2));
        var provider = new AssumeRoleCredentialProvider(sts, new AssumeRoleOptions { RoleArn = Role, RoleSessionName = "deploy" }, Refresh());

        await provider.GetCredentialAsync();
        _time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(5));
        var second = await provider.GetCredentialAsync();

        Assert.Equal("AKIDsts2", second.SecretId);
        Assert.All(sts.AssumeRoleRequests, r => Assert.Equal("deploy", r.RoleSessionName));
    }

    [Fact]
    public async Task An_sts_error_is_a_typed_exception_naming_the_role()
    {
        var sts = new FakeStsTokenSource(_time, TimeSpan.FromHours(2))
        {
            Failure = new TencentCloudApiException("AssumeRole", new ApiError("InvalidParameter.RoleNotExist", "role not exist"), "req-1"),
        };
        var provider = new AssumeRoleCredentialProvider(sts, new AssumeRoleOptions { RoleArn = Role }, Refresh());

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => provider.GetCredentialAsync().AsTask());

        Assert.Equal($"STS AssumeRole {Role}", error.Provider);
        Assert.Contains("InvalidParameter.RoleNotExist", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(43201)]
    public void A_duration_outside_sts_range_is_refused(int seconds)
    {
        var sts = new FakeStsTokenSource(_time, TimeSpan.FromHours(2));

        Assert.Throws<ArgumentOutOfRangeException>(() => new AssumeRoleCredentialProvider(sts, new AssumeRoleOptions { RoleArn = Role, Duration = TimeSpan.FromSeconds(seconds) }, Refresh()));
    }

    private CredentialRefreshOptions Refresh() => new() { TimeProvider = _time };
}
