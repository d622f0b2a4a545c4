using System.Net.Http.Headers;
using System.Text.Json;
using TcApi.Emulator;
using TcApi.Signing;

namespace TcApi.Client.Tests.Emulator;

/// <summary>
/// A correctly signed request that leaves out a required common parameter (an X-TC- header) is answered with
/// MissingParameter naming it, as the service answers, not with an error about an action or version named "".
/// </summary>
public class EmulatorCommonParameterTests
{
    [Theory]
    [InlineData("X-TC-Action")]
    [InlineData("X-TC-Version")]
    public async Task A_missing_common_header_is_MissingParameter_naming_it(string missing)
    {
        await using var emulator = await GaapEmulator.StartAsync();
        var headers = new Dictionary<string, string> { ["X-TC-Action"] = "DescribeProxies", ["X-TC-Version"] = "2018-05-29" };
        headers.Remove(missing);

        using var answer = await SendSignedAsync(emulator, headers);
        var error = answer.RootElement.GetProperty("Response").GetProperty("Error");

        Assert.Equal("MissingParameter", error.GetProperty("Code").GetString());
        Assert.Equal($"The request is missing the required parameter {missing} (a header).", error.GetProperty("Message").GetString());
    }

    [Theory]
    [InlineData("X-TC-Action", "InvalidAction")]
    [InlineData("X-TC-Version", "NoSuchVersion")]
    public async Task A_common_header_naming_nothing_is_still_told_apart(string header, string code)
    {
        await using var emulator = await GaapEmulator.StartAsync();
        var headers = new Dictionary<string, string> { ["X-TC-Action"] = "DescribeProxies", ["X-TC-Version"] = "2018-05-29", [header] = "Nothing" };

        using var answer = await SendSignedAsync(emulator, headers);

        Assert.Equal(code, answer.RootElement.GetProperty("Response").GetProperty("Error").GetProperty("Code").GetString());
    }

    /// <summary>POSTs <c>{}</c> signed with the emulator's credential, with <paramref name="headers"/> besides the signature's own.</summary>
    private static async Task<JsonDocument> SendSignedAsync(GaapEmulator emulator, IReadOnlyDictionary<string, string> headers)
    {
        var body = "{}"u8.ToArray();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var authorization = new Tc3Signer(emulator.Credential).Authorize(new SigningInput(
            "POST", "gaap", timestamp, [new("content-type", "application/json"), new("host", emulator.Address.Host)], body));
        using var request = new HttpRequestMessage(HttpMethod.Post, emulator.Address) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }
}
