using System.Globalization;
using System.Text;
using TcApi.Emulator.Cloud;
using TcApi.Signing;

namespace TcApi.Cloud.Tests;

/// <summary>A request signed by hand, as any client of API 3.0 sends it: for what the generated clients never send.</summary>
internal static class SignedCall
{
    public static async Task<(string Body, string ContentType)> SendAsync(LocalCloud cloud, string service, string version, string action, string json, string? scopeService = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var host = $"{service}.tencentcloudapi.com";
        const string contentType = "application/json; charset=utf-8";
        var authorization = new Tc3Signer(cloud.Credential).Authorize(new SigningInput("POST", scopeService ?? service, timestamp,
            [new("content-type", contentType), new("host", host)], body));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"https://{host}/") { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.Add("X-TC-Action", action);
        request.Headers.Add("X-TC-Version", version);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        using var client = cloud.CreateHttpClient();
        using var response = await client.SendAsync(request);
        return (await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType ?? string.Empty);
    }

    /// <summary>The error code of an answer, or null when it is no error.</summary>
    public static string? ErrorCode(string answer)
    {
        using var document = System.Text.Json.JsonDocument.Parse(answer);
        return document.RootElement.GetProperty("Response").TryGetProperty("Error", out var error) ? error.GetProperty("Code").GetString() : null;
    }
}
