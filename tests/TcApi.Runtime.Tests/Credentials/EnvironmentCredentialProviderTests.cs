using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;

namespace TcApi.Runtime.Tests.Credentials;

public class EnvironmentCredentialProviderTests
{
    [Fact]
    public async Task Reads_the_id_the_key_and_the_session_token()
    {
        var environment = new FakeEnvironment(new()
        {
            ["TENCENTCLOUD_SECRET_ID"] = "AKIDenv",
            ["TENCENTCLOUD_SECRET_KEY"] = Secrets.Key,
            ["TENCENTCLOUD_SESSION_TOKEN"] = Secrets.Token,
        });

        var credential = await new EnvironmentCredentialProvider(environment.Get).GetCredentialAsync();

        Assert.Equal(("AKIDenv", Secrets.Key, Secrets.Token), (credential.SecretId, credential.SecretKey, credential.Token));
    }

    [Fact]
    public async Task Does_not_apply_when_neither_variable_is_set()
    {
        var error = await Assert.ThrowsAsync<CredentialUnavailableException>(() => new EnvironmentCredentialProvider(new FakeEnvironment().Get).GetCredentialAsync().AsTask());

        Assert.Equal("environment variables", error.Provider);
        Assert.Equal("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set", error.Reason);
    }

    [Fact]
    public async Task A_key_without_an_id_is_an_error_that_does_not_show_the_key()
    {
        var environment = new FakeEnvironment(new() { ["TENCENTCLOUD_SECRET_KEY"] = Secrets.Key });

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => new EnvironmentCredentialProvider(environment.Get).GetCredentialAsync().AsTask());

        Assert.Equal("TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not", error.Reason);
        Secrets.AssertAbsent(error.ToString());
    }
}
