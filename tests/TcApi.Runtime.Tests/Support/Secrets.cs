namespace TcApi.Runtime.Tests.Support;

/// <summary>Distinctive secret values, so a test can search every message and log line for them.</summary>
public static class Secrets
{
    public const string Key = "SecretKeyThatMustNeverBeShown0001";
    public const string Token = "SessionTokenThatMustNeverBeShown0001";
    public const string OidcToken = "OidcTokenThatMustNeverBeShown0001";

    public static void AssertAbsent(string text)
    {
        Assert.DoesNotContain(Key, text);
        Assert.DoesNotContain(Token, text);
        Assert.DoesNotContain(OidcToken, text);
    }
}
