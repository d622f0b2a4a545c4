#if TCAPI_CONTRACT_INTERNAL
namespace TcApi.Contract;
#else
namespace TcApi.Errors;
#endif

/// <summary>The error codes every Tencent Cloud API 3.0 action can return.</summary>
#if TCAPI_CONTRACT_INTERNAL
internal
#else
public
#endif
enum CommonErrorCode
{
    /// <summary><c>ActionOffline</c>: The API has been taken offline.</summary>
    ActionOffline = 1,

    /// <summary><c>AuthFailure.InvalidAuthorization</c>: The Authorization header is malformed.</summary>
    AuthFailureInvalidAuthorization = 2,

    /// <summary><c>AuthFailure.InvalidSecretId</c>: The key is invalid (not a TencentCloud API key).</summary>
    AuthFailureInvalidSecretId = 3,

    /// <summary><c>AuthFailure.MFAFailure</c>: MFA authentication failed.</summary>
    AuthFailureMFAFailure = 4,

    /// <summary><c>AuthFailure.SecretIdNotFound</c>: The key does not exist.</summary>
    AuthFailureSecretIdNotFound = 5,

    /// <summary><c>AuthFailure.SignatureExpire</c>: The signature has expired: the timestamp is more than five minutes off the server clock.</summary>
    AuthFailureSignatureExpire = 6,

    /// <summary><c>AuthFailure.SignatureFailure</c>: The signature is wrong (signature calculation error).</summary>
    AuthFailureSignatureFailure = 7,

    /// <summary><c>AuthFailure.TokenFailure</c>: The temporary credential token is invalid.</summary>
    AuthFailureTokenFailure = 8,

    /// <summary><c>AuthFailure.UnauthorizedOperation</c>: The request is not authorized (CAM).</summary>
    AuthFailureUnauthorizedOperation = 9,

    /// <summary><c>DryRunOperation</c>: The request would have succeeded, but DryRun was set.</summary>
    DryRunOperation = 10,

    /// <summary><c>FailedOperation</c>: The operation failed.</summary>
    FailedOperation = 11,

    /// <summary><c>InternalError</c>: Internal error.</summary>
    InternalError = 12,

    /// <summary><c>InvalidAction</c>: The API does not exist.</summary>
    InvalidAction = 13,

    /// <summary><c>InvalidParameter</c>: A parameter is wrong.</summary>
    InvalidParameter = 14,

    /// <summary><c>InvalidParameterValue</c>: A parameter value is wrong.</summary>
    InvalidParameterValue = 15,

    /// <summary><c>InvalidRequest</c>: The multipart request body is malformed.</summary>
    InvalidRequest = 16,

    /// <summary><c>IpInBlacklist</c>: The IP address is in the blocklist.</summary>
    IpInBlacklist = 17,

    /// <summary><c>IpNotInWhitelist</c>: The IP address is not in the allowlist.</summary>
    IpNotInWhitelist = 18,

    /// <summary><c>LimitExceeded</c>: A quota limit was exceeded.</summary>
    LimitExceeded = 19,

    /// <summary><c>MissingParameter</c>: A required parameter is missing.</summary>
    MissingParameter = 20,

    /// <summary><c>NoSuchProduct</c>: The product does not exist.</summary>
    NoSuchProduct = 21,

    /// <summary><c>NoSuchVersion</c>: The API version does not exist.</summary>
    NoSuchVersion = 22,

    /// <summary><c>RequestLimitExceeded</c>: The request frequency limit was exceeded.</summary>
    RequestLimitExceeded = 23,

    /// <summary><c>RequestLimitExceeded.GlobalRegionUinLimitExceeded</c>: The global-region frequency limit of the account was exceeded.</summary>
    RequestLimitExceededGlobalRegionUinLimitExceeded = 24,

    /// <summary><c>RequestLimitExceeded.IPLimitExceeded</c>: The frequency limit of the IP address was exceeded.</summary>
    RequestLimitExceededIPLimitExceeded = 25,

    /// <summary><c>RequestLimitExceeded.UinLimitExceeded</c>: The frequency limit of the account was exceeded.</summary>
    RequestLimitExceededUinLimitExceeded = 26,

    /// <summary><c>RequestSizeLimitExceeded</c>: The request body is too large.</summary>
    RequestSizeLimitExceeded = 27,

    /// <summary><c>ResourceInUse</c>: The resource is in use.</summary>
    ResourceInUse = 28,

    /// <summary><c>ResourceInsufficient</c>: The resource is insufficient.</summary>
    ResourceInsufficient = 29,

    /// <summary><c>ResourceNotFound</c>: The resource does not exist.</summary>
    ResourceNotFound = 30,

    /// <summary><c>ResourceUnavailable</c>: The resource is unavailable.</summary>
    ResourceUnavailable = 31,

    /// <summary><c>ResponseSizeLimitExceeded</c>: The response is too large.</summary>
    ResponseSizeLimitExceeded = 32,

    /// <summary><c>ServiceUnavailable</c>: The service is unavailable now.</summary>
    ServiceUnavailable = 33,

    /// <summary><c>UnauthorizedOperation</c>: The operation is not authorized.</summary>
    UnauthorizedOperation = 34,

    /// <summary><c>UnknownParameter</c>: A parameter the action does not define was sent.</summary>
    UnknownParameter = 35,

    /// <summary><c>UnsupportedOperation</c>: The operation is not supported.</summary>
    UnsupportedOperation = 36,

    /// <summary><c>UnsupportedProtocol</c>: The HTTP(S) method or protocol is not supported.</summary>
    UnsupportedProtocol = 37,

    /// <summary><c>UnsupportedRegion</c>: The API does not support the region.</summary>
    UnsupportedRegion = 38,
}
