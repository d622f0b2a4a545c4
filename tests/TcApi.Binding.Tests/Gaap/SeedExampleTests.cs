using System.Text;
using TcApi.Gaap.V20180529;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>The seed document's own example, as published: numbers written as strings.</summary>
public class SeedExampleTests
{
    [Fact]
    public void The_published_request_reads_with_numbers_as_strings()
    {
        var json = SpecExamples.Input("CreateTCPListeners", 0);
        Assert.Contains("\"DelayLoop\":\"20\"", Encoding.UTF8.GetString(json));

        var request = CreateTCPListenersRequest.ReadFrom(json);

        // The published example is our valid request with ConnectTimeout raised to DelayLoop.
        Assert.Equal(GaapRequests.Valid() with { ConnectTimeout = 20 }, request);
    }

    [Fact]
    public void The_published_request_breaks_exactly_the_ConnectTimeout_rule()
    {
        var request = CreateTCPListenersRequest.ReadFrom(SpecExamples.Input("CreateTCPListeners", 0));

        var violation = Assert.Single(request.Validate().Violations);

        Assert.Equal("CreateTCPListeners.ConnectTimeoutLessThanDelayLoop", violation.RuleId);
        Assert.Equal("ConnectTimeout (20) must be less than DelayLoop (20)", violation.Message);
    }

    [Fact]
    public void The_published_response_reads_to_its_listener_ids_and_request_id()
    {
        var response = CreateTCPListenersResponse.Read(SpecExamples.Output("CreateTCPListeners", 0));

        Assert.Equal(["listener-o0f3at99"], response.ListenerIds);
        Assert.Equal("9aeda369-17c7-429f-be39-745c1e92fc71", response.RequestId);
    }

    [Fact]
    public void The_overlay_authored_example_is_valid() =>
        Assert.True(CreateTCPListenersRequest.ReadFrom(SpecExamples.Authored("CreateTCPListeners", "Creating TCP listeners on a connection group")).Validate().IsValid);
}
