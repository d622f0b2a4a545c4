/// <summary>Every error code the gaap service documents. Codes a server sends beyond these stay available as raw strings.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public enum GaapErrorCode
{
    /// <summary><c>AuthFailure</c>: CAM signature/authentication error.</summary>
    AuthFailure = 1,

    /// <summary><c>AuthFailure.NotEnterpriseAuthorization</c>: Not an organizational customer.</summary>
    AuthFailureNotEnterpriseAuthorization = 2,

    /// <summary><c>AuthFailure.UnauthorizedOperation</c>: The sub-account is not authorized for this operation.</summary>
    AuthFailureUnauthorizedOperation = 3,

    /// <summary><c>FailedOperation</c>: Operation failed.</summary>
    FailedOperation = 4,

    /// <summary><c>FailedOperation.AccountBalanceInsufficient</c>: Unable to create this connection: insufficient account balance.</summary>
    FailedOperationAccountBalanceInsufficient = 5,

    /// <summary><c>FailedOperation.ActionIsDoing</c>: The operation is being performed. Do not perform it again.</summary>
    FailedOperationActionIsDoing = 6,

    /// <summary><c>FailedOperation.ActionOperateTooQuickly</c>: Too many attempts. Please try again later.</summary>
    FailedOperationActionOperateTooQuickly = 7,

    /// <summary><c>FailedOperation.BelongDifferentGroup</c>: Unable to operate in batches: the connections belong to different groups.</summary>
    FailedOperationBelongDifferentGroup = 8,

    /// <summary><c>FailedOperation.CertificateIsUsing</c>: Unable to operate: the certificate is occupied.</summary>
    FailedOperationCertificateIsUsing = 9,

    /// <summary><c>FailedOperation.DeleteProxyGroupProxyRemained</c>: Unable to delete: the connection group contains groups.</summary>
    FailedOperationDeleteProxyGroupProxyRemained = 10,

    /// <summary><c>FailedOperation.DomainAlreadyExisted</c>: The domain name is used by a listener.</summary>
    FailedOperationDomainAlreadyExisted = 11,

    /// <summary><c>FailedOperation.DomainStatusNotInRunning</c>: Operation unavailable: the domain name is not running.</summary>
    FailedOperationDomainStatusNotInRunning = 12,

    /// <summary><c>FailedOperation.DuplicatedRequest</c>: Repeated request. Please check the value of ClientToken.</summary>
    FailedOperationDuplicatedRequest = 13,

    /// <summary><c>FailedOperation.GroupStatusNotInRuning</c>: Unable to operate: the connection group is not running.</summary>
    FailedOperationGroupStatusNotInRuning = 14,

    /// <summary><c>FailedOperation.InstanceStatusNotInRuning</c>: Unable to operate: the connection is not running.</summary>
    FailedOperationInstanceStatusNotInRuning = 15,

    /// <summary><c>FailedOperation.InvalidListenerProtocol</c>: Invalid listener protocol.</summary>
    FailedOperationInvalidListenerProtocol = 16,

    /// <summary><c>FailedOperation.LimitNumofListener</c>: Limit on the number of listeners exceeded.</summary>
    FailedOperationLimitNumofListener = 17,

    /// <summary><c>FailedOperation.LimitNumofProxiesInGroup</c>: The number of connections in the connection group exceeded the limit.</summary>
    FailedOperationLimitNumofProxiesInGroup = 18,

    /// <summary><c>FailedOperation.LimitNumofRules</c>: Limit on the number of forwarding rules exceeded.</summary>
    FailedOperationLimitNumofRules = 19,

    /// <summary><c>FailedOperation.LimitRealServerNum</c>: Limit on the number of bound origin servers exceeded.</summary>
    FailedOperationLimitRealServerNum = 20,

    /// <summary><c>FailedOperation.ListenerHasTask</c>: The listener is in operation. Do not repeat the operation.</summary>
    FailedOperationListenerHasTask = 21,

    /// <summary><c>FailedOperation.ListenerStatusError</c>: The listener does not support this operation in current status.</summary>
    FailedOperationListenerStatusError = 22,

    /// <summary><c>FailedOperation.Migration</c>: The acceleration connection is being upgraded. To change the configuration, please submit a ticket.</summary>
    FailedOperationMigration = 23,

    /// <summary><c>FailedOperation.NonStandardProxy</c>: This connection is non-standard and write operations are not allowed.</summary>
    FailedOperationNonStandardProxy = 24,

    /// <summary><c>FailedOperation.NotSupportOldVersionProxy</c>: Only connections of Version 2.0 are supported.</summary>
    FailedOperationNotSupportOldVersionProxy = 25,

    /// <summary><c>FailedOperation.NotSupportProxyGroup</c>: This operation is not supported for connection groups.</summary>
    FailedOperationNotSupportProxyGroup = 26,

    /// <summary><c>FailedOperation.NotSupportScalar</c>: The configuration change is not supported.</summary>
    FailedOperationNotSupportScalar = 27,

    /// <summary><c>FailedOperation.OperateLimitNumofListener</c>: Limit on the number of ports for a single operation exceeded.</summary>
    FailedOperationOperateLimitNumofListener = 28,

    /// <summary><c>FailedOperation.ProxySecurityAlreadyClose</c>: The security policy has been disabled. Do not repeat the operation.</summary>
    FailedOperationProxySecurityAlreadyClose = 29,

    /// <summary><c>FailedOperation.ProxySecurityAlreadyOpen</c>: The security policy has been enabled. Do not repeat the operation.</summary>
    FailedOperationProxySecurityAlreadyOpen = 30,

    /// <summary><c>FailedOperation.ProxySecurityPolicyDefaultRule</c>: Failed to add the rule: default connection access rules cannot be denied.</summary>
    FailedOperationProxySecurityPolicyDefaultRule = 31,

    /// <summary><c>FailedOperation.ProxySecurityPolicyDuplicatedRule</c>: Failed to add rules: repeated security protection access rules.</summary>
    FailedOperationProxySecurityPolicyDuplicatedRule = 32,

    /// <summary><c>FailedOperation.ProxySecurityPolicyExisted</c>: The security policy already exists. Do not create it again.</summary>
    FailedOperationProxySecurityPolicyExisted = 33,

    /// <summary><c>FailedOperation.ProxySecurityPolicyOperating</c>: There are ongoing operations related to the connection security policy.</summary>
    FailedOperationProxySecurityPolicyOperating = 34,

    /// <summary><c>FailedOperation.ProxySellOut</c>: The line is sold out or the resource is insufficient. Please submit a ticket.</summary>
    FailedOperationProxySellOut = 35,

    /// <summary><c>FailedOperation.ProxyStatusNotInRuning</c>: Unable to add listeners: the connection is not running.</summary>
    FailedOperationProxyStatusNotInRuning = 36,

    /// <summary><c>FailedOperation.ProxyVersionNotSupport</c>: This version of connection is not supported.</summary>
    FailedOperationProxyVersionNotSupport = 37,

    /// <summary><c>FailedOperation.RealServerAlreadyBound</c>: Failed to delete: it’s bound to an origin server.</summary>
    FailedOperationRealServerAlreadyBound = 38,

    /// <summary><c>FailedOperation.RealServerNotInProject</c>: The origin server do not belong to this project.</summary>
    FailedOperationRealServerNotInProject = 39,

    /// <summary><c>FailedOperation.ResourceCanNotAccess</c>: This resource is not accessible.</summary>
    FailedOperationResourceCanNotAccess = 40,

    /// <summary><c>FailedOperation.ResourceHadBeenDone</c>: 资源已经被操作过。</summary>
    FailedOperationResourceHadBeenDone = 41,

    /// <summary><c>FailedOperation.ResourceUpgrading</c>: The resource is being upgraded.</summary>
    FailedOperationResourceUpgrading = 42,

    /// <summary><c>FailedOperation.RuleAlreadyExisted</c>: Rule already exists.</summary>
    FailedOperationRuleAlreadyExisted = 43,

    /// <summary><c>FailedOperation.SecretValidateFailed</c>: 签名校验错误。</summary>
    FailedOperationSecretValidateFailed = 44,

    /// <summary><c>FailedOperation.TagResourcesFailed</c>: Failed to add the tag to the resource.</summary>
    FailedOperationTagResourcesFailed = 45,

    /// <summary><c>FailedOperation.UnTagResourcesFailed</c>: Failed to unbind the tag.</summary>
    FailedOperationUnTagResourcesFailed = 46,

    /// <summary><c>FailedOperation.UserNotAuthenticated</c>: The current account has not completed identity verification.</summary>
    FailedOperationUserNotAuthenticated = 47,

    /// <summary><c>FailedOperation.UserNotConfirmProtocol</c>: Protocol not activated.</summary>
    FailedOperationUserNotConfirmProtocol = 48,

    /// <summary><c>FailedOperation.UserNotInWhitelist</c>: 该功能为白名单功能，如有需要请联系腾讯云助手。</summary>
    FailedOperationUserNotInWhitelist = 49,

    /// <summary><c>InternalError</c>: Internal error.</summary>
    InternalError = 50,

    /// <summary><c>InvalidParameter</c>: Incorrect parameter.</summary>
    InvalidParameter = 51,

    /// <summary><c>InvalidParameter.ConflictParameters</c>: 参数之间出现冲突。</summary>
    InvalidParameterConflictParameters = 52,

    /// <summary><c>InvalidParameterValue</c>: Incorrect parameter value.</summary>
    InvalidParameterValue = 53,

    /// <summary><c>InvalidParameterValue.CertificateContentNotMatchKey</c>: Mismatch between the certificate and the private key</summary>
    InvalidParameterValueCertificateContentNotMatchKey = 54,

    /// <summary><c>InvalidParameterValue.CertificateNotMatchDomain</c>: The HTTP certificate does not match the domain name.</summary>
    InvalidParameterValueCertificateNotMatchDomain = 55,

    /// <summary><c>InvalidParameterValue.DomainInIcpBlacklist</c>: The domain name is blocked for ICP issues.</summary>
    InvalidParameterValueDomainInIcpBlacklist = 56,

    /// <summary><c>InvalidParameterValue.DomainNotRegister</c>: The domain name does not have an ICP filing.</summary>
    InvalidParameterValueDomainNotRegister = 57,

    /// <summary><c>InvalidParameterValue.DuplicateRS</c>: The <c>RealServer</c> already exists.</summary>
    InvalidParameterValueDuplicateRS = 58,

    /// <summary><c>InvalidParameterValue.DuplicatedListenerPort</c>: Listener port already exists.</summary>
    InvalidParameterValueDuplicatedListenerPort = 59,

    /// <summary><c>InvalidParameterValue.FeatureConflict</c>: The features to be enabled conflict with each other.</summary>
    InvalidParameterValueFeatureConflict = 60,

    /// <summary><c>InvalidParameterValue.GlobalDomainHitBanBlacklist</c>: 该默认入口被封禁，无法添加。</summary>
    InvalidParameterValueGlobalDomainHitBanBlacklist = 61,

    /// <summary><c>InvalidParameterValue.HitBanBlacklist</c>: The resource has been added to the blocklist.</summary>
    InvalidParameterValueHitBanBlacklist = 62,

    /// <summary><c>InvalidParameterValue.HitBlacklist</c>: The header is blocklisted.</summary>
    InvalidParameterValueHitBlacklist = 63,

    /// <summary><c>InvalidParameterValue.InvalidBandwidth</c>: The bandwidth value is not in the range.</summary>
    InvalidParameterValueInvalidBandwidth = 64,

    /// <summary><c>InvalidParameterValue.InvalidCertificateContent</c>: Failed to resolve. Please check the format of certificate content.</summary>
    InvalidParameterValueInvalidCertificateContent = 65,

    /// <summary><c>InvalidParameterValue.InvalidCertificateId</c>: Certificate unavailable.</summary>
    InvalidParameterValueInvalidCertificateId = 66,

    /// <summary><c>InvalidParameterValue.InvalidCertificateKey</c>: Failed to resolve. Please check the format of certificate key.</summary>
    InvalidParameterValueInvalidCertificateKey = 67,

    /// <summary><c>InvalidParameterValue.InvalidConcurrency</c>: The number of concurrences is not in the range.</summary>
    InvalidParameterValueInvalidConcurrency = 68,

    /// <summary><c>InvalidParameterValue.InvalidListenerPort</c>: The listener port is not available.</summary>
    InvalidParameterValueInvalidListenerPort = 69,

    /// <summary><c>InvalidParameterValue.InvalidTags</c>: The tag is not found or you have no access permission to it.</summary>
    InvalidParameterValueInvalidTags = 70,

    /// <summary><c>InvalidParameterValue.L7DomainHitBanBlacklist</c>: The domain name has been blocked and cannot be added.</summary>
    InvalidParameterValueL7DomainHitBanBlacklist = 71,

    /// <summary><c>InvalidParameterValue.ProjectIdNotBelong</c>: The project does not belong to this user.</summary>
    InvalidParameterValueProjectIdNotBelong = 72,

    /// <summary><c>InvalidParameterValue.ProxyAndGroupFeatureConflict</c>: Cross-MLC-border connection is not supported in this connection group.</summary>
    InvalidParameterValueProxyAndGroupFeatureConflict = 73,

    /// <summary><c>InvalidParameterValue.ProxyAndRegionFeatureConflict</c>: The configuration of the cross-MLC-border connection is not supported in this region.</summary>
    InvalidParameterValueProxyAndRegionFeatureConflict = 74,

    /// <summary><c>InvalidParameterValue.RealServerNotBelong</c>: The origin server does not belong to this user.</summary>
    InvalidParameterValueRealServerNotBelong = 75,

    /// <summary><c>InvalidParameterValue.UnknownAccessRegion</c>: The acceleration region is not found or you have no access permission to it.</summary>
    InvalidParameterValueUnknownAccessRegion = 76,

    /// <summary><c>InvalidParameterValue.UnknownDestRegion</c>: The origin server region is not found or you have no access permission to it.</summary>
    InvalidParameterValueUnknownDestRegion = 77,

    /// <summary><c>LimitExceeded</c>: The quota limit should not be exceeded.</summary>
    LimitExceeded = 78,

    /// <summary><c>LimitExceeded.Domain</c>: 域名数量超限制。</summary>
    LimitExceededDomain = 79,

    /// <summary><c>LimitExceeded.TagQuota</c>: Insufficient tags</summary>
    LimitExceededTagQuota = 80,

    /// <summary><c>MissingParameter</c>: Missing parameter.</summary>
    MissingParameter = 81,

    /// <summary><c>ResourceNotFound</c>: The resource does not exist.</summary>
    ResourceNotFound = 82,

    /// <summary><c>ResourceUnavailable</c>: The resource is unavailable.</summary>
    ResourceUnavailable = 83,

    /// <summary><c>ResourceUnavailable.AccountViolation</c>: Restricted resources found in your account. Check your inbox and email for details.</summary>
    ResourceUnavailableAccountViolation = 84,

    /// <summary><c>UnauthorizedOperation</c>: Unauthorized operation.</summary>
    UnauthorizedOperation = 85,

    /// <summary><c>UnauthorizedOperation.CrossBorderInIsolating</c>: The CUCC cross-MLC-border connection expired and is isolated.</summary>
    UnauthorizedOperationCrossBorderInIsolating = 86,

    /// <summary><c>UnknownParameter</c>: Unknown parameter.</summary>
    UnknownParameter = 87,

    /// <summary><c>UnsupportedOperation</c>: Unsupported operation</summary>
    UnsupportedOperation = 88,
}

