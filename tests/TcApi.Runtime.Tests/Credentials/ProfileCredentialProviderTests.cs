using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;

namespace TcApi.Runtime.Tests.Credentials;

public class ProfileCredentialProviderTests : IDisposable
{
    private const string File = """
        # written by hand
        [default]
        secret_id = AKIDdefault
        secret_key = "SecretKeyThatMustNeverBeShown0001"

        ; a second profile, with a session token
        [dev]
        SECRET_ID=AKIDdev
        secret_key=SecretKeyThatMustNeverBeShown0001
        token = SessionTokenThatMustNeverBeShown0001

        [broken]
        secret_id = AKIDbroken
        """;

    private readonly TempDirectory _home = new();
    private readonly string _missingGlobal;

    public ProfileCredentialProviderTests() => _missingGlobal = Path.Combine(_home.Path, "etc", "credentials");

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task Reads_the_default_profile_of_the_file_in_the_home_directory()
    {
        _home.Write(".tencentcloud/credentials", File);

        var credential = await Provider(null, new() { ["HOME"] = _home.Path }).GetCredentialAsync();

        Assert.Equal(("AKIDdefault", Secrets.Key, (string?)null), (credential.SecretId, credential.SecretKey, credential.Token));
    }

    [Fact]
    public async Task Reads_the_file_named_by_TENCENTCLOUD_CREDENTIALS_FILE_and_the_profile_named_by_TENCENTCLOUD_PROFILE()
    {
        var path = _home.Write("elsewhere/creds.ini", File);

        var credential = await Provider(null, new() { ["TENCENTCLOUD_CREDENTIALS_FILE"] = path, ["TENCENTCLOUD_PROFILE"] = "dev" }).GetCredentialAsync();

        Assert.Equal(("AKIDdev", Secrets.Token), (credential.SecretId, credential.Token));
    }

    [Fact]
    public async Task A_profile_given_by_name_wins_over_the_variable()
    {
        var path = _home.Write("creds", File);

        var credential = await Provider("dev", new() { ["TENCENTCLOUD_CREDENTIALS_FILE"] = path, ["TENCENTCLOUD_PROFILE"] = "default" }).GetCredentialAsync();

        Assert.Equal("AKIDdev", credential.SecretId);
    }

    [Fact]
    public async Task Does_not_apply_when_there_is_no_file()
    {
        var error = await Assert.ThrowsAsync<CredentialUnavailableException>(() => Provider(null, new() { ["HOME"] = _home.Path }).GetCredentialAsync().AsTask());

        Assert.Contains(Path.Combine(_home.Path, ".tencentcloud", "credentials"), error.Reason);
        Assert.Contains("TENCENTCLOUD_CREDENTIALS_FILE is not set", error.Reason);
    }

    [Fact]
    public async Task Does_not_apply_when_the_implicit_default_profile_is_absent()
    {
        _home.Write(".tencentcloud/credentials", "[dev]\nsecret_id=a\nsecret_key=b\n");

        var error = await Assert.ThrowsAsync<CredentialUnavailableException>(() => Provider(null, new() { ["HOME"] = _home.Path }).GetCredentialAsync().AsTask());

        Assert.EndsWith("has no [default] profile", error.Reason);
    }

    [Fact]
    public async Task A_named_profile_that_is_absent_is_an_error()
    {
        var path = _home.Write("creds", File);

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => Provider("prod", new() { ["TENCENTCLOUD_CREDENTIALS_FILE"] = path }).GetCredentialAsync().AsTask());

        Assert.Equal($"{path} has no [prod] profile", error.Reason);
    }

    [Fact]
    public async Task A_named_file_that_does_not_exist_is_an_error()
    {
        var path = Path.Combine(_home.Path, "nope");

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => Provider(null, new() { ["TENCENTCLOUD_CREDENTIALS_FILE"] = path }).GetCredentialAsync().AsTask());

        Assert.Equal($"the credentials file {path} does not exist (TENCENTCLOUD_CREDENTIALS_FILE)", error.Reason);
    }

    [Fact]
    public async Task A_profile_without_its_key_is_an_error_naming_the_missing_key()
    {
        var path = _home.Write("creds", File);

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => Provider("broken", new() { ["TENCENTCLOUD_CREDENTIALS_FILE"] = path }).GetCredentialAsync().AsTask());

        Assert.Equal($"the [broken] profile of {path} has no secret_key", error.Reason);
        Secrets.AssertAbsent(error.ToString());
    }

    private ProfileCredentialProvider Provider(string? profile, Dictionary<string, string> variables) =>
        new(profile, path: null, new FakeEnvironment(variables).Get, _missingGlobal);
}
