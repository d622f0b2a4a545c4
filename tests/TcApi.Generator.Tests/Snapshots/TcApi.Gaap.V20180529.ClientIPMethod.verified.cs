/// <summary>
/// How a listener passes the client IP to the origin server.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public enum ClientIPMethod
{
    /// <summary>TOA.</summary>
    [global::TcApi.Constraints.WireValue("0")]
    Toa = 0,

    /// <summary>Proxy Protocol.</summary>
    [global::TcApi.Constraints.WireValue("1")]
    ProxyProtocol = 1,
}

/// <summary>Converts <see cref="ClientIPMethod"/> to and from its wire values.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public static class ClientIPMethodWire
{
    /// <summary>The wire values, for messages.</summary>
    public const string AllowedValues = "0, 1";

    /// <summary>Whether <paramref name="value"/> is a defined member.</summary>
    public static bool IsDefined(ClientIPMethod value) => value switch
    {
        ClientIPMethod.Toa => true,
        ClientIPMethod.ProxyProtocol => true,
        _ => false,
    };

    /// <summary>The wire value of <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static long ToWire(ClientIPMethod value) => value switch
    {
        ClientIPMethod.Toa => 0,
        ClientIPMethod.ProxyProtocol => 1,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined ClientIPMethod value."),
    };

    /// <summary>The wire value of a defined member, or the number of an undefined one, for messages.</summary>
    public static string Describe(ClientIPMethod value) =>
        IsDefined(value)
            ? ToWire(value).ToString(global::System.Globalization.CultureInfo.InvariantCulture)
            : ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Finds the member whose wire value is <paramref name="wire"/>.</summary>
    public static bool TryParse(long wire, out ClientIPMethod value)
    {
        switch (wire)
        {
            case 0:
                value = ClientIPMethod.Toa;
                return true;
            case 1:
                value = ClientIPMethod.ProxyProtocol;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>Reads a member's value (the reader stands on its name); <see langword="null"/> for JSON null.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static ClientIPMethod? Read(ref global::System.Text.Json.Utf8JsonReader reader, string member, global::TcApi.Wire.WireReadMode mode)
    {
        reader.Read();
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            return ReadValue(ref reader, mode);
        }
        catch (global::TcApi.Wire.WireFormatException e)
        {
            throw e.Within(member);
        }
        catch (global::TcApi.Wire.WireValueSkipped)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a wire value. An unknown one is an error in a request; in a response it reads as an undefined member
    /// that keeps the number, so the response stays readable.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static ClientIPMethod ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)
    {
        var wire = global::TcApi.Wire.WireReader.Int64Value(ref reader, mode);
        if (TryParse(wire, out var value) || mode == global::TcApi.Wire.WireReadMode.Response)
        {
            return TryParse(wire, out value) ? value : (ClientIPMethod)wire;
        }

        throw new global::TcApi.Wire.WireFormatException(string.Empty, wire.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " is not one of " + AllowedValues);
    }

    /// <summary>Writes a member's value.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void Write(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, ClientIPMethod value) => writer.WriteNumber(name, (long)value);

    /// <summary>Writes a list member.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteList(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, global::System.Collections.Generic.IReadOnlyList<ClientIPMethod> values)
    {
        writer.WriteStartArray(name);
        for (var index = 0; index < values.Count; index++)
        {
            var value = values[index];
            writer.WriteNumberValue((long)value);
        }

        writer.WriteEndArray();
    }
}
