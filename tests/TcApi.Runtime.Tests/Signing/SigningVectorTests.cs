using System.Text;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Signing;

/// <summary>Tencent's published TC3-HMAC-SHA256 vectors (../shared/reference/tencent/api3-protocol.md), every step.</summary>
public class SigningVectorTests
{
    private const string SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

    [Fact]
    public void Vector_A_POST()
    {
        var signer = new Tc3Signer(new Credential("AKID**********************0123456789EXAMPLE", SecretKey));
        var payload = Encoding.ASCII.GetBytes("""{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}""");
        var input = new SigningInput(
            "POST", "cvm", 1551113065,
            [new("content-type", "application/json; charset=utf-8"), new("host", "cvm.tencentcloudapi.com")],
            payload);

        var trace = signer.Trace(input);

        Assert.Equal("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064", trace.HashedRequestPayload);
        Assert.Equal(
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
            trace.CanonicalRequest);
        Assert.Equal("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", trace.HashedCanonicalRequest);
        Assert.Equal("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031", trace.StringToSign);
        Assert.Equal("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", trace.Signature);
        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
            trace.Authorization);
        Assert.Equal(trace.Authorization, signer.Authorize(input));
    }

    [Fact]
    public void Vector_E_GET()
    {
        var signer = new Tc3Signer(new Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey));
        var input = new SigningInput(
            "GET", "cvm", 1539084154,
            [new("content-type", "application/x-www-form-urlencoded"), new("host", "cvm.tencentcloudapi.com")],
            ReadOnlyMemory<byte>.Empty,
            canonicalQueryString: "Limit=10&Offset=0");

        var trace = signer.Trace(input);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", trace.HashedRequestPayload);
        Assert.Equal(
            "GET\n/\nLimit=10&Offset=0\ncontent-type:application/x-www-form-urlencoded\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            trace.CanonicalRequest);
        Assert.Equal("91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7", trace.HashedCanonicalRequest);
        Assert.Equal("TC3-HMAC-SHA256\n1539084154\n2018-10-09/cvm/tc3_request\n91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7", trace.StringToSign);
        Assert.Equal("5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474", trace.Signature);
        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2018-10-09/cvm/tc3_request, SignedHeaders=content-type;host, Signature=5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474",
            trace.Authorization);
    }

    [Fact]
    public void More_signed_headers_are_sorted_lowercase_names_in_the_signature()
    {
        var signer = new Tc3Signer(new Credential("id", SecretKey));
        var input = new SigningInput(
            "POST", "gaap", 1551113065,
            [new("Content-Type", "application/json"), new("Host", "GAAP.tencentcloudapi.com"), new("x-tc-action", "CreateTCPListeners")],
            "{}"u8.ToArray());

        var trace = signer.Trace(input);

        Assert.Contains("content-type:application/json\nhost:gaap.tencentcloudapi.com\nx-tc-action:createtcplisteners\n\ncontent-type;host;x-tc-action\n", trace.CanonicalRequest);
        Assert.Contains("SignedHeaders=content-type;host;x-tc-action,", trace.Authorization);
    }

    [Fact]
    public void The_service_in_the_scope_is_the_one_given_not_the_host()
    {
        var signer = new Tc3Signer(new Credential("id", SecretKey));
        var input = new SigningInput("POST", "gaap", 1551113065, [new("content-type", "application/json"), new("host", "127.0.0.1")], "{}"u8.ToArray());

        Assert.Contains("/2019-02-25/gaap/tc3_request", signer.Authorize(input));
    }

    [Fact]
    public void The_secret_key_never_shows()
    {
        var credential = new Credential("AKIDexample", SecretKey, "token");
        var authorization = new Tc3Signer(credential).Authorize(new SigningInput("POST", "gaap", 1, [new("content-type", "a"), new("host", "h")], "{}"u8.ToArray()));

        Assert.DoesNotContain(SecretKey, credential.ToString());
        Assert.DoesNotContain(SecretKey, authorization);
        Assert.Contains("AKIDexample", credential.ToString());
    }

    [Fact]
    public void Credentials_come_from_the_environment()
    {
        Environment.SetEnvironmentVariable("TENCENTCLOUD_SECRET_ID", "AKIDenv");
        Environment.SetEnvironmentVariable("TENCENTCLOUD_SECRET_KEY", "env-key");
        Environment.SetEnvironmentVariable("TENCENTCLOUD_SESSION_TOKEN", "env-token");
        try
        {
            var credential = Credential.FromEnvironment();
            Assert.Equal(("AKIDenv", "env-key", "env-token"), (credential.SecretId, credential.SecretKey, credential.Token));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TENCENTCLOUD_SECRET_ID", null);
            Environment.SetEnvironmentVariable("TENCENTCLOUD_SECRET_KEY", null);
            Environment.SetEnvironmentVariable("TENCENTCLOUD_SESSION_TOKEN", null);
        }

        Assert.Throws<InvalidOperationException>(Credential.FromEnvironment);
    }
}
