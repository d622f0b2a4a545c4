using System.Collections.Concurrent;
using System.Text;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Signing;

/// <summary>
/// The signer keeps its hash contexts between signatures (one SHA-256 per thread, one keyed HMAC per signing key):
/// a signature made between others, by another key or on many threads at once, is still the published one.
/// </summary>
public class SigningKeyReuseTests
{
    private const string SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private const string VectorA = "TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";
    private const string VectorE = "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2018-10-09/cvm/tc3_request, SignedHeaders=content-type;host, Signature=5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474";

    private static readonly SigningInput InputA = new(
        "POST", "cvm", 1551113065,
        [new("content-type", "application/json; charset=utf-8"), new("host", "cvm.tencentcloudapi.com")],
        Encoding.ASCII.GetBytes("""{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"""));

    private static readonly SigningInput InputE = new(
        "GET", "cvm", 1539084154,
        [new("content-type", "application/x-www-form-urlencoded"), new("host", "cvm.tencentcloudapi.com")],
        ReadOnlyMemory<byte>.Empty,
        canonicalQueryString: "Limit=10&Offset=0");

    private static Tc3Signer SignerA() => new(new Credential("AKID**********************0123456789EXAMPLE", SecretKey));

    private static Tc3Signer SignerE() => new(new Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey));

    [Fact]
    public void Signatures_by_two_keys_in_turn_on_one_thread_are_each_the_published_one()
    {
        var a = SignerA();
        var e = SignerE();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(VectorA, a.Authorize(InputA));
            Assert.Equal(VectorE, e.Authorize(InputE));
        }
    }

    [Fact]
    public void One_signer_moving_between_days_signs_each_day_with_its_own_key()
    {
        var signer = new Tc3Signer(new Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey));
        var a = SignerA().Authorize(InputA);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(VectorE, signer.Authorize(InputE));
            // Same secret key, another day and request: a new signing key; the previous day's context must not leak into it.
            Assert.EndsWith(a.Substring(a.IndexOf("Signature=", StringComparison.Ordinal)), signer.Authorize(InputA));
        }
    }

    [Fact]
    public void Signatures_made_on_many_threads_at_once_are_all_the_published_one()
    {
        var a = SignerA();
        var e = SignerE();
        var wrong = new ConcurrentBag<string>();

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (signer, input, expected) = i % 2 == 0 ? (a, InputA, VectorA) : (e, InputE, VectorE);
            var signed = signer.Authorize(input);
            if (signed != expected)
            {
                wrong.Add(signed);
            }
        });

        Assert.Empty(wrong);
    }
}
