using System;
using System.Net.Http;

namespace TcApi.Credentials;

/// <summary>Where and how the CVM instance role's credentials are fetched from the instance metadata service.</summary>
public sealed class CvmRoleOptions
{
    /// <summary>The metadata service's default address.</summary>
    public static readonly Uri DefaultMetadataEndpoint = new("http://metadata.tencentyun.com/latest/meta-data/");

    /// <summary>
    /// The metadata service, ending in <c>/latest/meta-data/</c>; the role is read from <c>cam/security-credentials/</c>
    /// under it. Default <see cref="DefaultMetadataEndpoint"/>; tests point it at a local server.
    /// </summary>
    public Uri MetadataEndpoint { get; set; } = DefaultMetadataEndpoint;

    /// <summary>The CAM role; when null, the role bound to the instance is asked of the metadata service.</summary>
    public string? RoleName { get; set; }

    /// <summary>The time one metadata request may take. Default 1 second: off a CVM instance the chain should not wait.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The HttpClient to use; when null, a shared one that bypasses proxies (the service is link-local).</summary>
    public HttpClient? HttpClient { get; set; }
}
