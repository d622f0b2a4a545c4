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
        : this(action, statusCode, bodyExcerpt, $"{action}: the endpoint answered HTTP {(int)statusCode} {statusCode} instead of 200; the body begins: {bodyExcerpt}")
    {
    }

    private TencentCloudHttpException(string action, HttpStatusCode statusCode, string bodyExcerpt, string message)
        : base(action, message)
    {
        StatusCode = statusCode;
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The first characters of the body; empty when it is not shown (the answer to a credential call, which may hold keys).</summary>
    public string BodyExcerpt { get; }

    /// <summary>The same failure without the body: what a call that carries secrets may show.</summary>
    internal TencentCloudHttpException WithoutBody() =>
        new(Action, StatusCode, string.Empty, $"{Action}: the endpoint answered HTTP {(int)StatusCode} {StatusCode} instead of 200 (its body is not shown: it may hold secrets)");
}
