using System.Text.Json;

namespace TcApi.Wire;

/// <summary>A generated request, response or data object: it writes its wire JSON.</summary>
public interface IWireObject
{
    /// <summary>Writes the wire JSON: wire names, absent members omitted.</summary>
    void WriteTo(Utf8JsonWriter writer);
}
