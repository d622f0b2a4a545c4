namespace TcApi.Generator.Emit;

internal static class GeneratorInfo
{
    public const string Name = "TcApi.Generator";
    public const string Version = "0.1.0";
    /// <summary>Required members and UTF-8 literals need C# 11.</summary>
    public const Microsoft.CodeAnalysis.CSharp.LanguageVersion RequiredLanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11;

    /// <summary>The envelope member every API 3.0 response carries; the runtime reads it, not the action.</summary>
    public const string EnvelopeRequestId = "RequestId";

    public const string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"" + Name + "\", \"" + Version + "\")]";
}
