using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using TcApi.Signing;

namespace TcApi.Emulator;

/// <summary>
/// Checks a request's TC3-HMAC-SHA256 signature the way the service does: any signed-header list that includes
/// content-type and host, the host signed without its port, the scope's service, a timestamp within five minutes.
/// </summary>
internal sealed class SignatureVerifier
{
    private const string Prefix = "TC3-HMAC-SHA256 ";
    private readonly Credential _credential;
    private readonly Tc3Signer _signer;
    private readonly TimeProvider _time;
    private readonly string _service;

    public SignatureVerifier(Credential credential, TimeProvider time, string service)
    {
        _credential = credential;
        _signer = new Tc3Signer(credential);
        _time = time;
        _service = service;
    }

    public void Verify(HttpRequest request, byte[] body)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new ApiErrorResult("AuthFailure.InvalidAuthorization", "The Authorization header is missing or is not TC3-HMAC-SHA256.");
        }

        var parts = header[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("Credential", out var scope) || !parts.TryGetValue("SignedHeaders", out var signedHeaders) ||
            !parts.TryGetValue("Signature", out var signature))
        {
            throw new ApiErrorResult("AuthFailure.InvalidAuthorization", "The Authorization header lacks Credential, SignedHeaders or Signature.");
        }

        var scopeParts = scope.Split('/');
        if (scopeParts.Length != 4 || scopeParts[3] != "tc3_request")
        {
            throw new ApiErrorResult("AuthFailure.InvalidAuthorization", "The credential scope is not SecretId/Date/Service/tc3_request.");
        }

        if (scopeParts[0] != _credential.SecretId)
        {
            throw new ApiErrorResult("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
        }

        if (!long.TryParse(request.Headers["X-TC-Timestamp"], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            throw new ApiErrorResult("MissingParameter", "The X-TC-Timestamp header is missing or not a number.");
        }

        if (Math.Abs(_time.GetUtcNow().ToUnixTimeSeconds() - timestamp) > 300)
        {
            throw new ApiErrorResult("AuthFailure.SignatureExpire", "The signature expired: the timestamp is more than five minutes off the server clock.");
        }

        var names = signedHeaders.Split(';');
        if (!names.Contains("content-type") || !names.Contains("host") || !names.SequenceEqual(names.Order(StringComparer.Ordinal)))
        {
            throw new ApiErrorResult("AuthFailure.SignatureFailure", "SignedHeaders must list content-type and host, sorted.");
        }

        Span<char> date = stackalloc char[10];
        Tc3Signer.FormatDate(timestamp, date);
        var service = scopeParts[2];
        if ((service != _service && service != FirstLabel(request)) || scopeParts[1] != date.ToString())
        {
            throw new ApiErrorResult("AuthFailure.SignatureFailure", $"The credential scope must name the service {_service} and the timestamp's date.");
        }

        var headers = names.Select(name => new KeyValuePair<string, string>(name, HeaderValue(request, name))).ToArray();
        var expected = _signer.Trace(new SigningInput(request.Method, service, timestamp, headers, body)).Signature;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            throw new ApiErrorResult("AuthFailure.SignatureFailure", "The signature does not match the request.");
        }
    }

    /// <summary>
    /// The first dot-separated label of the address the request was sent to (<c>127</c> for <c>127.0.0.1:9000</c>): SDKs
    /// that take the service from the endpoint's host, as Tencent's Node.js SDK does, put it in the scope when their
    /// endpoint is pointed at the emulator. The signature is still checked with it.
    /// </summary>
    private static string FirstLabel(HttpRequest request) => request.Host.Value?.Split('.')[0] ?? string.Empty;

    private static string HeaderValue(HttpRequest request, string name)
    {
        if (name == "host")
        {
            // Clients dial one address and sign the name they meant; the port is never signed.
            var host = request.Host.Host;
            return host;
        }

        return name == "content-type" ? request.ContentType ?? string.Empty : request.Headers[name].ToString();
    }
}
