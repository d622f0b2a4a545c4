using System.Text;
using TcApi.Tests.Nested.V20250101;
using TcApi.Wire;

namespace TcApi.Binding.Tests.Nested;

/// <summary>Every JSON kind at every place of an answer: a lenient read never fails and lists each value it bent, raw JSON kept.</summary>
public class LenientReadingCoverageTests
{
    private static readonly string[] Values =
        ["null", "\"\"", "\"x\"", "\"12\"", "\"True\"", "5", "1.5", "123456789012345678901234567890", "true", "false", "{}", "{\"Name\":\"n\"}", "[]", "[1]", "[{\"Name\":\"a\"}]"];

    // Each template has one hole, {0}, at a member or list item of every type the nested fixture has.
    private static readonly string[] Places =
    [
        """{"Response":{"Root":{0},"RequestId":"q"}}""",
        """{"Response":{"Root":{"Name":{0}},"RequestId":"q"}}""",
        """{"Response":{"Root":{"Children":{0}},"RequestId":"q"}}""",
        """{"Response":{"Root":{"Children":[{0},{"Name":"b"}]},"RequestId":"q"}}""",
        """{"Response":{"Root":{"Depth":{0}},"RequestId":"q"}}""",
        """{"Response":{"Count":{0},"RequestId":"q"}}""",
        """{"Response":{"Usage":{0},"RequestId":"q"}}""",
        """{"Response":{"Usage":{"Ratio":{0},"Done":{0},"Pages":{0}},"RequestId":"q"}}""",
        """{"Response":{"Usage":{"Labels":{0}},"RequestId":"q"}}""",
        """{"Response":{"Usage":{"Labels":["a",{0},"b"]},"RequestId":"q"}}""",
        """{"Response":{"Usage":{"Protocol":{0}},"RequestId":"q"}}""",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var place in Places)
        {
            foreach (var value in Values)
            {
                data.Add(place, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_lenient_read_never_fails_and_keeps_each_bent_value(string place, string value)
    {
        var json = place.Replace("{0}", value);

        var response = ResponseReading.Leniently(DescribeTreeResponse.Read, Encoding.UTF8.GetBytes(json));

        Assert.Equal("q", response.RequestId);
        Assert.All(response.LenientReads, read =>
        {
            Assert.StartsWith("/Response/", read.Path);
            Assert.Contains(read.RawJson, value);   // the value itself, or an item of it
        });
        Assert.Equal(LenientReadsOf(response).Count, response.LenientReads.Count);
        var strictlyReadable = Record.Exception(() => DescribeTreeResponse.Read(Encoding.UTF8.GetBytes(json))) is null;
        Assert.Equal(strictlyReadable, response.LenientReads.Count == 0);
    }

    private static IReadOnlyList<LenientRead> LenientReadsOf(ILenientlyRead response) => response.LenientReads;
}
