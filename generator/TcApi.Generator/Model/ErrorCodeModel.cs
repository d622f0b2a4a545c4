namespace TcApi.Generator.Model;

/// <summary>A server error code, its C# member name (the code without dots) and its description.</summary>
internal sealed record ErrorCodeModel(string Code, string MemberName, string Description);
