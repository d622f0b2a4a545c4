using System.Collections.Generic;
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
        var remarks = new List<string>
        {
            $"The streamed call: each server-sent event is read into a <see cref=\"{response}\"/> as it arrives (unknown members",
            "ignored, <c>RequestId</c> the stream's), in bounded memory however long the stream.",
        };
        if (streaming.RequestFlagProperty is { } flag)
        {
            remarks.Add($"Sends the request with <c>{XmlDocText.Escape(flag)}</c> set to <see langword=\"true\"/>.");
        }

        remarks.Add("Cancelling <paramref name=\"cancellationToken\"/>, or leaving the enumeration, closes the connection.");
        w.Line();
        CallDocPart.Write(w, action, $"global::{ns}.{serviceTypeName}ApiException", remarks,
            "The service answered with an error, before or during the stream.", "The call failed in transport (the stream broke), timed out, or an event was unreadable.");
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
