using System;
using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Subset;

/// <summary>
/// The codes an action subset keeps whatever actions it selects: any action can answer with them. They are the API 3.0
/// common codes (<c>CommonErrorCode</c>, compiled from the same source as the runtime's: spec/contract/CommonErrorCode.cs) and a service's bare category
/// codes, a code without a dot (<c>InternalError</c>, <c>FailedOperation</c>, <c>AuthFailure</c>).
/// </summary>
internal static class CommonErrorCodes
{
    public static readonly HashSet<string> Api3 = new(
        Enum.GetValues(typeof(Contract.CommonErrorCode)).Cast<Contract.CommonErrorCode>().Select(Contract.CommonErrorCodes.ToWireString),
        StringComparer.Ordinal);

    public static bool IsCommon(string code) => code.IndexOf('.') < 0 || Api3.Contains(code);
}
