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

    public void Verify(HttpRequest request, byte[] body) =>
        Verify(request.Method, request.Host.Value ?? string.Empty, name => name == "content-type" ? request.ContentType ?? string.Empty : request.Headers[name].ToString(), body, [_service]);

    /// <summary>
    /// Checks a request given by its parts: <paramref name="host"/> as sent (a port allowed), <paramref name="header"/>
    /// the value of a header by its lower-case name; the scope must name one of <paramref name="services"/> (or the first
    /// label of the host). Returns the service the scope names.
    /// </summary>
    public string Verify(string method, string host, Func<string, string> header, byte[] body, IReadOnlyCollection<string> services)
    {
        var authorization = header("authorization");
        if (!authorization.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new ApiErrorResult("AuthFailure.InvalidAuthorization", "The Authorization header is missing or is not TC3-HMAC-SHA256.");
        }

        var parts = authorization[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries)
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

        if (!long.TryParse(header("x-tc-timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
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
        var hostName = HostName(host);
        if ((!services.Contains(service) && service != hostName.Split('.')[0]) || scopeParts[1] != date.ToString())
        {
            throw new ApiErrorResult("AuthFailure.SignatureFailure", $"The credential scope must name the service {string.Join(" or ", services)} and the timestamp's date.");
        }

        // Clients dial one address and sign the name they meant; the port is never signed.
        var headers = names.Select(name => new KeyValuePair<string, string>(name, name == "host" ? hostName : header(name))).ToArray();
        var expected = _signer.Trace(new SigningInput(method, service, timestamp, headers, body)).Signature;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            throw new ApiErrorResult("AuthFailure.SignatureFailure", "The signature does not match the request.");
        }

        return service;
    }

    /// <summary>
    /// The host without its port. Its first dot-separated label (<c>127</c> for <c>127.0.0.1:9000</c>) is accepted as the
    /// scope's service: SDKs that take the service from the endpoint's host, as Tencent's Node.js SDK does, put it in the
    /// scope when their endpoint is pointed at the emulator. The signature is still checked with it.
    /// </summary>
    private static string HostName(string host)
    {
        if (host.StartsWith('['))
        {
            return host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)];
        }

        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }
}
