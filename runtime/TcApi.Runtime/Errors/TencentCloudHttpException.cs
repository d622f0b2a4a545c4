using System.Net;

namespace TcApi.Errors;

/// <summary>
/// The endpoint answered with an HTTP status other than 200. API 3.0 answers every call, failed or not, with 200, so
/// this is a proxy, a gateway or an outage; <see cref="BodyExcerpt"/> shows what came back.
/// </summary>
public sealed class TencentCloudHttpException : TencentCloudException
{
    /// <summary>Creates the exception.</summary>
    public TencentCloudHttpException(string action, HttpStatusCode statusCode, string bodyExcerpt)
        : base(action, $"{action}: the endpoint answered HTTP {(int)statusCode} {statusCode} instead of 200; the body begins: {bodyExcerpt}")
    {
        StatusCode = statusCode;
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The first characters of the body.</summary>
    public string BodyExcerpt { get; }
}
