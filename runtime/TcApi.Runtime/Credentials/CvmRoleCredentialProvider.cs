using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// The temporary credentials of the CAM role bound to this CVM instance, from the instance metadata service: the role
/// name from <c>cam/security-credentials/</c>, then the credentials from <c>cam/security-credentials/&lt;role&gt;</c>.
/// Refreshed before they expire (see <see cref="RefreshingCredentialProvider"/>).
/// </summary>
/// <remarks>
/// Does not apply (a chain moves on) when the metadata service cannot be reached or no role is bound, while the role
/// is still being discovered; once credentials were fetched, or with a <see cref="CvmRoleOptions.RoleName"/>, every
/// failure is a <see cref="CredentialRefreshException"/>.
/// </remarks>
public sealed class CvmRoleCredentialProvider : RefreshingCredentialProvider
{
    private const string CredentialsPath = "cam/security-credentials/";
    private const int MaxAnswerBytes = 64 * 1024;

    private static readonly Lazy<HttpClient> SharedHttp = new(() => new HttpClient(
#if NET
        new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
#else
        new HttpClientHandler { UseProxy = false })
#endif
    {
        MaxResponseContentBufferSize = MaxAnswerBytes,
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    });

    private readonly CvmRoleOptions _options;
    private readonly Uri _credentialsAddress;
    private string? _role;

    /// <summary>Creates the provider.</summary>
    public CvmRoleCredentialProvider(CvmRoleOptions? options = null, CredentialRefreshOptions? refresh = null)
        : base(refresh)
    {
        _options = options ?? new CvmRoleOptions();
        var endpoint = _options.MetadataEndpoint ?? throw new ArgumentException("CvmRoleOptions.MetadataEndpoint is null.", nameof(options));
        _credentialsAddress = new Uri(endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/"), CredentialsPath);
        _role = string.IsNullOrWhiteSpace(_options.RoleName) ? null : _options.RoleName.Trim();
    }

    /// <inheritdoc />
    public override string ToString() => "CVM instance role";

    /// <inheritdoc />
    protected override async Task<Credential> FetchAsync(CancellationToken cancellationToken)
    {
        var role = _role ?? await DiscoverRoleAsync(cancellationToken).ConfigureAwait(false);
        var source = $"the metadata service ({_credentialsAddress.Host}) for role {role}";
        var (status, body) = await GetAsync(new Uri(_credentialsAddress, Uri.EscapeDataString(role)), cancellationToken).ConfigureAwait(false) ??
            throw new CredentialRefreshException(ToString(), $"{source} did not answer within {_options.Timeout.TotalSeconds:0.###} s");
        if (status != HttpStatusCode.OK)
        {
            throw new CredentialRefreshException(ToString(), $"{source} answered HTTP {(int)status}");
        }

        using var document = TemporaryCredentialsReader.Parse(body, ToString(), source);
        var root = document.RootElement;
        if (root.TryGetProperty("Code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() is { } text && text != "Success")
        {
            // The code is quoted (it says why); the answer's own key and token never are, wherever they appear.
            throw new CredentialRefreshException(ToString(), $"{source} answered Code {Shorten(TemporaryCredentialsReader.SecretsOf(root).Redact(text))}");
        }

        var credential = TemporaryCredentialsReader.Read(root, root, ToString(), source);
        _role = role;
        return credential;
    }

    private async Task<string> DiscoverRoleAsync(CancellationToken cancellationToken)
    {
        (HttpStatusCode Status, byte[] Body)? answer;
        try
        {
            answer = await GetAsync(_credentialsAddress, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new CredentialUnavailableException(ToString(), $"the metadata service at {_options.MetadataEndpoint} cannot be reached ({e.Message})", e);
        }

        var (status, body) = answer ??
            throw new CredentialUnavailableException(ToString(), $"the metadata service at {_options.MetadataEndpoint} did not answer within {_options.Timeout.TotalSeconds:0.###} s");

        if (status == HttpStatusCode.NotFound)
        {
            throw new CredentialUnavailableException(ToString(), "no CAM role is bound to this instance (the metadata service answered 404)");
        }

        if (status != HttpStatusCode.OK)
        {
            throw new CredentialUnavailableException(ToString(), $"the metadata service at {_options.MetadataEndpoint} answered HTTP {(int)status} for the role name");
        }

        var role = Encoding.UTF8.GetString(body).Trim().Split('\n')[0].Trim();
        return role.Length > 0
            ? role
            : throw new CredentialUnavailableException(ToString(), "no CAM role is bound to this instance (the metadata service named none)");
    }

    /// <summary>The status and body, or null when the service did not answer in time.</summary>
    private async Task<(HttpStatusCode Status, byte[] Body)?> GetAsync(Uri address, CancellationToken cancellationToken)
    {
        using var timeout = TimeoutSource.Create(_options.Timeout, TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await (_options.HttpClient ?? SharedHttp.Value).GetAsync(address, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            return body.Length > MaxAnswerBytes
                ? throw new CredentialRefreshException(ToString(), $"the metadata service answered more than {MaxAnswerBytes} bytes")
                : (response.StatusCode, body);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text.Substring(0, 64) + "…";
}
