namespace TcApi.Wire;

/// <summary>A generated response of one action; <see cref="IWireObject.WriteTo"/> writes the whole envelope.</summary>
public interface IApiResponse : IWireObject
{
    /// <summary>The unique id of the call, for Tencent Cloud support.</summary>
    string RequestId { get; }
}
