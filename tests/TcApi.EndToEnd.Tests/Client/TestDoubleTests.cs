using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TcApi.Gaap.V20180529;
using TcApi.Signing;

namespace TcApi.Client.Tests.Client;

/// <summary>
/// Code that takes a generated client can be tested with a double: a subclass that overrides the calls it fakes,
/// answering with responses built by object initializers (no reflection), registered in place of the real client.
/// </summary>
public class TestDoubleTests
{
    [Fact]
    public async Task A_double_registered_in_place_of_the_client_is_what_the_container_gives_and_paging_goes_through_it()
    {
        var services = new ServiceCollection().AddTcApi(o => o.Credentials = new Credential("AKIDdouble", "not-a-real-key"));
        services.AddTencentCloudClient((http, credentials, options) => new GaapClient(http, credentials, options));
        var fake = new TwoPagesOfCertificates();
        services.Replace(ServiceDescriptor.Singleton<GaapClient>(fake));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<GaapClient>();
        var ids = new List<string>();
        await foreach (var certificate in client.DescribeCertificatesItemsAsync(new DescribeCertificatesRequest()))
        {
            ids.Add(certificate.CertificateId);
        }

        Assert.Same(fake, client);
        Assert.Equal(["cert-1", "cert-2"], ids);
        Assert.Equal([0L, 1L], fake.Offsets);
    }

    [Fact]
    public async Task Without_a_double_the_container_gives_the_generated_client()
    {
        var services = new ServiceCollection().AddTcApi(o => o.Credentials = new Credential("AKIDdouble", "not-a-real-key"));
        services.AddTencentCloudClient((http, credentials, options) => new GaapClient(http, credentials, options));
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(typeof(GaapClient), provider.GetRequiredService<GaapClient>().GetType());
    }

    [Fact]
    public async Task A_call_the_double_does_not_override_fails_with_a_message_that_says_so()
    {
        var fake = new TwoPagesOfCertificates();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fake.DescribeProxiesAsync(new DescribeProxiesRequest()));

        Assert.Contains("GaapClient was made for a test double", error.Message);
    }

    private sealed class TwoPagesOfCertificates : GaapClient
    {
        public List<long> Offsets { get; } = [];

        public override Task<DescribeCertificatesResponse> DescribeCertificatesAsync(DescribeCertificatesRequest request, CancellationToken cancellationToken = default)
        {
            var offset = request.Offset ?? 0;
            Offsets.Add(offset);
            return Task.FromResult(new DescribeCertificatesResponse
            {
                TotalCount = 2,
                CertificateSet = [new Certificate { CertificateId = "cert-" + (offset + 1) }],
                RequestId = "req-" + offset,
            });
        }
    }
}
