using System.Linq;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Emit.Emitters.Parts;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>
/// An action's response model: members with defaults (a null or missing member never fails the read), the tolerant
/// envelope reader, and a writer of the whole envelope (for emulators and round trips).
/// </summary>
internal static class ResponseEmitter
{
    /// <summary>The envelope member every response carries; the runtime reads it, not the action.</summary>
    public const string RequestId = "RequestId";

    /// <summary>An output member named like the envelope's error: see <c>ResponseReadState.ResolveDeclaredError</c>.</summary>
    private const string Error = "Error";

    public static string Emit(ServiceHeader header, ActionModel action, EquatableArray<EnumModel> enums, string accessibility)
    {
        var typeName = action.ResponseTypeName;
        var members = action.Output.Where(m => m.WireName != RequestId).ToList();
        var type = new TypeCode(typeName, header, TypeRole.Output, alsoReadFromResponses: true, members, Enumerable.Empty<RuleModel>(), enums);
        var declaresError = members.Any(m => m.WireName == Error);
        var exception = $"global::{header.Namespace}.{header.ServiceTypeName}ApiException";
        var w = new SourceWriter();
        DocComments.Summary(w, "The result of " + action.Name + ".");
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        if (ActionFacts.Obsolete(action.Status) is { } obsolete)
        {
            w.Line(obsolete);
        }

        w.Open($"{accessibility} sealed partial record {typeName} : global::TcApi.Wire.IApiResponse, global::TcApi.Wire.ILenientlyRead");
        w.Line("/// <summary>");
        w.Line("/// Reads a <c>{\"Response\":{...}}</c> envelope. Numbers written as strings are accepted, unknown members ignored, and a");
        w.Line("/// missing or null member holds its default. A value that contradicts its documented type is a format error, or, read");
        w.Line("/// through <see cref=\"global::TcApi.Wire.ResponseReading.Leniently{T}\"/> as clients read, is listed in <see cref=\"LenientReads\"/>.");
        w.Line("/// </summary>");
        w.Line($"/// <exception cref=\"{exception}\">The response carries <c>Response.Error</c>.</exception>");
        w.Line("/// <exception cref=\"global::TcApi.Errors.ResponseFormatException\">The body is not a readable response; the message names the place.</exception>");
        w.Line($"public static {typeName} Read(global::System.ReadOnlySpan<byte> utf8Json) =>");
        w.Indent().Line($"global::TcApi.Wire.WireReader.ReadResponse(utf8Json, {CSharpLiteral.String(action.Name)}, ReadBody, CreateError);").Unindent();
        if (action.Streaming is not null)
        {
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Reads one event of the streamed answer: these members as a bare object, or a whole <c>{\"Response\":{...}}</c>");
            w.Line("/// envelope. Unknown members are ignored; <paramref name=\"requestId\"/> (the stream's) fills <see cref=\"RequestId\"/>.");
            w.Line("/// </summary>");
            w.Line($"/// <exception cref=\"{exception}\">The event carries <c>Error</c>.</exception>");
            w.Line("/// <exception cref=\"global::TcApi.Errors.ResponseFormatException\">The event is not readable; the message names the place.</exception>");
            w.Line($"public static {typeName} ReadEvent(global::System.ReadOnlySpan<byte> utf8Json, string? requestId) =>");
            w.Indent().Line($"global::TcApi.Wire.WireReader.ReadStreamEvent(utf8Json, {CSharpLiteral.String(action.Name)}, requestId, ReadBody, CreateError);").Unindent();
        }
        PropertiesPart.Write(w, type, accessibility);
        w.Line();
        var requestId = action.Output.FirstOrDefault(m => m.WireName == RequestId);
        DocComments.Summary(w, requestId?.Description ?? "The unique request ID, which is returned for each request. RequestId is required for locating a problem.");
        w.Line("public string RequestId { get; init; } = string.Empty;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public global::System.Collections.Generic.IReadOnlyList<global::TcApi.Wire.LenientRead> LenientReads { get; init; } = global::System.Array.Empty<global::TcApi.Wire.LenientRead>();");
        w.Line();
        w.Line("private static global::System.Exception CreateError(global::TcApi.Errors.ApiError error, string? requestId) =>");
        w.Indent().Line($"new {exception}({CSharpLiteral.String(action.Name)}, error, requestId);").Unindent();
        w.Line();
        w.Open($"private static {typeName} ReadBody(ref global::System.Text.Json.Utf8JsonReader reader, ref global::TcApi.Wire.ResponseReadState state)");
        if (type.Members.Any(m => m.ReadExpression.Contains(", mode")))
        {
            w.Line("const global::TcApi.Wire.WireReadMode mode = global::TcApi.Wire.WireReadMode.Response;");
        }

        ReaderPart.WriteLocals(w, type);
        if (declaresError)
        {
            w.Line("global::TcApi.Errors.ApiError? declaredError = null;");
            w.Line("var sawData = false;");
        }

        w.Open("while (global::TcApi.Wire.WireReader.NextProperty(ref reader))");
        if (declaresError)
        {
            // The action's own Error member looks like the envelope's error; which one it is shows only at the end.
            w.Open($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(Error)}))");
            w.Line("declaredError = global::TcApi.Wire.WireReader.PeekError(reader);");
            w.Close();
            w.Open("else if (state.TryReadEnvelopeMember(ref reader))").Line("continue;").Close();
            w.Line();
        }
        else
        {
            w.Open("if (state.TryReadEnvelopeMember(ref reader))").Line("continue;").Close();
            w.Line();
        }

        ReaderPart.WriteDispatch(w, type, "global::TcApi.Wire.WireReader.SkipValue(ref reader);", sawData: declaresError, notData: Error);
        w.Close();
        w.Line();
        if (declaresError)
        {
            w.Line("state.ResolveDeclaredError(declaredError, sawData);");
        }

        w.Open("if (state.Error is not null)").Line("return null!;").Close();
        w.Line();
        ReaderPart.WriteConstruction(w, type, "RequestId = state.RequestId ?? string.Empty,", "LenientReads = state.LenientReads,");
        w.Close();
        WriterPart.WriteNameFields(w, type);
        w.Line();
        w.Line("/// <summary>Writes the whole envelope, <c>{\"Response\":{...,\"RequestId\":...}}</c>, as the service answers.</summary>");
        w.Open("public void WriteTo(global::System.Text.Json.Utf8JsonWriter writer)");
        w.Open("if (writer is null)").Line("throw new global::System.ArgumentNullException(nameof(writer));").Close();
        w.Line();
        w.Line("writer.WriteStartObject();");
        w.Line("writer.WriteStartObject(\"Response\"u8);");
        WriterPart.WriteMembers(w, type);
        w.Line("writer.WriteString(\"RequestId\"u8, RequestId);");
        w.Line("writer.WriteEndObject();");
        w.Line("writer.WriteEndObject();");
        w.Close();
        EqualityPart.Write(w, type, "RequestId");
        w.Close();
        return w.ToString();
    }
}
