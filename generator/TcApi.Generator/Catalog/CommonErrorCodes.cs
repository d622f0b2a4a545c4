using System;
using System.Collections.Generic;

namespace TcApi.Generator.Catalog;

/// <summary>
/// The codes an action subset keeps whatever actions it selects: any action can answer with them. They are the API 3.0
/// common codes (the runtime's <c>CommonErrorCode</c>; a test keeps the two lists equal) and a service's bare category
/// codes, a code without a dot (<c>InternalError</c>, <c>FailedOperation</c>, <c>AuthFailure</c>).
/// </summary>
internal static class CommonErrorCodes
{
    public static readonly HashSet<string> Api3 = new(StringComparer.Ordinal)
    {
        "ActionOffline", "AuthFailure.InvalidAuthorization", "AuthFailure.InvalidSecretId", "AuthFailure.MFAFailure",
        "AuthFailure.SecretIdNotFound", "AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure", "AuthFailure.TokenFailure",
        "AuthFailure.UnauthorizedOperation", "DryRunOperation", "FailedOperation", "InternalError", "InvalidAction",
        "InvalidParameter", "InvalidParameterValue", "InvalidRequest", "IpInBlacklist", "IpNotInWhitelist", "LimitExceeded",
        "MissingParameter", "NoSuchProduct", "NoSuchVersion", "RequestLimitExceeded", "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        "RequestLimitExceeded.IPLimitExceeded", "RequestLimitExceeded.UinLimitExceeded", "RequestSizeLimitExceeded", "ResourceInUse",
        "ResourceInsufficient", "ResourceNotFound", "ResourceUnavailable", "ResponseSizeLimitExceeded", "ServiceUnavailable",
        "UnauthorizedOperation", "UnknownParameter", "UnsupportedOperation", "UnsupportedProtocol", "UnsupportedRegion",
    };

    public static bool IsCommon(string code) => code.IndexOf('.') < 0 || Api3.Contains(code);
}
