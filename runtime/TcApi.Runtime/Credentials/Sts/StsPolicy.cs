using System;

namespace TcApi.Credentials.Sts;

/// <summary>AssumeRole's <c>Policy</c> must be URL-encoded (STS decodes it); a policy written as JSON is encoded here.</summary>
internal static class StsPolicy
{
    public static string? Encode(string? policy)
    {
        if (string.IsNullOrWhiteSpace(policy))
        {
            return null;
        }

        var trimmed = policy!.Trim();
        // JSON starts with '{'; anything else is taken as already encoded (%7B...).
        return trimmed.StartsWith("{", StringComparison.Ordinal) ? Uri.EscapeDataString(trimmed) : trimmed;
    }
}
