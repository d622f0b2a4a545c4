using System;
using System.Threading;
#if !NET
using System.Threading.Tasks;
#endif

namespace TcApi;

/// <summary>A token source that cancels after a timeout measured on a <see cref="TimeProvider"/> (a fake one in tests).</summary>
internal static class TimeoutSource
{
    public static CancellationTokenSource Create(TimeSpan timeout, TimeProvider time) =>
#if NET
        new(timeout, time);
#else
        time.CreateCancellationTokenSource(timeout);
#endif
}
