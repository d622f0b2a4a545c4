using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TcApi.Extensions.DependencyInjection;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.DependencyInjection;

public class FailoverConfigurationTests
{
    [Fact]
    public async Task The_backup_endpoint_and_its_circuit_breaker_are_bound_from_the_TencentCloud_section()
    {
        await using var provider = Provider(new()
        {
            ["TencentCloud:BackupEndpoint"] = "ping.ap-shanghai.tencentcloudapi.com",
            ["TencentCloud:CircuitBreaker:FailureThreshold"] = "7",
            ["TencentCloud:CircuitBreaker:BreakDuration"] = "00:02:00",
        });

        var options = provider.GetRequiredService<PingClient>().Options;

        Assert.Equal(("ping.ap-shanghai.tencentcloudapi.com", 7, TimeSpan.FromMinutes(2)), (options.BackupEndpoint, options.CircuitBreaker.FailureThreshold, options.CircuitBreaker.BreakDuration));
    }

    [Fact]
    public async Task Without_configuration_there_is_no_backup_endpoint()
    {
        await using var provider = Provider(new());

        Assert.Null(provider.GetRequiredService<PingClient>().Options.BackupEndpoint);
    }

    [Fact]
    public async Task A_threshold_that_is_not_a_positive_number_names_its_key()
    {
        await using var provider = Provider(new() { ["TencentCloud:CircuitBreaker:FailureThreshold"] = "0" });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<PingClient>());

        Assert.Equal("Configuration TencentCloud:CircuitBreaker:FailureThreshold: '0' is not a positive whole number.", error.Message);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddTcApi(configuration, o => o.Credentials = new Credential("AKID", Secrets.Key));
        services.AddTencentCloudClient((http, credentials, options) => new PingClient(http, credentials, options));
        return services.BuildServiceProvider();
    }
}
