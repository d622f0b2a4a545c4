using TcApi.Gaap.V20180529;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>
/// A reader of a type with many members picks the member by the name's length first (issue 23): every member still
/// reads, escaped names included, and an unknown name of a member's length is skipped.
/// </summary>
public class MemberDispatchTests
{
    [Fact]
    public void Escaped_names_read_like_plain_ones_and_unknown_names_of_a_members_length_are_skipped()
    {
        // "Listener\u0049d" is ListenerId and "\u0050ort" is Port; "Pork" and "ListenerXd" have their lengths.
        var response = DescribeTCPListenersResponse.Read("""
            {"Response":{"TotalCount":1,"ListenerSet":[{"Listener\u0049d":"listener-1","\u0050ort":80,"Pork":1,"ListenerXd":"x",
            "ListenerName":"web","Protocol":"TCP","Scheduler":"rr","DelayLoop":5,"ConnectTimeout":2,"ProxyId":"link-1"}],"RequestId":"r"}}
            """u8);

        var listener = Assert.Single(response.ListenerSet);
        Assert.Equal(
            ("listener-1", 80L, "web", "TCP", "rr", 5L, 2L, "link-1"),
            (listener.ListenerId, listener.Port, listener.ListenerName, listener.Protocol, listener.Scheduler, listener.DelayLoop, listener.ConnectTimeout, listener.ProxyId));
    }
}
