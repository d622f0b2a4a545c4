using System.Text;
using TcApi.Gaap.V20180529;
using TcApi.Wire;

namespace TcApi.Binding.Tests.Gaap;

public class RequestWireTests
{
    [Fact]
    public void Writes_wire_names_numbers_enum_wire_values_and_flags_and_omits_absent_members()
    {
        var json = Encoding.UTF8.GetString(GaapRequests.Valid().ToJsonUtf8());

        Assert.Equal(
            """{"ListenerName":"test1","Ports":[90],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP","ProxyId":"link-bjkpdum1","DelayLoop":20,"ConnectTimeout":10}""",
            json);
    }

    [Fact]
    public void Writes_every_member_when_all_are_set()
    {
        var request = GaapRequests.Valid() with
        {
            Scheduler = Scheduler.LeastResponseTime,
            HealthCheck = false,
            RealServerType = RealServerType.Domain,
            ProxyId = null,
            GroupId = "lg-1",
            RealServerPorts = [443, 8443],
            ClientIPMethod = ClientIPMethod.ProxyProtocol,
            FailoverSwitch = false,
            HealthyThreshold = 3,
            UnhealthyThreshold = 4,
        };

        Assert.Equal(
            """{"ListenerName":"test1","Ports":[90],"Scheduler":"lrtt","HealthCheck":0,"RealServerType":"DOMAIN","GroupId":"lg-1","DelayLoop":20,"ConnectTimeout":10,"RealServerPorts":[443,8443],"ClientIPMethod":1,"FailoverSwitch":0,"HealthyThreshold":3,"UnhealthyThreshold":4}""",
            Encoding.UTF8.GetString(request.ToJsonUtf8()));
    }

    [Fact]
    public void Strings_are_escaped_by_the_writer()
    {
        var json = (GaapRequests.Valid() with { ListenerName = "a\"b\\c<é>" }).ToJsonUtf8();

        Assert.Equal("a\"b\\c<é>", CreateTCPListenersRequest.ReadFrom(json).ListenerName);
    }

    [Fact]
    public void Written_requests_read_back_equal()
    {
        var request = GaapRequests.Valid() with { RealServerPorts = [1, 2], ClientIPMethod = ClientIPMethod.Toa, FailoverSwitch = true };

        Assert.Equal(request, CreateTCPListenersRequest.ReadFrom(request.ToJsonUtf8()));
    }

    [Theory]
    [InlineData("""{"ListenerName":"a","Ports":[1],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP","Color":"red"}""", "UnknownParameter", "/Color")]
    [InlineData("""{"Ports":[1],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP"}""", "MissingParameter", "/ListenerName")]
    [InlineData("""{"ListenerName":"a","Ports":[1],"Scheduler":"fast","HealthCheck":1,"RealServerType":"IP"}""", "InvalidParameterValue", "/Scheduler")]
    [InlineData("""{"ListenerName":"a","Ports":[1,"x"],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP"}""", "InvalidParameterValue", "/Ports/1")]
    [InlineData("""{"ListenerName":"a","Ports":[1],"Scheduler":"rr","HealthCheck":2,"RealServerType":"IP"}""", "InvalidParameterValue", "/HealthCheck")]
    [InlineData("""{"ListenerName":"a","Ports":[1],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP","DelayLoop":99999999999}""", "InvalidParameterValue", "/DelayLoop")]
    [InlineData("""{"ListenerName":"a","Ports":[1],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP","ClientIPMethod":5}""", "InvalidParameterValue", "/ClientIPMethod")]
    [InlineData("""{"ListenerName":7,"Ports":[1],"Scheduler":"rr","HealthCheck":1,"RealServerType":"IP"}""", "InvalidParameterValue", "/ListenerName")]
    [InlineData("""{"ListenerName":"a",""", "InvalidParameter", "")]
    [InlineData("""[1,2]""", "InvalidParameter", "")]
    [InlineData("", "InvalidParameter", "")]
    public void Unreadable_requests_name_the_field_and_the_service_error_code(string json, string code, string path)
    {
        var exception = Assert.Throws<RequestReadException>(() => CreateTCPListenersRequest.ReadFrom(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal(path, exception.Path);
    }

    [Fact]
    public void Null_members_read_as_absent()
    {
        var request = CreateTCPListenersRequest.ReadFrom(
            """{"ListenerName":"a","Ports":[1],"Scheduler":"rr","HealthCheck":"0","RealServerType":"IP","ProxyId":null,"DelayLoop":null}"""u8);

        Assert.Null(request.ProxyId);
        Assert.Null(request.DelayLoop);
        Assert.False(request.HealthCheck);
    }

    [Fact]
    public void Records_compare_lists_by_content_and_print_them()
    {
        var a = GaapRequests.Valid() with { Ports = new List<int> { 90, 91 } };
        var b = GaapRequests.Valid() with { Ports = new[] { 90, 91 } };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Ports = [91, 90] });
        Assert.Contains("Ports = [90, 91]", a.ToString());
        Assert.Contains("Scheduler = rr", a.ToString());
    }
}
