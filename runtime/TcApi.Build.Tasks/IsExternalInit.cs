namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 compile records (init accessors); the runtime never needs the type.</summary>
internal static class IsExternalInit
{
}
