using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TcApi.Import.Writing;

/// <summary>
/// Writes spec JSON the same way everywhere: two-space indentation, <c>\n</c> line ends, non-ASCII text as is (the
/// Chinese documentation stays readable), a final line end. Equal trees give equal bytes on every platform.
/// </summary>
public static class SpecJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToUtf8(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            node.WriteTo(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static string ToText(JsonNode node) => Encoding.UTF8.GetString(ToUtf8(node));
}
