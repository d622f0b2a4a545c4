using System.Threading.RateLimiting;
using TcApi.Client;
using Xunit;

namespace TcApi.Runtime.Tests.Client;

/// <summary>
/// Clients built from one options object share their limiters; a documented limit is a service's, so two services'
/// actions of the same name (cvm's and lighthouse's DescribeInstances) must not draw on one limiter.
/// </summary>
public sealed class ActionRateLimitersTests
{
    [Fact]
    public void Actions_of_the_same_name_in_two_services_have_limiters_of_their_own()
    {
        var limiters = new ActionRateLimiters();
        var cvm = new ApiActionInfo("cvm", "2017-03-12", "DescribeInstances", Idempotent: true, RateLimitPerSecond: 1);
        var lighthouse = new ApiActionInfo("lighthouse", "2020-03-24", "DescribeInstances", Idempotent: true, RateLimitPerSecond: 1);

        using var first = limiters.For(cvm)!.AttemptAcquire();
        using var other = limiters.For(lighthouse)!.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.True(other.IsAcquired);
    }

    [Fact]
    public void Two_versions_of_one_service_share_the_actions_limit()
    {
        var limiters = new ActionRateLimiters();
        var older = new ApiActionInfo("cvm", "2017-03-12", "DescribeInstances", Idempotent: true, RateLimitPerSecond: 1);
        var newer = older with { Version = "2099-01-01" };

        using var first = limiters.For(older)!.AttemptAcquire();
        using var second = limiters.For(newer)!.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
    }

    [Fact]
    public void An_action_without_a_documented_limit_has_no_limiter()
    {
        var info = new ApiActionInfo("cvm", "2017-03-12", "DescribeZones", Idempotent: true, RateLimitPerSecond: null);

        Assert.Null(new ActionRateLimiters().For(info));
    }
}
