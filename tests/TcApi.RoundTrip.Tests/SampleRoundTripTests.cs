using TcApi.Tool.CorpusCheck;
using Xunit.Abstractions;

namespace TcApi.RoundTrip.Tests;

/// <summary>
/// Every published example of the sample's service versions, sent by the compiled client through signing and
/// transport to the local cloud serving the binding, and read back: nothing faults, and what does not round-trip is
/// a fact about Tencent's examples, classified.
/// </summary>
[Collection(nameof(SampleRoundTripCollection))]
public class SampleRoundTripTests(SampleRoundTrip sample, ITestOutputHelper output)
{
    public static TheoryData<string, string> ServiceVersions()
    {
        var data = new TheoryData<string, string>();
        foreach (var (service, version, _) in CorpusSample.ServiceVersions)
        {
            data.Add(service, version);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ServiceVersions))]
    public void Every_example_of_the_service_version_is_sent_and_classified_without_a_fault(string service, string version)
    {
        var result = sample.Of(service, version);
        foreach (var finding in result.Findings)
        {
            output.WriteLine($"{finding.Action} '{finding.Title}': {finding.Outcome.Describe()}: {finding.Reason}");
        }

        Assert.Null(result.Failure);
        Assert.Equal(0, result.Count(RoundTripOutcome.Failure));
        Assert.True(result.Examples > 0, "no example was sent");
    }

    [Theory]
    [InlineData("cvm", "2017-03-12")]
    [InlineData("vpc", "2017-03-12")]
    [InlineData("cam", "2019-01-16")]
    [InlineData("csip", "2022-11-21")]
    public void The_examples_of_popular_and_large_services_round_trip(string service, string version)
    {
        var result = sample.Of(service, version);

        // Those that do not are listed in docs/roundtrip.md with their cause; none is a defect of the client or the cloud.
        Assert.True(result.RoundTripped >= result.Examples * 95 / 100, $"{result.RoundTripped} of {result.Examples} round-tripped");
        Assert.Equal(0, result.Count(RoundTripOutcome.RejectedByClientValidation));
    }

    [Theory]
    [InlineData("hunyuan", "2023-09-01")]
    [InlineData("lkeap", "2024-05-22")]
    public void Streamed_examples_stream_through_the_client(string service, string version)
    {
        Assert.True(sample.Of(service, version).Count(RoundTripOutcome.RoundTrippedStream) > 0);
    }

    [Fact]
    public void Query_string_examples_round_trip_as_the_JSON_they_stand_for()
    {
        // vpc has the most query-string examples; the importer converts them to JSON bodies the client sends.
        var vpc = sample.Of("vpc", "2017-03-12");
        Assert.True(vpc.Count(RoundTripOutcome.RoundTripped) > 400, $"{vpc.Count(RoundTripOutcome.RoundTripped)} round-tripped");
    }
}
