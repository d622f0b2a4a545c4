using System.Diagnostics.CodeAnalysis;

#if TCAPI_CONTRACT_INTERNAL
namespace TcApi.Contract;
#else
namespace TcApi.Errors;
#endif

/// <summary>Converts <see cref="CommonErrorCode"/> to and from its wire string without reflection.</summary>
#if TCAPI_CONTRACT_INTERNAL
internal
#else
public
#endif
static class CommonErrorCodes
{
    /// <summary>The wire string of <paramref name="code"/>, e.g. <c>AuthFailure.SignatureExpire</c>.</summary>
    public static string ToWireString(this CommonErrorCode code) => code switch
    {
        CommonErrorCode.ActionOffline => "ActionOffline",
        CommonErrorCode.AuthFailureInvalidAuthorization => "AuthFailure.InvalidAuthorization",
        CommonErrorCode.AuthFailureInvalidSecretId => "AuthFailure.InvalidSecretId",
        CommonErrorCode.AuthFailureMFAFailure => "AuthFailure.MFAFailure",
        CommonErrorCode.AuthFailureSecretIdNotFound => "AuthFailure.SecretIdNotFound",
        CommonErrorCode.AuthFailureSignatureExpire => "AuthFailure.SignatureExpire",
        CommonErrorCode.AuthFailureSignatureFailure => "AuthFailure.SignatureFailure",
        CommonErrorCode.AuthFailureTokenFailure => "AuthFailure.TokenFailure",
        CommonErrorCode.AuthFailureUnauthorizedOperation => "AuthFailure.UnauthorizedOperation",
        CommonErrorCode.DryRunOperation => "DryRunOperation",
        CommonErrorCode.FailedOperation => "FailedOperation",
        CommonErrorCode.InternalError => "InternalError",
        CommonErrorCode.InvalidAction => "InvalidAction",
        CommonErrorCode.InvalidParameter => "InvalidParameter",
        CommonErrorCode.InvalidParameterValue => "InvalidParameterValue",
        CommonErrorCode.InvalidRequest => "InvalidRequest",
        CommonErrorCode.IpInBlacklist => "IpInBlacklist",
        CommonErrorCode.IpNotInWhitelist => "IpNotInWhitelist",
        CommonErrorCode.LimitExceeded => "LimitExceeded",
        CommonErrorCode.MissingParameter => "MissingParameter",
        CommonErrorCode.NoSuchProduct => "NoSuchProduct",
        CommonErrorCode.NoSuchVersion => "NoSuchVersion",
        CommonErrorCode.RequestLimitExceeded => "RequestLimitExceeded",
        CommonErrorCode.RequestLimitExceededGlobalRegionUinLimitExceeded => "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        CommonErrorCode.RequestLimitExceededIPLimitExceeded => "RequestLimitExceeded.IPLimitExceeded",
        CommonErrorCode.RequestLimitExceededUinLimitExceeded => "RequestLimitExceeded.UinLimitExceeded",
        CommonErrorCode.RequestSizeLimitExceeded => "RequestSizeLimitExceeded",
        CommonErrorCode.ResourceInUse => "ResourceInUse",
        CommonErrorCode.ResourceInsufficient => "ResourceInsufficient",
        CommonErrorCode.ResourceNotFound => "ResourceNotFound",
        CommonErrorCode.ResourceUnavailable => "ResourceUnavailable",
        CommonErrorCode.ResponseSizeLimitExceeded => "ResponseSizeLimitExceeded",
        CommonErrorCode.ServiceUnavailable => "ServiceUnavailable",
        CommonErrorCode.UnauthorizedOperation => "UnauthorizedOperation",
        CommonErrorCode.UnknownParameter => "UnknownParameter",
        CommonErrorCode.UnsupportedOperation => "UnsupportedOperation",
        CommonErrorCode.UnsupportedProtocol => "UnsupportedProtocol",
        CommonErrorCode.UnsupportedRegion => "UnsupportedRegion",
        _ => code.ToString(),
    };

