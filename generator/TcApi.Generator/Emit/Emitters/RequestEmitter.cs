using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Emit.Emitters.Parts;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>An action's request: members, the action's facts, validation, the wire writer and the strict reader.</summary>
internal static class RequestEmitter
{
    public static string Emit(ServiceHeader header, ActionModel action, EquatableArray<EnumModel> enums, EquatableArray<ErrorCodeModel> codes, string accessibility)
    {
        var typeName = action.RequestTypeName;
        var type = new TypeCode(typeName, header, TypeRole.Input, alsoReadFromResponses: false, action.Input, action.Rules, enums);
        var w = new SourceWriter();
        DocComments.Summary(w, action.Description);
        DocComments.Remarks(w, Remarks(action));
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Line($"[global::TcApi.Constraints.ApiRequest({CSharpLiteral.String(header.Service)}, {CSharpLiteral.String(header.ApiVersion)}, {CSharpLiteral.String(action.Name)})]");
        foreach (var rule in action.Rules)
        {
            w.Line(AttributeCode.ForRule(rule, type.ByWireName));
        }

        if (ActionFacts.Obsolete(action.Status) is { } obsolete)
        {
            w.Line(obsolete);
        }

        w.Open($"{accessibility} sealed partial record {typeName} : global::TcApi.Wire.IApiRequest");
        WriteFacts(w, header, action, codes);
        PropertiesPart.Write(w, type, accessibility);
        ValidationPart.Write(w, type, isRequest: true);
        WriterPart.WriteNameFields(w, type);
        WriterPart.WriteObject(w, type, "Writes the request's wire JSON: wire names, numbers as numbers, enum wire values, flags as 0 or 1, absent members omitted.");
        w.Line();
        w.Line("/// <summary>The request's wire JSON as UTF-8 bytes.</summary>");
        w.Open("public byte[] ToJsonUtf8()");
        w.Line("var buffer = new global::System.Buffers.ArrayBufferWriter<byte>(256);");
        w.Open("using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))").Line("WriteTo(writer);").Close();
        w.Line();
        w.Line("return buffer.WrittenSpan.ToArray();");
        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Reads a request from wire JSON as the service does: numbers may be written as strings, <c>null</c> means absent,");
        w.Line("/// an unknown or missing required member is an error.");
        w.Line("/// </summary>");
        w.Line("/// <exception cref=\"global::TcApi.Wire.RequestReadException\">The body is not a readable request; its code says why and its path where.</exception>");
        w.Line($"public static {typeName} ReadFrom(global::System.ReadOnlySpan<byte> utf8Json) =>");
        w.Indent().Line($"global::TcApi.Wire.WireReader.ReadRequest<{typeName}>(utf8Json, ReadFrom);").Unindent();
        ReaderPart.WriteObjectReader(w, type);
        EqualityPart.Write(w, type);
        w.Close();
        return w.ToString();
    }

    private static IEnumerable<string> Remarks(ActionModel action)
    {
        yield return action.RateLimitPerSecond is { } limit
            ? $"Rate limit: {limit.ToString(CultureInfo.InvariantCulture)} requests per second."
            : "No rate limit is documented.";
        yield return action.Idempotent
            ? "Idempotent: a call that may have reached the service is retried." + (action.IdempotencyReason is { } why ? " (" + XmlDocText.Escape(why) + ")" : string.Empty)
            : action.ClientToken is { } token
                ? $"Idempotency key <c>{XmlDocText.Escape(token.WireName)}</c>: the client fills a fresh one when it is left empty and sends the same one on every attempt, so a call that failed in transport is retried without doing its work twice."
                : "Not idempotent: a call that may have reached the service is not retried.";
        if (action.Documentation is { } documentation)
        {
            yield return $"Documentation: <see href=\"{XmlDocText.EscapeAttribute(documentation)}\"/>";
        }

        if (action.Status != ActionStatus.Online)
        {
            yield return ActionFacts.StatusText(action.Status);
        }
    }

    private static void WriteFacts(SourceWriter w, ServiceHeader header, ActionModel action, EquatableArray<ErrorCodeModel> codes)
    {
        var rate = action.RateLimitPerSecond is { } limit ? limit.ToString(CultureInfo.InvariantCulture) : "null";
        w.Line("/// <summary>The action name sent in <c>X-TC-Action</c>.</summary>");
        w.Line($"public const string ActionName = {CSharpLiteral.String(action.Name)};");
        w.Line();
        w.Line("/// <summary>The service, which the signature's credential scope names.</summary>");
        w.Line($"public const string ServiceName = {CSharpLiteral.String(header.Service)};");
        w.Line();
        w.Line("/// <summary>The API version sent in <c>X-TC-Version</c>.</summary>");
        w.Line($"public const string ApiVersion = {CSharpLiteral.String(header.ApiVersion)};");
        w.Line();
        w.Line("/// <summary>The service's default endpoint host.</summary>");
        w.Line($"public const string Endpoint = {CSharpLiteral.String(header.Endpoint)};");
        if (action.RateLimitPerSecond is { } documented)
        {
            w.Line();
            w.Line("/// <summary>The documented limit of calls per second.</summary>");
            w.Line($"public const int RateLimitPerSecond = {documented.ToString(CultureInfo.InvariantCulture)};");
        }

        w.Line();
        w.Line("/// <summary>Whether a call may be repeated without doing its work twice.</summary>");
        w.Line($"public const bool IsIdempotent = {CSharpLiteral.Bool(action.Idempotent)};");
        w.Line();
        w.Line("/// <summary>The action's service, version, idempotency and rate limit, for the client.</summary>");
        w.Line("public static global::TcApi.Client.ApiActionInfo ActionInfo { get; } =");
        // The spec's clientToken key alone decides it: a member's name means nothing here.
        var token = action.ClientToken is { } key ? $" {{ ClientTokenMember = {CSharpLiteral.String(key.WireName)} }}" : string.Empty;
        w.Indent().Line($"new(ServiceName, ApiVersion, ActionName, IsIdempotent, {rate}, {CSharpLiteral.Bool(action.RegionRequired)}){token};").Unindent();
        w.Line();
        var codeType = $"global::{header.Namespace}.{header.ServiceTypeName}ErrorCode";
        w.Line("/// <summary>The error codes the documentation lists for this action.</summary>");
        if (codes.Count == 0)
        {
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{codeType}> DocumentedErrorCodes {{ get; }} = global::System.Array.Empty<{codeType}>();");
            return;
        }

        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{codeType}> DocumentedErrorCodes {{ get; }} = new {codeType}[]");
        w.Line("{").Indent();
        foreach (var code in codes)
        {
            w.Line($"{codeType}.{code.MemberName},");
        }

        w.Unindent().Line("};");
    }
}
