using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace TcApi.Benchmarks.OfficialSdkMethod;

/// <summary>
/// What the official Tencent Cloud .NET SDK (3.0.x) does per call, written here from its described method — the SDK's
/// package is not in this registry: a Newtonsoft model serialised with null values ignored, the TC3 key derived with
/// three HMACs on every call, hashes formatted to hex through strings, and the response deserialised twice (once to
/// look for an error, once into the typed model). It is the baseline the ratios in docs/performance.md are against.
/// </summary>
public sealed class OfficialSdkMethodClient
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };
    private readonly HttpClient _http;

    public OfficialSdkMethodClient(HttpClient http) => _http = http;

    public async Task<SdkCreateTCPListenersResponse> CreateTCPListeners(SdkCreateTCPListenersRequest request)
    {
        var body = Serialize(request);
        var timestamp = PublishedExample.Timestamp;
        var authorization = Sign(body, timestamp);
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://gaap.tencentcloudapi.com/")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        message.Headers.TryAddWithoutValidation("Authorization", authorization);
        message.Headers.TryAddWithoutValidation("X-TC-Action", "CreateTCPListeners");
        message.Headers.TryAddWithoutValidation("X-TC-Version", "2018-05-29");
        message.Headers.TryAddWithoutValidation("X-TC-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.TryAddWithoutValidation("X-TC-RequestClient", "SDK_NET_3.0.1493");
        using var response = await _http.SendAsync(message).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return Read(text);
    }

    public static string Serialize(SdkCreateTCPListenersRequest request) => JsonConvert.SerializeObject(request, Settings);

    public static SdkCreateTCPListenersResponse Read(string text)
    {
        var envelope = JsonConvert.DeserializeObject<SdkResponse<SdkErrorOnly>>(text)!;
        if (envelope.Response?.Error is { } error)
        {
            throw new InvalidOperationException(error.Code + ": " + error.Message);
        }

        return JsonConvert.DeserializeObject<SdkResponse<SdkCreateTCPListenersResponse>>(text)!.Response!;
    }

    public static string Sign(string body, long timestamp)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var hashedPayload = Sha256Hex(body);
        var canonicalRequest = "POST\n/\n\ncontent-type:application/json\nhost:gaap.tencentcloudapi.com\n\ncontent-type;host\n" + hashedPayload;
        var stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/gaap/tc3_request\n" + Sha256Hex(canonicalRequest);
        var secretDate = HmacSha256(Encoding.UTF8.GetBytes("TC3" + PublishedExample.SecretKey), Encoding.UTF8.GetBytes(date));
        var secretService = HmacSha256(secretDate, Encoding.UTF8.GetBytes("gaap"));
        var secretSigning = HmacSha256(secretService, Encoding.UTF8.GetBytes("tc3_request"));
        var signature = BitConverter.ToString(HmacSha256(secretSigning, Encoding.UTF8.GetBytes(stringToSign))).Replace("-", string.Empty).ToLowerInvariant();
        return "TC3-HMAC-SHA256 Credential=" + PublishedExample.SecretId + "/" + date + "/gaap/tc3_request, SignedHeaders=content-type;host, Signature=" + signature;
    }

    private static byte[] HmacSha256(byte[] key, byte[] message)
    {
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(message);
    }

    private static string Sha256Hex(string text)
    {
        using var sha = SHA256.Create();
        return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(text))).Replace("-", string.Empty).ToLowerInvariant();
    }
}

/// <summary>The SDK's request model shape: nullable properties, wire names, numbers as ulong.</summary>
public sealed class SdkCreateTCPListenersRequest
{
    [JsonProperty("ListenerName")] public string? ListenerName { get; set; }
    [JsonProperty("Ports")] public ulong?[]? Ports { get; set; }
    [JsonProperty("Scheduler")] public string? Scheduler { get; set; }
    [JsonProperty("HealthCheck")] public ulong? HealthCheck { get; set; }
    [JsonProperty("RealServerType")] public string? RealServerType { get; set; }
    [JsonProperty("ProxyId")] public string? ProxyId { get; set; }
    [JsonProperty("GroupId")] public string? GroupId { get; set; }
    [JsonProperty("DelayLoop")] public ulong? DelayLoop { get; set; }
    [JsonProperty("ConnectTimeout")] public ulong? ConnectTimeout { get; set; }
    [JsonProperty("RealServerPorts")] public ulong?[]? RealServerPorts { get; set; }
    [JsonProperty("ClientIPMethod")] public long? ClientIPMethod { get; set; }
    [JsonProperty("FailoverSwitch")] public long? FailoverSwitch { get; set; }
    [JsonProperty("HealthyThreshold")] public ulong? HealthyThreshold { get; set; }
    [JsonProperty("UnhealthyThreshold")] public ulong? UnhealthyThreshold { get; set; }

    public static SdkCreateTCPListenersRequest Example() => new()
    {
        ListenerName = "test1",
        Ports = [90],
        Scheduler = "rr",
        HealthCheck = 1,
        RealServerType = "IP",
        ProxyId = "link-bjkpdum1",
        DelayLoop = 20,
        ConnectTimeout = 10,
    };
}

public sealed class SdkCreateTCPListenersResponse
{
    [JsonProperty("ListenerIds")] public string[]? ListenerIds { get; set; }
    [JsonProperty("RequestId")] public string? RequestId { get; set; }
}

public sealed class SdkResponse<T>
{
    [JsonProperty("Response")] public T? Response { get; set; }
}

public sealed class SdkErrorOnly
{
    [JsonProperty("Error")] public SdkError? Error { get; set; }
    [JsonProperty("RequestId")] public string? RequestId { get; set; }
}

public sealed class SdkError
{
    [JsonProperty("Code")] public string? Code { get; set; }
    [JsonProperty("Message")] public string? Message { get; set; }
}
