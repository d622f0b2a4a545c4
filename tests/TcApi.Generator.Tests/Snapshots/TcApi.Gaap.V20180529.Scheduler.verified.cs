/// <summary>
/// The strategy a listener uses to pick an origin server.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public enum Scheduler
{
    /// <summary>Round-robin.</summary>
    [global::TcApi.Constraints.WireValue("rr")]
    RoundRobin = 1,

    /// <summary>Weighted round-robin.</summary>
    [global::TcApi.Constraints.WireValue("wrr")]
    WeightedRoundRobin = 2,

    /// <summary>The least-connections strategy.</summary>
    [global::TcApi.Constraints.WireValue("lc")]
    LeastConnections = 3,

    /// <summary>The least-response-time strategy.</summary>
    [global::TcApi.Constraints.WireValue("lrtt")]
    LeastResponseTime = 4,
}

/// <summary>Converts <see cref="Scheduler"/> to and from its wire values.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public static class SchedulerWire
{
    /// <summary>The wire values, for messages.</summary>
    public const string AllowedValues = "rr, wrr, lc, lrtt";

    /// <summary>Whether <paramref name="value"/> is a defined member.</summary>
    public static bool IsDefined(Scheduler value) => value switch
    {
        Scheduler.RoundRobin => true,
        Scheduler.WeightedRoundRobin => true,
        Scheduler.LeastConnections => true,
        Scheduler.LeastResponseTime => true,
        _ => false,
    };

    /// <summary>The wire value of <paramref name="value"/>.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static string ToWire(Scheduler value) => value switch
    {
        Scheduler.RoundRobin => "rr",
        Scheduler.WeightedRoundRobin => "wrr",
        Scheduler.LeastConnections => "lc",
        Scheduler.LeastResponseTime => "lrtt",
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined Scheduler value."),
    };

    /// <summary>The wire value of <paramref name="value"/>, encoded for a JSON writer once.</summary>
    /// <exception cref="global::System.ArgumentOutOfRangeException">The value is not a defined member.</exception>
    public static global::System.Text.Json.JsonEncodedText ToWireJson(Scheduler value) => value switch
    {
        Scheduler.RoundRobin => s_RoundRobin,
        Scheduler.WeightedRoundRobin => s_WeightedRoundRobin,
        Scheduler.LeastConnections => s_LeastConnections,
        Scheduler.LeastResponseTime => s_LeastResponseTime,
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a defined Scheduler value."),
    };

    private static readonly global::System.Text.Json.JsonEncodedText s_RoundRobin = global::System.Text.Json.JsonEncodedText.Encode("rr");
    private static readonly global::System.Text.Json.JsonEncodedText s_WeightedRoundRobin = global::System.Text.Json.JsonEncodedText.Encode("wrr");
    private static readonly global::System.Text.Json.JsonEncodedText s_LeastConnections = global::System.Text.Json.JsonEncodedText.Encode("lc");
    private static readonly global::System.Text.Json.JsonEncodedText s_LeastResponseTime = global::System.Text.Json.JsonEncodedText.Encode("lrtt");

    /// <summary>The wire value of a defined member, or the number of an undefined one, for messages.</summary>
    public static string Describe(Scheduler value) =>
        IsDefined(value)
            ? ToWire(value)
            : ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Finds the member whose wire value is <paramref name="wire"/>.</summary>
    public static bool TryParse(string? wire, out Scheduler value)
    {
        switch (wire)
        {
            case "rr":
                value = Scheduler.RoundRobin;
                return true;
            case "wrr":
                value = Scheduler.WeightedRoundRobin;
                return true;
            case "lc":
                value = Scheduler.LeastConnections;
                return true;
            case "lrtt":
                value = Scheduler.LeastResponseTime;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>Reads a member's value (the reader stands on its name); <see langword="null"/> for JSON null.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Scheduler? Read(ref global::System.Text.Json.Utf8JsonReader reader, string member, global::TcApi.Wire.WireReadMode mode)
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
    /// (a value the service added later), so the response stays readable.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static Scheduler ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
        {
            if (reader.ValueTextEquals("rr"u8))
            {
                return Scheduler.RoundRobin;
            }

            if (reader.ValueTextEquals("wrr"u8))
            {
                return Scheduler.WeightedRoundRobin;
            }

            if (reader.ValueTextEquals("lc"u8))
            {
                return Scheduler.LeastConnections;
            }

            if (reader.ValueTextEquals("lrtt"u8))
            {
                return Scheduler.LeastResponseTime;
            }
        }

        var text = global::TcApi.Wire.WireReader.StringValue(ref reader, mode);
        return mode == global::TcApi.Wire.WireReadMode.Response
            ? default(Scheduler)
            : throw new global::TcApi.Wire.WireFormatException(string.Empty, "'" + text + "' is not one of " + AllowedValues);
    }

    /// <summary>Writes a member's value.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void Write(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, Scheduler value) => writer.WriteString(name, ToWireJson(value));

    /// <summary>Writes a list member.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public static void WriteList(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, global::System.Collections.Generic.IReadOnlyList<Scheduler> values)
    {
        writer.WriteStartArray(name);
        for (var index = 0; index < values.Count; index++)
        {
            var value = values[index];
            writer.WriteStringValue(ToWireJson(value));
        }

        writer.WriteEndArray();
    }
}