/// <summary>Converts <see cref="GaapErrorCode"/> to and from its wire string, without reflection.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public static class GaapErrorCodes
{
    /// <summary>The wire string of <paramref name="code"/>, e.g. as sent in <c>Response.Error.Code</c>.</summary>
    public static string ToWireString(this GaapErrorCode code) => code switch
    {
        GaapErrorCode.AuthFailure => "AuthFailure",
        GaapErrorCode.AuthFailureNotEnterpriseAuthorization => "AuthFailure.NotEnterpriseAuthorization",
        GaapErrorCode.AuthFailureUnauthorizedOperation => "AuthFailure.UnauthorizedOperation",
        GaapErrorCode.FailedOperation => "FailedOperation",
        GaapErrorCode.FailedOperationAccountBalanceInsufficient => "FailedOperation.AccountBalanceInsufficient",
        GaapErrorCode.FailedOperationActionIsDoing => "FailedOperation.ActionIsDoing",
        GaapErrorCode.FailedOperationActionOperateTooQuickly => "FailedOperation.ActionOperateTooQuickly",
        GaapErrorCode.FailedOperationBelongDifferentGroup => "FailedOperation.BelongDifferentGroup",
        GaapErrorCode.FailedOperationCertificateIsUsing => "FailedOperation.CertificateIsUsing",
        GaapErrorCode.FailedOperationDeleteProxyGroupProxyRemained => "FailedOperation.DeleteProxyGroupProxyRemained",
        GaapErrorCode.FailedOperationDomainAlreadyExisted => "FailedOperation.DomainAlreadyExisted",
        GaapErrorCode.FailedOperationDomainStatusNotInRunning => "FailedOperation.DomainStatusNotInRunning",
        GaapErrorCode.FailedOperationDuplicatedRequest => "FailedOperation.DuplicatedRequest",
        GaapErrorCode.FailedOperationGroupStatusNotInRuning => "FailedOperation.GroupStatusNotInRuning",
        GaapErrorCode.FailedOperationInstanceStatusNotInRuning => "FailedOperation.InstanceStatusNotInRuning",
        GaapErrorCode.FailedOperationInvalidListenerProtocol => "FailedOperation.InvalidListenerProtocol",
        GaapErrorCode.FailedOperationLimitNumofListener => "FailedOperation.LimitNumofListener",
        GaapErrorCode.FailedOperationLimitNumofProxiesInGroup => "FailedOperation.LimitNumofProxiesInGroup",
        GaapErrorCode.FailedOperationLimitNumofRules => "FailedOperation.LimitNumofRules",
        GaapErrorCode.FailedOperationLimitRealServerNum => "FailedOperation.LimitRealServerNum",
        GaapErrorCode.FailedOperationListenerHasTask => "FailedOperation.ListenerHasTask",
        GaapErrorCode.FailedOperationListenerStatusError => "FailedOperation.ListenerStatusError",
        GaapErrorCode.FailedOperationMigration => "FailedOperation.Migration",
        GaapErrorCode.FailedOperationNonStandardProxy => "FailedOperation.NonStandardProxy",
        GaapErrorCode.FailedOperationNotSupportOldVersionProxy => "FailedOperation.NotSupportOldVersionProxy",
        GaapErrorCode.FailedOperationNotSupportProxyGroup => "FailedOperation.NotSupportProxyGroup",
        GaapErrorCode.FailedOperationNotSupportScalar => "FailedOperation.NotSupportScalar",
        GaapErrorCode.FailedOperationOperateLimitNumofListener => "FailedOperation.OperateLimitNumofListener",
        GaapErrorCode.FailedOperationProxySecurityAlreadyClose => "FailedOperation.ProxySecurityAlreadyClose",
        GaapErrorCode.FailedOperationProxySecurityAlreadyOpen => "FailedOperation.ProxySecurityAlreadyOpen",
        GaapErrorCode.FailedOperationProxySecurityPolicyDefaultRule => "FailedOperation.ProxySecurityPolicyDefaultRule",
        GaapErrorCode.FailedOperationProxySecurityPolicyDuplicatedRule => "FailedOperation.ProxySecurityPolicyDuplicatedRule",
        GaapErrorCode.FailedOperationProxySecurityPolicyExisted => "FailedOperation.ProxySecurityPolicyExisted",
        GaapErrorCode.FailedOperationProxySecurityPolicyOperating => "FailedOperation.ProxySecurityPolicyOperating",
        GaapErrorCode.FailedOperationProxySellOut => "FailedOperation.ProxySellOut",
        GaapErrorCode.FailedOperationProxyStatusNotInRuning => "FailedOperation.ProxyStatusNotInRuning",
        GaapErrorCode.FailedOperationProxyVersionNotSupport => "FailedOperation.ProxyVersionNotSupport",
        GaapErrorCode.FailedOperationRealServerAlreadyBound => "FailedOperation.RealServerAlreadyBound",
        GaapErrorCode.FailedOperationRealServerNotInProject => "FailedOperation.RealServerNotInProject",
        GaapErrorCode.FailedOperationResourceCanNotAccess => "FailedOperation.ResourceCanNotAccess",
        GaapErrorCode.FailedOperationResourceHadBeenDone => "FailedOperation.ResourceHadBeenDone",
        GaapErrorCode.FailedOperationResourceUpgrading => "FailedOperation.ResourceUpgrading",
        GaapErrorCode.FailedOperationRuleAlreadyExisted => "FailedOperation.RuleAlreadyExisted",
        GaapErrorCode.FailedOperationSecretValidateFailed => "FailedOperation.SecretValidateFailed",
        GaapErrorCode.FailedOperationTagResourcesFailed => "FailedOperation.TagResourcesFailed",
        GaapErrorCode.FailedOperationUnTagResourcesFailed => "FailedOperation.UnTagResourcesFailed",
        GaapErrorCode.FailedOperationUserNotAuthenticated => "FailedOperation.UserNotAuthenticated",
        GaapErrorCode.FailedOperationUserNotConfirmProtocol => "FailedOperation.UserNotConfirmProtocol",
        GaapErrorCode.FailedOperationUserNotInWhitelist => "FailedOperation.UserNotInWhitelist",
        GaapErrorCode.InternalError => "InternalError",
        GaapErrorCode.InvalidParameter => "InvalidParameter",
        GaapErrorCode.InvalidParameterConflictParameters => "InvalidParameter.ConflictParameters",
        GaapErrorCode.InvalidParameterValue => "InvalidParameterValue",
        GaapErrorCode.InvalidParameterValueCertificateContentNotMatchKey => "InvalidParameterValue.CertificateContentNotMatchKey",
        GaapErrorCode.InvalidParameterValueCertificateNotMatchDomain => "InvalidParameterValue.CertificateNotMatchDomain",
        GaapErrorCode.InvalidParameterValueDomainInIcpBlacklist => "InvalidParameterValue.DomainInIcpBlacklist",
        GaapErrorCode.InvalidParameterValueDomainNotRegister => "InvalidParameterValue.DomainNotRegister",
        GaapErrorCode.InvalidParameterValueDuplicateRS => "InvalidParameterValue.DuplicateRS",
        GaapErrorCode.InvalidParameterValueDuplicatedListenerPort => "InvalidParameterValue.DuplicatedListenerPort",
        GaapErrorCode.InvalidParameterValueFeatureConflict => "InvalidParameterValue.FeatureConflict",
        GaapErrorCode.InvalidParameterValueGlobalDomainHitBanBlacklist => "InvalidParameterValue.GlobalDomainHitBanBlacklist",
        GaapErrorCode.InvalidParameterValueHitBanBlacklist => "InvalidParameterValue.HitBanBlacklist",
        GaapErrorCode.InvalidParameterValueHitBlacklist => "InvalidParameterValue.HitBlacklist",
        GaapErrorCode.InvalidParameterValueInvalidBandwidth => "InvalidParameterValue.InvalidBandwidth",
        GaapErrorCode.InvalidParameterValueInvalidCertificateContent => "InvalidParameterValue.InvalidCertificateContent",
        GaapErrorCode.InvalidParameterValueInvalidCertificateId => "InvalidParameterValue.InvalidCertificateId",
        GaapErrorCode.InvalidParameterValueInvalidCertificateKey => "InvalidParameterValue.InvalidCertificateKey",
        GaapErrorCode.InvalidParameterValueInvalidConcurrency => "InvalidParameterValue.InvalidConcurrency",
        GaapErrorCode.InvalidParameterValueInvalidListenerPort => "InvalidParameterValue.InvalidListenerPort",
        GaapErrorCode.InvalidParameterValueInvalidTags => "InvalidParameterValue.InvalidTags",
        GaapErrorCode.InvalidParameterValueL7DomainHitBanBlacklist => "InvalidParameterValue.L7DomainHitBanBlacklist",
        GaapErrorCode.InvalidParameterValueProjectIdNotBelong => "InvalidParameterValue.ProjectIdNotBelong",
        GaapErrorCode.InvalidParameterValueProxyAndGroupFeatureConflict => "InvalidParameterValue.ProxyAndGroupFeatureConflict",
        GaapErrorCode.InvalidParameterValueProxyAndRegionFeatureConflict => "InvalidParameterValue.ProxyAndRegionFeatureConflict",
        GaapErrorCode.InvalidParameterValueRealServerNotBelong => "InvalidParameterValue.RealServerNotBelong",
        GaapErrorCode.InvalidParameterValueUnknownAccessRegion => "InvalidParameterValue.UnknownAccessRegion",
        GaapErrorCode.InvalidParameterValueUnknownDestRegion => "InvalidParameterValue.UnknownDestRegion",
        GaapErrorCode.LimitExceeded => "LimitExceeded",
        GaapErrorCode.LimitExceededDomain => "LimitExceeded.Domain",
        GaapErrorCode.LimitExceededTagQuota => "LimitExceeded.TagQuota",
        GaapErrorCode.MissingParameter => "MissingParameter",
        GaapErrorCode.ResourceNotFound => "ResourceNotFound",
        GaapErrorCode.ResourceUnavailable => "ResourceUnavailable",
        GaapErrorCode.ResourceUnavailableAccountViolation => "ResourceUnavailable.AccountViolation",
        GaapErrorCode.UnauthorizedOperation => "UnauthorizedOperation",
        GaapErrorCode.UnauthorizedOperationCrossBorderInIsolating => "UnauthorizedOperation.CrossBorderInIsolating",
        GaapErrorCode.UnknownParameter => "UnknownParameter",
        GaapErrorCode.UnsupportedOperation => "UnsupportedOperation",
        _ => throw new global::System.ArgumentOutOfRangeException(nameof(code), code, "Not a defined GaapErrorCode."),
    };

    /// <summary>The documented description of <paramref name="code"/>.</summary>
    public static string GetDescription(this GaapErrorCode code) => code switch
    {
        GaapErrorCode.AuthFailure => "CAM signature/authentication error.",
        GaapErrorCode.AuthFailureNotEnterpriseAuthorization => "Not an organizational customer.",
        GaapErrorCode.AuthFailureUnauthorizedOperation => "The sub-account is not authorized for this operation.",
        GaapErrorCode.FailedOperation => "Operation failed.",
        GaapErrorCode.FailedOperationAccountBalanceInsufficient => "Unable to create this connection: insufficient account balance.",
        GaapErrorCode.FailedOperationActionIsDoing => "The operation is being performed. Do not perform it again.",
        GaapErrorCode.FailedOperationActionOperateTooQuickly => "Too many attempts. Please try again later.",
        GaapErrorCode.FailedOperationBelongDifferentGroup => "Unable to operate in batches: the connections belong to different groups.",
        GaapErrorCode.FailedOperationCertificateIsUsing => "Unable to operate: the certificate is occupied.",
        GaapErrorCode.FailedOperationDeleteProxyGroupProxyRemained => "Unable to delete: the connection group contains groups.",
        GaapErrorCode.FailedOperationDomainAlreadyExisted => "The domain name is used by a listener.",
        GaapErrorCode.FailedOperationDomainStatusNotInRunning => "Operation unavailable: the domain name is not running.",
        GaapErrorCode.FailedOperationDuplicatedRequest => "Repeated request. Please check the value of ClientToken.",
        GaapErrorCode.FailedOperationGroupStatusNotInRuning => "Unable to operate: the connection group is not running.",
        GaapErrorCode.FailedOperationInstanceStatusNotInRuning => "Unable to operate: the connection is not running.",
        GaapErrorCode.FailedOperationInvalidListenerProtocol => "Invalid listener protocol.",
        GaapErrorCode.FailedOperationLimitNumofListener => "Limit on the number of listeners exceeded.",
        GaapErrorCode.FailedOperationLimitNumofProxiesInGroup => "The number of connections in the connection group exceeded the limit.",
        GaapErrorCode.FailedOperationLimitNumofRules => "Limit on the number of forwarding rules exceeded.",
        GaapErrorCode.FailedOperationLimitRealServerNum => "Limit on the number of bound origin servers exceeded.",
        GaapErrorCode.FailedOperationListenerHasTask => "The listener is in operation. Do not repeat the operation.",
        GaapErrorCode.FailedOperationListenerStatusError => "The listener does not support this operation in current status.",
        GaapErrorCode.FailedOperationMigration => "The acceleration connection is being upgraded. To change the configuration, please submit a ticket.",
        GaapErrorCode.FailedOperationNonStandardProxy => "This connection is non-standard and write operations are not allowed.",
        GaapErrorCode.FailedOperationNotSupportOldVersionProxy => "Only connections of Version 2.0 are supported.",
        GaapErrorCode.FailedOperationNotSupportProxyGroup => "This operation is not supported for connection groups.",
        GaapErrorCode.FailedOperationNotSupportScalar => "The configuration change is not supported.",
        GaapErrorCode.FailedOperationOperateLimitNumofListener => "Limit on the number of ports for a single operation exceeded.",
        GaapErrorCode.FailedOperationProxySecurityAlreadyClose => "The security policy has been disabled. Do not repeat the operation.",
        GaapErrorCode.FailedOperationProxySecurityAlreadyOpen => "The security policy has been enabled. Do not repeat the operation.",
        GaapErrorCode.FailedOperationProxySecurityPolicyDefaultRule => "Failed to add the rule: default connection access rules cannot be denied.",
        GaapErrorCode.FailedOperationProxySecurityPolicyDuplicatedRule => "Failed to add rules: repeated security protection access rules.",
        GaapErrorCode.FailedOperationProxySecurityPolicyExisted => "The security policy already exists. Do not create it again.",
        GaapErrorCode.FailedOperationProxySecurityPolicyOperating => "There are ongoing operations related to the connection security policy.",
        GaapErrorCode.FailedOperationProxySellOut => "The line is sold out or the resource is insufficient. Please submit a ticket.",
        GaapErrorCode.FailedOperationProxyStatusNotInRuning => "Unable to add listeners: the connection is not running.",
        GaapErrorCode.FailedOperationProxyVersionNotSupport => "This version of connection is not supported.",
        GaapErrorCode.FailedOperationRealServerAlreadyBound => "Failed to delete: it’s bound to an origin server.",
        GaapErrorCode.FailedOperationRealServerNotInProject => "The origin server do not belong to this project.",
        GaapErrorCode.FailedOperationResourceCanNotAccess => "This resource is not accessible.",
        GaapErrorCode.FailedOperationResourceHadBeenDone => "资源已经被操作过。",
        GaapErrorCode.FailedOperationResourceUpgrading => "The resource is being upgraded.",
        GaapErrorCode.FailedOperationRuleAlreadyExisted => "Rule already exists.",
        GaapErrorCode.FailedOperationSecretValidateFailed => "签名校验错误。",
        GaapErrorCode.FailedOperationTagResourcesFailed => "Failed to add the tag to the resource.",
        GaapErrorCode.FailedOperationUnTagResourcesFailed => "Failed to unbind the tag.",
        GaapErrorCode.FailedOperationUserNotAuthenticated => "The current account has not completed identity verification.",
        GaapErrorCode.FailedOperationUserNotConfirmProtocol => "Protocol not activated.",
        GaapErrorCode.FailedOperationUserNotInWhitelist => "该功能为白名单功能，如有需要请联系腾讯云助手。",
        GaapErrorCode.InternalError => "Internal error.",
        GaapErrorCode.InvalidParameter => "Incorrect parameter.",
        GaapErrorCode.InvalidParameterConflictParameters => "参数之间出现冲突。",
        GaapErrorCode.InvalidParameterValue => "Incorrect parameter value.",
        GaapErrorCode.InvalidParameterValueCertificateContentNotMatchKey => "Mismatch between the certificate and the private key",
        GaapErrorCode.InvalidParameterValueCertificateNotMatchDomain => "The HTTP certificate does not match the domain name.",
        GaapErrorCode.InvalidParameterValueDomainInIcpBlacklist => "The domain name is blocked for ICP issues.",
        GaapErrorCode.InvalidParameterValueDomainNotRegister => "The domain name does not have an ICP filing.",
        GaapErrorCode.InvalidParameterValueDuplicateRS => "The `RealServer` already exists.",
        GaapErrorCode.InvalidParameterValueDuplicatedListenerPort => "Listener port already exists.",
        GaapErrorCode.InvalidParameterValueFeatureConflict => "The features to be enabled conflict with each other.",
        GaapErrorCode.InvalidParameterValueGlobalDomainHitBanBlacklist => "该默认入口被封禁，无法添加。",
        GaapErrorCode.InvalidParameterValueHitBanBlacklist => "The resource has been added to the blocklist.",
        GaapErrorCode.InvalidParameterValueHitBlacklist => "The header is blocklisted.",
        GaapErrorCode.InvalidParameterValueInvalidBandwidth => "The bandwidth value is not in the range.",
        GaapErrorCode.InvalidParameterValueInvalidCertificateContent => "Failed to resolve. Please check the format of certificate content.",
        GaapErrorCode.InvalidParameterValueInvalidCertificateId => "Certificate unavailable.",
        GaapErrorCode.InvalidParameterValueInvalidCertificateKey => "Failed to resolve. Please check the format of certificate key.",
        GaapErrorCode.InvalidParameterValueInvalidConcurrency => "The number of concurrences is not in the range.",
        GaapErrorCode.InvalidParameterValueInvalidListenerPort => "The listener port is not available.",
        GaapErrorCode.InvalidParameterValueInvalidTags => "The tag is not found or you have no access permission to it.",
        GaapErrorCode.InvalidParameterValueL7DomainHitBanBlacklist => "The domain name has been blocked and cannot be added.",
        GaapErrorCode.InvalidParameterValueProjectIdNotBelong => "The project does not belong to this user.",
        GaapErrorCode.InvalidParameterValueProxyAndGroupFeatureConflict => "Cross-MLC-border connection is not supported in this connection group.",
        GaapErrorCode.InvalidParameterValueProxyAndRegionFeatureConflict => "The configuration of the cross-MLC-border connection is not supported in this region.",
        GaapErrorCode.InvalidParameterValueRealServerNotBelong => "The origin server does not belong to this user.",
        GaapErrorCode.InvalidParameterValueUnknownAccessRegion => "The acceleration region is not found or you have no access permission to it.",
        GaapErrorCode.InvalidParameterValueUnknownDestRegion => "The origin server region is not found or you have no access permission to it.",
        GaapErrorCode.LimitExceeded => "The quota limit should not be exceeded.",
        GaapErrorCode.LimitExceededDomain => "域名数量超限制。",
        GaapErrorCode.LimitExceededTagQuota => "Insufficient tags",
        GaapErrorCode.MissingParameter => "Missing parameter.",
        GaapErrorCode.ResourceNotFound => "The resource does not exist.",
        GaapErrorCode.ResourceUnavailable => "The resource is unavailable.",
        GaapErrorCode.ResourceUnavailableAccountViolation => "Restricted resources found in your account. Check your inbox and email for details.",
        GaapErrorCode.UnauthorizedOperation => "Unauthorized operation.",
        GaapErrorCode.UnauthorizedOperationCrossBorderInIsolating => "The CUCC cross-MLC-border connection expired and is isolated.",
        GaapErrorCode.UnknownParameter => "Unknown parameter.",
        GaapErrorCode.UnsupportedOperation => "Unsupported operation",
        _ => string.Empty,
    };

    /// <summary>Finds the code whose wire string is <paramref name="wire"/> (ordinal comparison).</summary>
    public static bool TryParse(string? wire, out GaapErrorCode code)
    {
        switch (wire)
        {
            case "AuthFailure":
                code = GaapErrorCode.AuthFailure;
                return true;
            case "AuthFailure.NotEnterpriseAuthorization":
                code = GaapErrorCode.AuthFailureNotEnterpriseAuthorization;
                return true;
            case "AuthFailure.UnauthorizedOperation":
                code = GaapErrorCode.AuthFailureUnauthorizedOperation;
                return true;
            case "FailedOperation":
                code = GaapErrorCode.FailedOperation;
                return true;
            case "FailedOperation.AccountBalanceInsufficient":
                code = GaapErrorCode.FailedOperationAccountBalanceInsufficient;
                return true;
            case "FailedOperation.ActionIsDoing":
                code = GaapErrorCode.FailedOperationActionIsDoing;
                return true;
            case "FailedOperation.ActionOperateTooQuickly":
                code = GaapErrorCode.FailedOperationActionOperateTooQuickly;
                return true;
            case "FailedOperation.BelongDifferentGroup":
                code = GaapErrorCode.FailedOperationBelongDifferentGroup;
                return true;
            case "FailedOperation.CertificateIsUsing":
                code = GaapErrorCode.FailedOperationCertificateIsUsing;
                return true;
            case "FailedOperation.DeleteProxyGroupProxyRemained":
                code = GaapErrorCode.FailedOperationDeleteProxyGroupProxyRemained;
                return true;
            case "FailedOperation.DomainAlreadyExisted":
                code = GaapErrorCode.FailedOperationDomainAlreadyExisted;
                return true;
            case "FailedOperation.DomainStatusNotInRunning":
                code = GaapErrorCode.FailedOperationDomainStatusNotInRunning;
                return true;
            case "FailedOperation.DuplicatedRequest":
                code = GaapErrorCode.FailedOperationDuplicatedRequest;
                return true;
            case "FailedOperation.GroupStatusNotInRuning":
                code = GaapErrorCode.FailedOperationGroupStatusNotInRuning;
                return true;
            case "FailedOperation.InstanceStatusNotInRuning":
                code = GaapErrorCode.FailedOperationInstanceStatusNotInRuning;
                return true;
            case "FailedOperation.InvalidListenerProtocol":
                code = GaapErrorCode.FailedOperationInvalidListenerProtocol;
                return true;
            case "FailedOperation.LimitNumofListener":
                code = GaapErrorCode.FailedOperationLimitNumofListener;
                return true;
            case "FailedOperation.LimitNumofProxiesInGroup":
                code = GaapErrorCode.FailedOperationLimitNumofProxiesInGroup;
                return true;
            case "FailedOperation.LimitNumofRules":
                code = GaapErrorCode.FailedOperationLimitNumofRules;
                return true;
            case "FailedOperation.LimitRealServerNum":
                code = GaapErrorCode.FailedOperationLimitRealServerNum;
                return true;
            case "FailedOperation.ListenerHasTask":
                code = GaapErrorCode.FailedOperationListenerHasTask;
                return true;
            case "FailedOperation.ListenerStatusError":
                code = GaapErrorCode.FailedOperationListenerStatusError;
                return true;
            case "FailedOperation.Migration":
                code = GaapErrorCode.FailedOperationMigration;
                return true;
            case "FailedOperation.NonStandardProxy":
                code = GaapErrorCode.FailedOperationNonStandardProxy;
                return true;
            case "FailedOperation.NotSupportOldVersionProxy":
                code = GaapErrorCode.FailedOperationNotSupportOldVersionProxy;
                return true;
            case "FailedOperation.NotSupportProxyGroup":
                code = GaapErrorCode.FailedOperationNotSupportProxyGroup;
                return true;
            case "FailedOperation.NotSupportScalar":
                code = GaapErrorCode.FailedOperationNotSupportScalar;
                return true;
            case "FailedOperation.OperateLimitNumofListener":
                code = GaapErrorCode.FailedOperationOperateLimitNumofListener;
                return true;
            case "FailedOperation.ProxySecurityAlreadyClose":
                code = GaapErrorCode.FailedOperationProxySecurityAlreadyClose;
                return true;
            case "FailedOperation.ProxySecurityAlreadyOpen":
                code = GaapErrorCode.FailedOperationProxySecurityAlreadyOpen;
                return true;
            case "FailedOperation.ProxySecurityPolicyDefaultRule":
                code = GaapErrorCode.FailedOperationProxySecurityPolicyDefaultRule;
                return true;
            case "FailedOperation.ProxySecurityPolicyDuplicatedRule":
                code = GaapErrorCode.FailedOperationProxySecurityPolicyDuplicatedRule;
                return true;
            case "FailedOperation.ProxySecurityPolicyExisted":
                code = GaapErrorCode.FailedOperationProxySecurityPolicyExisted;
                return true;
            case "FailedOperation.ProxySecurityPolicyOperating":
                code = GaapErrorCode.FailedOperationProxySecurityPolicyOperating;
                return true;
            case "FailedOperation.ProxySellOut":
                code = GaapErrorCode.FailedOperationProxySellOut;
                return true;
            case "FailedOperation.ProxyStatusNotInRuning":
                code = GaapErrorCode.FailedOperationProxyStatusNotInRuning;
                return true;
            case "FailedOperation.ProxyVersionNotSupport":
                code = GaapErrorCode.FailedOperationProxyVersionNotSupport;
                return true;
            case "FailedOperation.RealServerAlreadyBound":
                code = GaapErrorCode.FailedOperationRealServerAlreadyBound;
                return true;
            case "FailedOperation.RealServerNotInProject":
                code = GaapErrorCode.FailedOperationRealServerNotInProject;
                return true;
            case "FailedOperation.ResourceCanNotAccess":
                code = GaapErrorCode.FailedOperationResourceCanNotAccess;
                return true;
            case "FailedOperation.ResourceHadBeenDone":
                code = GaapErrorCode.FailedOperationResourceHadBeenDone;
                return true;
            case "FailedOperation.ResourceUpgrading":
                code = GaapErrorCode.FailedOperationResourceUpgrading;
                return true;
            case "FailedOperation.RuleAlreadyExisted":
                code = GaapErrorCode.FailedOperationRuleAlreadyExisted;
                return true;
            case "FailedOperation.SecretValidateFailed":
                code = GaapErrorCode.FailedOperationSecretValidateFailed;
                return true;
            case "FailedOperation.TagResourcesFailed":
                code = GaapErrorCode.FailedOperationTagResourcesFailed;
                return true;
            case "FailedOperation.UnTagResourcesFailed":
                code = GaapErrorCode.FailedOperationUnTagResourcesFailed;
                return true;
            case "FailedOperation.UserNotAuthenticated":
                code = GaapErrorCode.FailedOperationUserNotAuthenticated;
                return true;
            case "FailedOperation.UserNotConfirmProtocol":
                code = GaapErrorCode.FailedOperationUserNotConfirmProtocol;
                return true;
            case "FailedOperation.UserNotInWhitelist":
                code = GaapErrorCode.FailedOperationUserNotInWhitelist;
                return true;
            case "InternalError":
                code = GaapErrorCode.InternalError;
                return true;
            case "InvalidParameter":
                code = GaapErrorCode.InvalidParameter;
                return true;
            case "InvalidParameter.ConflictParameters":
                code = GaapErrorCode.InvalidParameterConflictParameters;
                return true;
            case "InvalidParameterValue":
                code = GaapErrorCode.InvalidParameterValue;
                return true;
            case "InvalidParameterValue.CertificateContentNotMatchKey":
                code = GaapErrorCode.InvalidParameterValueCertificateContentNotMatchKey;
                return true;
            case "InvalidParameterValue.CertificateNotMatchDomain":
                code = GaapErrorCode.InvalidParameterValueCertificateNotMatchDomain;
                return true;
            case "InvalidParameterValue.DomainInIcpBlacklist":
                code = GaapErrorCode.InvalidParameterValueDomainInIcpBlacklist;
                return true;
            case "InvalidParameterValue.DomainNotRegister":
                code = GaapErrorCode.InvalidParameterValueDomainNotRegister;
                return true;
            case "InvalidParameterValue.DuplicateRS":
                code = GaapErrorCode.InvalidParameterValueDuplicateRS;
                return true;
            case "InvalidParameterValue.DuplicatedListenerPort":
                code = GaapErrorCode.InvalidParameterValueDuplicatedListenerPort;
                return true;
            case "InvalidParameterValue.FeatureConflict":
                code = GaapErrorCode.InvalidParameterValueFeatureConflict;
                return true;
            case "InvalidParameterValue.GlobalDomainHitBanBlacklist":
                code = GaapErrorCode.InvalidParameterValueGlobalDomainHitBanBlacklist;
                return true;
            case "InvalidParameterValue.HitBanBlacklist":
                code = GaapErrorCode.InvalidParameterValueHitBanBlacklist;
                return true;
            case "InvalidParameterValue.HitBlacklist":
                code = GaapErrorCode.InvalidParameterValueHitBlacklist;
                return true;
            case "InvalidParameterValue.InvalidBandwidth":
                code = GaapErrorCode.InvalidParameterValueInvalidBandwidth;
                return true;
            case "InvalidParameterValue.InvalidCertificateContent":
                code = GaapErrorCode.InvalidParameterValueInvalidCertificateContent;
                return true;
            case "InvalidParameterValue.InvalidCertificateId":
                code = GaapErrorCode.InvalidParameterValueInvalidCertificateId;
                return true;
            case "InvalidParameterValue.InvalidCertificateKey":
                code = GaapErrorCode.InvalidParameterValueInvalidCertificateKey;
                return true;
            case "InvalidParameterValue.InvalidConcurrency":
                code = GaapErrorCode.InvalidParameterValueInvalidConcurrency;
                return true;
            case "InvalidParameterValue.InvalidListenerPort":
                code = GaapErrorCode.InvalidParameterValueInvalidListenerPort;
                return true;
            case "InvalidParameterValue.InvalidTags":
                code = GaapErrorCode.InvalidParameterValueInvalidTags;
                return true;
            case "InvalidParameterValue.L7DomainHitBanBlacklist":
                code = GaapErrorCode.InvalidParameterValueL7DomainHitBanBlacklist;
                return true;
            case "InvalidParameterValue.ProjectIdNotBelong":
                code = GaapErrorCode.InvalidParameterValueProjectIdNotBelong;
                return true;
            case "InvalidParameterValue.ProxyAndGroupFeatureConflict":
                code = GaapErrorCode.InvalidParameterValueProxyAndGroupFeatureConflict;
                return true;
            case "InvalidParameterValue.ProxyAndRegionFeatureConflict":
                code = GaapErrorCode.InvalidParameterValueProxyAndRegionFeatureConflict;
                return true;
            case "InvalidParameterValue.RealServerNotBelong":
                code = GaapErrorCode.InvalidParameterValueRealServerNotBelong;
                return true;
            case "InvalidParameterValue.UnknownAccessRegion":
                code = GaapErrorCode.InvalidParameterValueUnknownAccessRegion;
                return true;
            case "InvalidParameterValue.UnknownDestRegion":
                code = GaapErrorCode.InvalidParameterValueUnknownDestRegion;
                return true;
            case "LimitExceeded":
                code = GaapErrorCode.LimitExceeded;
                return true;
            case "LimitExceeded.Domain":
                code = GaapErrorCode.LimitExceededDomain;
                return true;
            case "LimitExceeded.TagQuota":
                code = GaapErrorCode.LimitExceededTagQuota;
                return true;
            case "MissingParameter":
                code = GaapErrorCode.MissingParameter;
                return true;
            case "ResourceNotFound":
                code = GaapErrorCode.ResourceNotFound;
                return true;
            case "ResourceUnavailable":
                code = GaapErrorCode.ResourceUnavailable;
                return true;
            case "ResourceUnavailable.AccountViolation":
                code = GaapErrorCode.ResourceUnavailableAccountViolation;
                return true;
            case "UnauthorizedOperation":
                code = GaapErrorCode.UnauthorizedOperation;
                return true;
            case "UnauthorizedOperation.CrossBorderInIsolating":
                code = GaapErrorCode.UnauthorizedOperationCrossBorderInIsolating;
                return true;
            case "UnknownParameter":
                code = GaapErrorCode.UnknownParameter;
                return true;
            case "UnsupportedOperation":
                code = GaapErrorCode.UnsupportedOperation;
                return true;
            default:
                code = default;
                return false;
        }
    }
}

/// <summary>
/// A gaap call answered with <c>Response.Error</c>. <see cref="ErrorCode"/> is the typed code when the service
/// documents it; <see cref="global::TcApi.Errors.TencentCloudApiException.CommonCode"/> when it is a common API 3.0 code;
/// <see cref="global::TcApi.Errors.TencentCloudApiException.RawCode"/> always.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public sealed class GaapApiException : global::TcApi.Errors.TencentCloudApiException
{
    /// <summary>Creates the exception for an error returned by <paramref name="action"/>.</summary>
    public GaapApiException(string action, global::TcApi.Errors.ApiError error, string? requestId)
        : base(action, error, requestId)
    {
        ErrorCode = GaapErrorCodes.TryParse(error.Code, out var code) ? code : null;
    }

    /// <summary>The code as a documented gaap error code, or <see langword="null"/> when it is not one.</summary>
    public GaapErrorCode? ErrorCode { get; }
}