    /// <summary>The documented meaning of <paramref name="code"/>.</summary>
    public static string GetDescription(this CommonErrorCode code) => code switch
    {
        CommonErrorCode.ActionOffline => "The API has been taken offline.",
        CommonErrorCode.AuthFailureInvalidAuthorization => "The Authorization header is malformed.",
        CommonErrorCode.AuthFailureInvalidSecretId => "The key is invalid (not a TencentCloud API key).",
        CommonErrorCode.AuthFailureMFAFailure => "MFA authentication failed.",
        CommonErrorCode.AuthFailureSecretIdNotFound => "The key does not exist.",
        CommonErrorCode.AuthFailureSignatureExpire => "The signature has expired: the timestamp is more than five minutes off the server clock.",
        CommonErrorCode.AuthFailureSignatureFailure => "The signature is wrong (signature calculation error).",
        CommonErrorCode.AuthFailureTokenFailure => "The temporary credential token is invalid.",
        CommonErrorCode.AuthFailureUnauthorizedOperation => "The request is not authorized (CAM).",
        CommonErrorCode.DryRunOperation => "The request would have succeeded, but DryRun was set.",
        CommonErrorCode.FailedOperation => "The operation failed.",
        CommonErrorCode.InternalError => "Internal error.",
        CommonErrorCode.InvalidAction => "The API does not exist.",
        CommonErrorCode.InvalidParameter => "A parameter is wrong.",
        CommonErrorCode.InvalidParameterValue => "A parameter value is wrong.",
        CommonErrorCode.InvalidRequest => "The multipart request body is malformed.",
        CommonErrorCode.IpInBlacklist => "The IP address is in the blocklist.",
        CommonErrorCode.IpNotInWhitelist => "The IP address is not in the allowlist.",
        CommonErrorCode.LimitExceeded => "A quota limit was exceeded.",
        CommonErrorCode.MissingParameter => "A required parameter is missing.",
        CommonErrorCode.NoSuchProduct => "The product does not exist.",
        CommonErrorCode.NoSuchVersion => "The API version does not exist.",
        CommonErrorCode.RequestLimitExceeded => "The request frequency limit was exceeded.",
        CommonErrorCode.RequestLimitExceededGlobalRegionUinLimitExceeded => "The global-region frequency limit of the account was exceeded.",
        CommonErrorCode.RequestLimitExceededIPLimitExceeded => "The frequency limit of the IP address was exceeded.",
        CommonErrorCode.RequestLimitExceededUinLimitExceeded => "The frequency limit of the account was exceeded.",
        CommonErrorCode.RequestSizeLimitExceeded => "The request body is too large.",
        CommonErrorCode.ResourceInUse => "The resource is in use.",
        CommonErrorCode.ResourceInsufficient => "The resource is insufficient.",
        CommonErrorCode.ResourceNotFound => "The resource does not exist.",
        CommonErrorCode.ResourceUnavailable => "The resource is unavailable.",
        CommonErrorCode.ResponseSizeLimitExceeded => "The response is too large.",
        CommonErrorCode.ServiceUnavailable => "The service is unavailable now.",
        CommonErrorCode.UnauthorizedOperation => "The operation is not authorized.",
        CommonErrorCode.UnknownParameter => "A parameter the action does not define was sent.",
        CommonErrorCode.UnsupportedOperation => "The operation is not supported.",
        CommonErrorCode.UnsupportedProtocol => "The HTTP(S) method or protocol is not supported.",
        CommonErrorCode.UnsupportedRegion => "The API does not support the region.",
        _ => string.Empty,
    };

