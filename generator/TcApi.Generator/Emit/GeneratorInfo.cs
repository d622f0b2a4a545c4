namespace TcApi.Generator.Emit;

internal static class GeneratorInfo
{
    public const string Name = "TcApi.Generator";
    public const string Version = "0.1.0";
    public const int RequiredLanguageVersion = 11;

    /// <summary>The envelope member every API 3.0 response carries; the runtime reads it, not the action.</summary>
    public const string EnvelopeRequestId = "RequestId";

    public const string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Name + "\", \"" + Version + "\")]";
}
