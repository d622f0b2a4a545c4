using System;

namespace TcApi.Generator.Polyfills;

/// <summary>
/// The types the generated code needs that frameworks older than .NET 5 / .NET 7 lack (netstandard2.0, .NET Framework,
/// Unity): those of <c>init</c> accessors and <c>required</c> members, and the buffer writer of <c>ToJsonUtf8()</c>.
/// </summary>
[Flags]
internal enum Polyfill
{
    None = 0,
    IsExternalInit = 1,
    RequiredMemberAttribute = 2,
    CompilerFeatureRequiredAttribute = 4,
    SetsRequiredMembersAttribute = 8,
    ArrayBufferWriter = 16,
}