    /// <summary>Finds the common code whose wire string is <paramref name="wire"/> (ordinal comparison).</summary>
    public static bool TryParse([NotNullWhen(true)] string? wire, out CommonErrorCode code)
    {
        switch (wire)
        {
            case "ActionOffline": code = CommonErrorCode.ActionOffline; return true;
            case "AuthFailure.InvalidAuthorization": code = CommonErrorCode.AuthFailureInvalidAuthorization; return true;
            case "AuthFailure.InvalidSecretId": code = CommonErrorCode.AuthFailureInvalidSecretId; return true;
            case "AuthFailure.MFAFailure": code = CommonErrorCode.AuthFailureMFAFailure; return true;
            case "AuthFailure.SecretIdNotFound": code = CommonErrorCode.AuthFailureSecretIdNotFound; return true;
            case "AuthFailure.SignatureExpire": code = CommonErrorCode.AuthFailureSignatureExpire; return true;
            case "AuthFailure.SignatureFailure": code = CommonErrorCode.AuthFailureSignatureFailure; return true;
            case "AuthFailure.TokenFailure": code = CommonErrorCode.AuthFailureTokenFailure; return true;
            case "AuthFailure.UnauthorizedOperation": code = CommonErrorCode.AuthFailureUnauthorizedOperation; return true;
            case "DryRunOperation": code = CommonErrorCode.DryRunOperation; return true;
            case "FailedOperation": code = CommonErrorCode.FailedOperation; return true;
            case "InternalError": code = CommonErrorCode.InternalError; return true;
            case "InvalidAction": code = CommonErrorCode.InvalidAction; return true;
            case "InvalidParameter": code = CommonErrorCode.InvalidParameter; return true;
            case "InvalidParameterValue": code = CommonErrorCode.InvalidParameterValue; return true;
            case "InvalidRequest": code = CommonErrorCode.InvalidRequest; return true;
            case "IpInBlacklist": code = CommonErrorCode.IpInBlacklist; return true;
            case "IpNotInWhitelist": code = CommonErrorCode.IpNotInWhitelist; return true;
            case "LimitExceeded": code = CommonErrorCode.LimitExceeded; return true;
            case "MissingParameter": code = CommonErrorCode.MissingParameter; return true;
            case "NoSuchProduct": code = CommonErrorCode.NoSuchProduct; return true;
            case "NoSuchVersion": code = CommonErrorCode.NoSuchVersion; return true;
            case "RequestLimitExceeded": code = CommonErrorCode.RequestLimitExceeded; return true;
            case "RequestLimitExceeded.GlobalRegionUinLimitExceeded": code = CommonErrorCode.RequestLimitExceededGlobalRegionUinLimitExceeded; return true;
            case "RequestLimitExceeded.IPLimitExceeded": code = CommonErrorCode.RequestLimitExceededIPLimitExceeded; return true;
            case "RequestLimitExceeded.UinLimitExceeded": code = CommonErrorCode.RequestLimitExceededUinLimitExceeded; return true;
            case "RequestSizeLimitExceeded": code = CommonErrorCode.RequestSizeLimitExceeded; return true;
            case "ResourceInUse": code = CommonErrorCode.ResourceInUse; return true;
            case "ResourceInsufficient": code = CommonErrorCode.ResourceInsufficient; return true;
            case "ResourceNotFound": code = CommonErrorCode.ResourceNotFound; return true;
            case "ResourceUnavailable": code = CommonErrorCode.ResourceUnavailable; return true;
            case "ResponseSizeLimitExceeded": code = CommonErrorCode.ResponseSizeLimitExceeded; return true;
            case "ServiceUnavailable": code = CommonErrorCode.ServiceUnavailable; return true;
            case "UnauthorizedOperation": code = CommonErrorCode.UnauthorizedOperation; return true;
            case "UnknownParameter": code = CommonErrorCode.UnknownParameter; return true;
            case "UnsupportedOperation": code = CommonErrorCode.UnsupportedOperation; return true;
            case "UnsupportedProtocol": code = CommonErrorCode.UnsupportedProtocol; return true;
            case "UnsupportedRegion": code = CommonErrorCode.UnsupportedRegion; return true;
            default: code = default; return false;
        }
    }
}
