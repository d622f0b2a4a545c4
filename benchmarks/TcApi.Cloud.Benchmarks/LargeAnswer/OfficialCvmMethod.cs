using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace TcApi.Cloud.Benchmarks.LargeAnswer;

/// <summary>
/// The official Tencent Cloud .NET SDK's method (3.0.x) for CVM DescribeInstances, as the GAAP baseline in
/// benchmarks/TcApi.Benchmarks/OfficialSdkMethod does it for CreateTCPListeners: a Newtonsoft model serialised with
/// null values ignored, the TC3 key derived with three HMACs on every call, hashes formatted to hex through strings,
/// <c>StringContent</c>, the answer read as one string and deserialised twice (once to look for an error, once into the
/// typed model). Written from the described method; the models below have the SDK's shape (nullable properties, wire
/// names, integers as <c>long?</c>/<c>ulong?</c>, lists as arrays).
/// </summary>
public sealed class OfficialCvmMethodClient(HttpClient http)
{
    private const string SecretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    private const string SecretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public async Task<SdkDescribeInstancesResponse> DescribeInstances(SdkDescribeInstancesRequest request)
    {
        var body = JsonConvert.SerializeObject(request, Settings);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var message = new HttpRequestMessage(HttpMethod.Post, "https://cvm.tencentcloudapi.com/")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        message.Headers.TryAddWithoutValidation("Authorization", Sign(body, timestamp));
        message.Headers.TryAddWithoutValidation("X-TC-Action", "DescribeInstances");
        message.Headers.TryAddWithoutValidation("X-TC-Version", "2017-03-12");
        message.Headers.TryAddWithoutValidation("X-TC-Region", "ap-guangzhou");
        message.Headers.TryAddWithoutValidation("X-TC-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.TryAddWithoutValidation("X-TC-RequestClient", "SDK_NET_3.0.1493");
        using var response = await http.SendAsync(message).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return Read(text);
    }

    public static SdkDescribeInstancesResponse Read(string text)
    {
        var envelope = JsonConvert.DeserializeObject<SdkEnvelope<SdkErrorOnly>>(text)!;
        if (envelope.Response?.Error is { } error)
        {
            throw new InvalidOperationException(error.Code + ": " + error.Message);
        }

        return JsonConvert.DeserializeObject<SdkEnvelope<SdkDescribeInstancesResponse>>(text)!.Response!;
    }

    private static string Sign(string body, long timestamp)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var canonicalRequest = "POST\n/\n\ncontent-type:application/json\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n" + Sha256Hex(body);
        var stringToSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/cvm/tc3_request\n" + Sha256Hex(canonicalRequest);
        var secretDate = HmacSha256(Encoding.UTF8.GetBytes("TC3" + SecretKey), Encoding.UTF8.GetBytes(date));
        var secretService = HmacSha256(secretDate, Encoding.UTF8.GetBytes("cvm"));
        var secretSigning = HmacSha256(secretService, Encoding.UTF8.GetBytes("tc3_request"));
        var signature = BitConverter.ToString(HmacSha256(secretSigning, Encoding.UTF8.GetBytes(stringToSign))).Replace("-", string.Empty).ToLowerInvariant();
        return "TC3-HMAC-SHA256 Credential=" + SecretId + "/" + date + "/cvm/tc3_request, SignedHeaders=content-type;host, Signature=" + signature;
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
