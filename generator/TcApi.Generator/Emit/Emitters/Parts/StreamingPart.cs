using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>The streamed call of an action that answers with server-sent events: <c>&lt;Action&gt;StreamAsync</c>.</summary>
internal static class StreamingPart
{
    public static void Write(SourceWriter w, ActionSummary action, StreamingModel streaming, string ns, string serviceTypeName)
    {
        var request = $"global::{ns}.{action.Name}Request";
        var response = $"global::{ns}.{action.Name}Response";
        w.Line();
        w.Line("/// <summary>");
        w.Doc(XmlDocText.ToXmlLines(action.Description));
        w.Line("/// </summary>");
        w.Line("/// <remarks>");
        w.Line($"/// The streamed call: each server-sent event is read into a <see cref=\"{response}\"/> as it arrives (unknown members");
        w.Line("/// ignored, <c>RequestId</c> the stream's), in bounded memory however long the stream.");
        if (streaming.RequestFlagProperty is { } flag)
        {
            w.Line($"/// Sends the request with <c>{XmlDocText.Escape(flag)}</c> set to <see langword=\"true\"/>.");
        }

        w.Line("/// Cancelling <paramref name=\"cancellationToken\"/>, or leaving the enumeration, closes the connection.");
        w.Line("/// </remarks>");
        w.Line("/// <exception cref=\"global::TcApi.Validation.RequestValidationException\">The request breaks a rule of the action (when validation is on).</exception>");
        w.Line($"/// <exception cref=\"global::{ns}.{serviceTypeName}ApiException\">The service answered with an error, before or during the stream.</exception>");
        w.Line("/// <exception cref=\"global::TcApi.Errors.TencentCloudException\">The call failed in transport (the stream broke), timed out, or an event was unreadable.</exception>");
        if (ActionFacts.Obsolete(action.Status) is { } obsolete)
        {
            w.Line(obsolete);
        }

        w.Line($"public virtual global::System.Collections.Generic.IAsyncEnumerable<{response}> {action.Name}StreamAsync(");
        w.Indent();
        w.Line($"{request} request,");
        w.Line("global::System.Threading.CancellationToken cancellationToken = default) =>");
        var sent = streaming.RequestFlagProperty is { } property
            ? $"(request ?? throw new global::System.ArgumentNullException(nameof(request))) with {{ {property} = true }}"
            : "request";
        w.Line($"Core.StreamAsync<{response}>({sent}, {request}.ActionInfo, {response}.ReadEvent, {response}.Read, cancellationToken);");
        w.Unindent();
    }
}
