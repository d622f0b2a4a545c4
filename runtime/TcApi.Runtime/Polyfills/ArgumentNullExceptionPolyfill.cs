#if !NET
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace System;

/// <summary><c>ArgumentNullException.ThrowIfNull</c> (.NET 6) for netstandard2.0, so argument checks read the same on every target.</summary>
internal static class ArgumentNullExceptionPolyfill
{
    extension(ArgumentNullException)
    {
        public static void ThrowIfNull([NotNull] object? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        {
            if (argument is null)
            {
                throw new ArgumentNullException(paramName);
            }
        }
    }
}
#endif
