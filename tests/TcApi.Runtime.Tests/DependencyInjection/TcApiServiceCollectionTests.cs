using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TcApi.Client;
using TcApi.Credentials;
using TcApi.Extensions.DependencyInjection;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.DependencyInjection;

public class TcApiServiceCollectionTests : IDisposable
{
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task A_client_is_built_over_IHttpClientFactory_with_its_options_bound_from_the_TencentCloud_section()
    {
        var handler = new FakeHandler();
        var services = new ServiceCollection();
        services.AddTcApi(Configuration(new()
        {
            ["TencentCloud:Region"] = "ap-shanghai",
            ["TencentCloud:Language"] = "en-US",
            ["TencentCloud:Timeout"] = "00:00:07",
            ["TencentCloud:Retry:MaxAttempts"] = "5",
            ["TencentCloud:Retry:Jitter"] = "false",
            ["TencentCloud:Clients:PingClient:Endpoint"] = "http://127.0.0.1:9000",
        }), o => o.Credentials = new Credential("AKIDdi", Secrets.Key));
        services.AddTencentCloudClient((http, credentials, options) => new PingClient(http, credentials, options))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<PingClient>();
        await client.PingAsync(new PingRequest());

        Assert.Equal(("ap-shanghai", "en-US", TimeSpan.FromSeconds(7), 5, false, "http://127.0.0.1:9000"),
            (client.Options.Region, client.Options.Language, client.Options.Timeout, client.Options.Retry.MaxAttempts, client.Options.Retry.Jitter, client.Options.Endpoint));
        var request = Assert.Single(handler.Requests);
        Assert.Equal("ap-shanghai", request.Headers["X-TC-Region"]);
        Assert.StartsWith("TC3-HMAC-SHA256 Credential=AKIDdi/", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Every_instance_of_a_client_shares_one_options_object_and_so_its_rate_limiters()
    {
        var services = new ServiceCollection().AddTcApi(o => o.Credentials = new Credential("AKID", Secrets.Key));
        services.AddTencentCloudClient((http, credentials, options) => new PingClient(http, credentials, options));
        await using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<PingClient>();
        var second = provider.GetRequiredService<PingClient>();

        Assert.NotSame(first, second);
        Assert.Same(first.Options, second.Options);
    }

    [Fact]
    public async Task The_shared_settings_are_copied_per_client_and_the_clients_own_delegate_runs_last()
    {
        var services = new ServiceCollection().AddTcApi(o =>
        {
            o.Credentials = new Credential("AKID", Secrets.Key);
            o.Client.Region = "ap-guangzhou";
        });
        services.AddTencentCloudClient((http, credentials, options) => new PingClient(http, credentials, options), o => o.Region = "ap-beijing");
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PingClient>().Options;

        Assert.Equal("ap-beijing", options.Region);
        Assert.Equal("ap-guangzhou", provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TcApiOptions>>().Value.Client.Region);
    }

    [Fact]
    public async Task The_default_credential_chain_reads_the_profile_and_file_named_in_configuration()
    {
        var file = _home.Write("credentials", "[default]\nsecret_id = AKIDdefault\nsecret_key = k\n[ci]\nsecret_id = AKIDci\nsecret_key = k\n");
        var services = new ServiceCollection().AddTcApi(
            Configuration(new() { ["TencentCloud:Profile"] = "ci", ["TencentCloud:CredentialsFile"] = file }),
            o => o.CredentialChain.EnvironmentVariables = new FakeEnvironment().Get);
        await using var provider = services.BuildServiceProvider();

        var credentials = provider.GetRequiredService<ICredentialProvider>();
        var credential = await credentials.GetCredentialAsync();

        var chain = Assert.IsType<CredentialChain>(credentials);
        Assert.IsType<ProfileCredentialProvider>(chain.SelectedProvider);
        Assert.Equal("AKIDci", credential.SecretId);
    }

    [Fact]
    public async Task A_credential_provider_registered_in_the_container_wins()
    {
        var mine = new Credential("AKIDmine", Secrets.Key);
        var services = new ServiceCollection();
        services.AddSingleton<ICredentialProvider>(mine);
        services.AddTcApi();
        await using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<ICredentialProvider>());
    }

    [Fact]
    public async Task The_containers_clock_logger_factory_and_meter_factory_reach_the_client_and_the_chain()
    {
        var time = new FakeTimeProvider();
        var services = new ServiceCollection().AddTcApi(o => o.CredentialChain.EnvironmentVariables = new FakeEnvironment().Get);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddMetrics();
        services.AddTencentCloudClient((http, credentials, options) => new PingClient(http, credentials, options));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PingClient>().Options;
        provider.GetRequiredService<ICredentialProvider>();
        var chainOptions = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TcApiOptions>>().Value.CredentialChain;

        Assert.Same(time, options.TimeProvider);
        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), options.LoggerFactory);
        Assert.Same(provider.GetRequiredService<IMeterFactory>(), options.MeterFactory);
        Assert.Same(time, chainOptions.Refresh.TimeProvider);
        Assert.Same(provider.GetRequiredService<ILoggerFactory>(), chainOptions.Refresh.LoggerFactory);
    }

    [Fact]
    public async Task The_http_client_leaves_timing_to_the_tencent_cloud_client()
    {
        HttpClient? seen = null;
        var services = new ServiceCollection().AddTcApi(o => o.Credentials = new Credential("AKID", Secrets.Key));
        services.AddTencentCloudClient((http, credentials, options) =>
        {
            seen = http;
            return new PingClient(http, credentials, options);
        });
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<PingClient>();

        Assert.Equal(Timeout.InfiniteTimeSpan, seen!.Timeout);
    }

    [Fact]
    public async Task A_value_that_does_not_parse_names_its_key_and_the_expected_form()
    {
        var services = new ServiceCollection().AddTcApi(Configuration(new() { ["TencentCloud:Retry:BaseDelay"] = "soon" }));
        services.AddTencentCloudClient((http, credentials, options) => new PingClient(http, credentials, options));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<PingClient>());

        Assert.Equal("Configuration TencentCloud:Retry:BaseDelay: 'soon' is not a time span such as 00:00:30.", error.Message);
    }

    [Fact]
    public async Task A_section_can_be_passed_directly()
    {
        var configuration = Configuration(new() { ["Tencent:Region"] = "ap-chengdu" });
        var services = new ServiceCollection().AddTcApi(configuration.GetSection("Tencent"), o => o.Credentials = new Credential("AKID", Secrets.Key));
        services.AddTencentCloudClient((http, credentials, options) => new PingClient(http, credentials, options));
        await using var provider = services.BuildServiceProvider();

        Assert.Equal("ap-chengdu", provider.GetRequiredService<PingClient>().Options.Region);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
