using TcApi.Credentials;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Credentials;

public class CredentialTests
{
    [Fact]
    public void ToString_shows_the_id_and_the_expiry_but_neither_the_key_nor_the_token()
    {
        var credential = new Credential("AKIDtemporary", Secrets.Key, Secrets.Token, new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));

        var text = credential.ToString();

        Assert.Equal("Credential AKIDtemporary (secret key hidden, with session token, expires 2030-01-02 03:04:05Z)", text);
        Secrets.AssertAbsent(text);
    }

    [Fact]
    public void A_long_term_key_has_no_expiry()
    {
        var credential = new Credential("AKIDlong", Secrets.Key);

        Assert.Null(credential.Expiration);
        Assert.Null(credential.Token);
        Assert.Equal("Credential AKIDlong (secret key hidden)", credential.ToString());
    }

    [Fact]
    public async Task A_credential_is_its_own_provider_and_answers_synchronously()
    {
        var credential = new Credential("AKIDlong", Secrets.Key);
        ICredentialProvider provider = credential;

        var pending = provider.GetCredentialAsync();

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Same(credential, await pending);
    }

    [Fact]
    public void An_empty_key_is_refused_without_showing_anything()
    {
        var error = Assert.Throws<ArgumentException>(() => new Credential("AKID", string.Empty, Secrets.Token, null));

        Secrets.AssertAbsent(error.ToString());
    }
}
