using TcApi.Errors;

namespace TcApi.Client;

/// <summary>A failed attempt, as a <see cref="RetryPolicy"/> sees it when it decides whether and when to try again.</summary>
/// <param name="Failure">How the attempt failed, as the caller would see it (secrets concealed).</param>
/// <param name="Action">The action called: its name, service and whether it is idempotent.</param>
/// <param name="Attempt">The number of the attempt that failed, from 1 (signing again after clock skew keeps it).</param>
/// <param name="Options">The client's retry settings.</param>
public readonly record struct RetryContext(TencentCloudException Failure, ApiActionInfo Action, int Attempt, RetryOptions Options);
