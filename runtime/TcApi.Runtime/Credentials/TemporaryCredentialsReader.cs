using System;
using System.Globalization;
using System.Text.Json;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// Reads temporary credentials in the shape the metadata service and STS answer them: <c>TmpSecretId</c>,
/// <c>TmpSecretKey</c>, <c>Token</c>, and <c>ExpiredTime</c> (Unix seconds) or <c>Expiration</c> (ISO 8601).
/// Errors name what is missing or wrong, never the answer's text: it holds the key.
/// </summary>
internal static class TemporaryCredentialsReader
{
    public static Credential Read(JsonElement credentials, JsonElement expiry, string provider, string source)
    {
        var id = Text(credentials, "TmpSecretId", provider, source);
        var key = Text(credentials, "TmpSecretKey", provider, source);
        var token = Text(credentials, "Token", provider, source);
        return new Credential(id, key, token, Expiry(expiry, provider, source));
    }

    /// <summary>The secrets an answer holds, however malformed the rest: what a message about it must not quote.</summary>
    public static CallSecrets SecretsOf(JsonElement answer) =>
        CallSecrets.ForCredentials(StringOrNull(answer, "TmpSecretKey"), StringOrNull(answer, "Token"));

    public static JsonDocument Parse(byte[] body, string provider, string source)
    {
        try
        {
            var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new CredentialRefreshException(provider, $"{source} answered JSON that is not an object");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new CredentialRefreshException(provider, $"{source} answered something that is not JSON (at byte {e.BytePositionInLine})");
        }
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Text(JsonElement element, string name, string provider, string source) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new CredentialRefreshException(provider, $"{source} answered without {name}");

    private static DateTimeOffset Expiry(JsonElement element, string provider, string source)
    {
        if (element.TryGetProperty("ExpiredTime", out var seconds))
        {
            if (seconds.ValueKind == JsonValueKind.Number && seconds.TryGetInt64(out var unix))
            {
                return DateTimeOffset.FromUnixTimeSeconds(unix);
            }

            if (seconds.ValueKind == JsonValueKind.String && long.TryParse(seconds.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out unix))
            {
                return DateTimeOffset.FromUnixTimeSeconds(unix);
            }
        }

        if (element.TryGetProperty("Expiration", out var iso) && iso.ValueKind == JsonValueKind.String &&
            DateTimeOffset.TryParse(iso.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiration))
        {
            return expiration;
        }

        throw new CredentialRefreshException(provider, $"{source} answered without a readable ExpiredTime or Expiration");
    }
}
