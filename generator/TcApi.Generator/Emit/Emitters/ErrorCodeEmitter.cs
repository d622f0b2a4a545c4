using System.Globalization;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>The service's error codes: the enum, its wire converter, and the service's API exception.</summary>
internal static class ErrorCodeEmitter
{
    public static string Emit(ServiceHeader header, EquatableArray<ErrorCodeModel> codes, string accessibility)
    {
        var w = new SourceWriter();
        var type = header.ServiceTypeName;
        w.Line(header.ActionSubset
            ? $"/// <summary>The error codes the selected actions of the {XmlDocText.Escape(header.Service)} service document, and the common ones. Codes a server sends beyond these stay available as raw strings.</summary>"
            : $"/// <summary>Every error code the {XmlDocText.Escape(header.Service)} service documents. Codes a server sends beyond these stay available as raw strings.</summary>");
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Open($"{accessibility} enum {type}ErrorCode");
        for (var i = 0; i < codes.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            w.Line($"/// <summary><c>{XmlDocText.Escape(codes[i].Code)}</c>: {XmlDocText.Inline(codes[i].Description)}</summary>");
            w.Line($"{codes[i].MemberName} = {(i + 1).ToString(CultureInfo.InvariantCulture)},");
        }

        w.Close();
        w.Line();
        w.Line($"/// <summary>Converts <see cref=\"{type}ErrorCode\"/> to and from its wire string, without reflection.</summary>");
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Open($"{accessibility} static class {type}ErrorCodes");
        w.Line("/// <summary>The wire string of <paramref name=\"code\"/>, e.g. as sent in <c>Response.Error.Code</c>.</summary>");
        w.Line($"public static string ToWireString(this {type}ErrorCode code) => code switch");
        w.Line("{").Indent();
        foreach (var code in codes)
        {
            w.Line($"{type}ErrorCode.{code.MemberName} => {CSharpLiteral.String(code.Code)},");
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(code), code, \"Not a defined {type}ErrorCode.\"),");
        w.Unindent().Line("};");
        w.Line();
        w.Line("/// <summary>The documented description of <paramref name=\"code\"/>.</summary>");
        w.Line($"public static string GetDescription(this {type}ErrorCode code) => code switch");
        w.Line("{").Indent();
        foreach (var code in codes)
        {
            w.Line($"{type}ErrorCode.{code.MemberName} => {CSharpLiteral.String(code.Description)},");
        }

        w.Line("_ => string.Empty,");
        w.Unindent().Line("};");
        w.Line();
        w.Line("/// <summary>Finds the code whose wire string is <paramref name=\"wire\"/> (ordinal comparison).</summary>");
        w.Open($"public static bool TryParse(string? wire, out {type}ErrorCode code)");
        w.Open("switch (wire)");
        foreach (var code in codes)
        {
            w.Line($"case {CSharpLiteral.String(code.Code)}:");
            w.Indent().Line($"code = {type}ErrorCode.{code.MemberName};").Line("return true;").Unindent();
        }

        w.Line("default:");
        w.Indent().Line("code = default;").Line("return false;").Unindent();
        w.Close();
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line($"/// A {XmlDocText.Escape(header.Service)} call answered with <c>Response.Error</c>. <see cref=\"ErrorCode\"/> is the typed code when the service");
        w.Line("/// documents it; <see cref=\"global::TcApi.Errors.TencentCloudApiException.CommonCode\"/> when it is a common API 3.0 code;");
        w.Line("/// <see cref=\"global::TcApi.Errors.TencentCloudApiException.RawCode\"/> always.");
        w.Line("/// </summary>");
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Open($"{accessibility} sealed class {type}ApiException : global::TcApi.Errors.TencentCloudApiException");
        w.Line("/// <summary>Creates the exception for an error returned by <paramref name=\"action\"/>.</summary>");
        w.Line($"public {type}ApiException(string action, global::TcApi.Errors.ApiError error, string? requestId)");
        w.Indent().Line(": base(action, error, requestId)").Unindent();
        w.Line("{");
        w.Indent().Line($"ErrorCode = {type}ErrorCodes.TryParse(error.Code, out var code) ? code : null;").Unindent();
        w.Line("}");
        w.Line();
        w.Line($"/// <summary>The code as a documented {XmlDocText.Escape(header.Service)} error code, or <see langword=\"null\"/> when it is not one.</summary>");
        w.Line($"public {type}ErrorCode? ErrorCode {{ get; }}");
        w.Close();
        return w.ToString();
    }
}
