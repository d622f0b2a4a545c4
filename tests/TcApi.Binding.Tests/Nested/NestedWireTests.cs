using System.Text;
using TcApi.Errors;
using TcApi.Tests.Nested.V20250101;
using TcApi.Wire;

namespace TcApi.Binding.Tests.Nested;

/// <summary>Nested objects on the wire: written, read strictly as a request, read tolerantly as a response.</summary>
public class NestedWireTests
{
    [Fact]
    public void A_nested_request_round_trips_through_its_wire_json()
    {
        var request = NestedRequests.Valid(NestedRequests.Listener(), NestedRequests.Listener(NestedRequests.Target() with { Weight = null }));

        var json = request.ToJsonUtf8();

        Assert.Equal(request, CreateListenersRequest.ReadFrom(json));
        Assert.Contains("\"Targets\":[{\"Address\":\"10.0.0.1\",\"Port\":80,\"Weight\":10,\"Role\":\"master\",\"Ratio\":0.5}]", Encoding.UTF8.GetString(json));
    }

    [Theory]
    [InlineData("""{"Listeners":[{"Name":"a","Protocol":"TCP","Targets":[{"Port":1}]}],"ProxyId":"p"}""", "MissingParameter", "/Listeners/0/Targets/0/Address")]
    [InlineData("""{"Listeners":[{"Name":"a","Protocol":"TCP","Targets":[{"Address":"x","Port":1,"Colour":"red"}]}]}""", "UnknownParameter", "/Listeners/0/Targets/0/Colour")]
    [InlineData("""{"Listeners":[{"Name":"a","Protocol":"TCP","Targets":[{"Address":"x","Port":"eighty"}]}]}""", "InvalidParameterValue", "/Listeners/0/Targets/0/Port")]
    [InlineData("""{"Listeners":[{"Name":"a","Protocol":"SCTP","Targets":[]}]}""", "InvalidParameterValue", "/Listeners/0/Protocol")]
    [InlineData("""{"Listeners":[null]}""", "InvalidParameterValue", "/Listeners/0")]
    [InlineData("""{"Listeners":[{"Name":"a","Protocol":"TCP","Targets":[],"Health":[]}]}""", "InvalidParameterValue", "/Listeners/0/Health")]
    public void A_request_reader_names_the_nested_member_and_the_service_code(string json, string code, string path)
    {
        var error = Assert.Throws<RequestReadException>(() => CreateListenersRequest.ReadFrom(Encoding.UTF8.GetBytes(json)));

        Assert.Equal((code, path), (error.ErrorCode, error.Path));
    }

    [Fact]
    public void A_deep_recursive_tree_reads_and_writes()
    {
        var node = new Node { Name = "leaf" };
        for (var depth = 0; depth < 10; depth++)
        {
            node = new Node { Name = "level" + depth, Children = [node] };
        }

        var request = new DescribeTreeRequest { Root = node };

        Assert.Equal(request, DescribeTreeRequest.ReadFrom(request.ToJsonUtf8()));
    }

    [Fact]
    public void A_response_tolerates_nulls_missing_members_unknown_values_and_new_members()
    {
        var response = DescribeTreeResponse.Read("""
            {"Response":{"Root":{"Name":null,"Children":[null,{"Name":"a","Future":1}]},"Count":null,
             "Usage":{"Pages":null,"Ratio":"0.25","Done":"true","Labels":null,"Protocol":"QUIC","Brand":"new"},"RequestId":"r"}}
            """u8);

        Assert.Equal(string.Empty, response.Root!.Name);
        Assert.Equal("a", Assert.Single(response.Root.Children!).Name);
        Assert.Null(response.Count);
        Assert.Null(response.Usage!.Pages);
        Assert.Equal(0.25, response.Usage.Ratio);
        Assert.True(response.Usage.Done);
        Assert.Empty(response.Usage.Labels);
        Assert.False(ProtocolWire.IsDefined(response.Usage.Protocol));
    }

    [Fact]
    public void A_response_object_the_answer_omits_is_null()
    {
        var response = DescribeTreeResponse.Read("""{"Response":{"RequestId":"r"}}"""u8);

        Assert.Null(response.Root);
        Assert.Null(response.Usage);
        Assert.Null(response.Count);
    }

    [Fact]
    public void A_type_error_deep_in_a_response_names_its_place()
    {
        var error = Assert.Throws<ResponseFormatException>(() => DescribeTreeResponse.Read(
            """{"Response":{"RequestId":"r-1","Root":{"Name":"r","Children":[{"Name":"a"},{"Name":{"x":1}}]}}}"""u8));

        Assert.Equal("/Response/Root/Children/1/Name", error.Path);
        Assert.Equal("r-1", error.RequestId);
    }

    [Fact]
    public void A_declared_Error_member_is_data_when_the_answer_carries_other_members()
    {
        var response = GetTaskResultResponse.Read("""{"Response":{"Status":"Failed","Error":{"Code":"FailedOperation.Parse","Message":"timeout"},"RequestId":"r"}}"""u8);

        Assert.Equal(("Failed", "FailedOperation.Parse", "timeout"), (response.Status, response.Error!.Code, response.Error.Message));
    }

    [Fact]
    public void A_declared_Error_member_alone_is_the_service_error()
    {
        var error = Assert.Throws<NestedApiException>(() => GetTaskResultResponse.Read(
            """{"Response":{"Error":{"Code":"FailedOperation.TaskFailed","Message":"no"},"RequestId":"r"}}"""u8));

        Assert.Equal(NestedErrorCode.FailedOperationTaskFailed, error.ErrorCode);
    }

    [Fact]
    public void A_response_writes_its_whole_envelope_and_reads_back_equal()
    {
        var response = new CreateListenersResponse { ListenerIds = ["l-1"], Listeners = [NestedRequests.Listener()], RequestId = "r" };
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            response.WriteTo(writer);
        }

        Assert.StartsWith("{\"Response\":{\"ListenerIds\":[\"l-1\"]", Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(response, CreateListenersResponse.Read(buffer.WrittenSpan));
    }

    [Fact]
    public void Deprecated_members_are_obsolete_but_still_carried()
    {
        var legacy = typeof(Listener).GetProperty("Legacy")!;

        Assert.NotNull(legacy.GetCustomAttributes(typeof(ObsoleteAttribute), false).SingleOrDefault());
#pragma warning disable CS0618 // The test reads the deprecated member on purpose.
        Assert.Equal("old", CreateListenersRequest.ReadFrom("""{"Listeners":[{"Name":"a","Protocol":"TCP","Targets":[],"Legacy":"old"}]}"""u8).Listeners[0].Legacy);
#pragma warning restore CS0618
    }

    [Fact]
    public void An_action_without_parameters_can_be_called_without_a_request()
    {
        var method = typeof(NestedClient).GetMethod(nameof(NestedClient.GetTaskResultAsync), [typeof(CancellationToken)]);

        Assert.NotNull(method);
        Assert.Equal(4, NestedActions.All.Count);
        Assert.Same(NestedActions.All[1], NestedActions.Find("DescribeTree"));
        Assert.Null(NestedActions.Find("describeTree"));
    }
}
