using System.Text.Json;
using TcApi.Client;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Client.Tests.Client;

/// <summary>Requests a generated client never sends: another action, another version, or raw JSON.</summary>
internal sealed class OtherActionRequest : IApiRequest
{
    public const string ActionName = "DescribeNothing";

    public static ApiActionInfo ActionInfo { get; } = new("gaap", "2018-05-29", ActionName, true, null);

    public ValidationResult Validate() => ValidationResult.Valid;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }
}

internal sealed class OtherVersionRequest : IApiRequest
{
    public const string ActionName = "CreateTCPListeners";

    public static ApiActionInfo ActionInfo { get; } = new("gaap", "2017-01-01", ActionName, false, null);

    public ValidationResult Validate() => ValidationResult.Valid;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }
}

internal sealed class RawCreateRequest(string json) : IApiRequest
{
    public const string ActionName = "CreateTCPListeners";

    public static ApiActionInfo ActionInfo { get; } = new("gaap", "2018-05-29", ActionName, false, null);

    public ValidationResult Validate() => ValidationResult.Valid;

    public void WriteTo(Utf8JsonWriter writer)
    {
        using var document = JsonDocument.Parse(json);
        document.WriteTo(writer);
    }
}

internal sealed class RegionalRequest : IApiRequest
{
    public const string ActionName = "CreateTCPListeners";

    public static ApiActionInfo ActionInfo { get; } = new("gaap", "2018-05-29", ActionName, false, null, RegionRequired: true);

    public ValidationResult Validate() => ValidationResult.Valid;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }
}
