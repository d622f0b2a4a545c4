using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace TcApi.Wire;

/// <summary>Writes list and object members for the generated writers.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class WireWriter
{
    /// <summary>Writes a list of strings.</summary>
    public static void Strings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                writer.WriteStringValue(item);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of 64-bit integers.</summary>
    public static void Int64s(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<long> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteNumberValue(items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of 32-bit integers.</summary>
    public static void Int32s(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<int> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteNumberValue(items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of unsigned 64-bit integers.</summary>
    public static void UInt64s(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<ulong> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteNumberValue(items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of floating-point numbers.</summary>
    public static void Doubles(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<double> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteNumberValue(items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of JSON booleans.</summary>
    public static void Booleans(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<bool> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteBooleanValue(items[i]);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of 0/1 flags.</summary>
    public static void Flags(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<bool> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteNumberValue(items[i] ? 1 : 0);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of objects.</summary>
    public static void Objects<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T> items)
        where T : IWireObject
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                item.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an object member.</summary>
    public static void Object(Utf8JsonWriter writer, JsonEncodedText name, IWireObject value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }
}
