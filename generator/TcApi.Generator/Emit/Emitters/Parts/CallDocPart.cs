using System.Collections.Generic;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// The documentation of a call the client makes for an action — its ordinary call and, for a streaming action, its
/// streamed call: the action's description, what is particular to the call, the exceptions it throws, and the
/// obsolete mark of a deprecated or offline action.
/// </summary>
internal static class CallDocPart
{
    /// <param name="w">Where to write.</param>
    /// <param name="action">The action called.</param>
    /// <param name="serviceException">The service's typed exception, fully qualified.</param>
    /// <param name="remarks">Lines of the remarks (escaped XML), or none.</param>
    /// <param name="serviceErrorWhen">When the service's exception is thrown, ending in a full stop.</param>
    /// <param name="failureWhen">When the runtime's exception is thrown, ending in a full stop.</param>
    public static void Write(SourceWriter w, ActionSummary action, string serviceException, IReadOnlyList<string> remarks, string serviceErrorWhen, string failureWhen)
    {
        w.Line("/// <summary>");
        w.Doc(XmlDocText.ToXmlLines(action.Description));
        w.Line("/// </summary>");
        if (remarks.Count > 0)
        {
            w.Line("/// <remarks>");
            foreach (var line in remarks)
            {
                w.Line("/// " + line);
            }

            w.Line("/// </remarks>");
        }

        w.Line("/// <exception cref=\"global::TcApi.Validation.RequestValidationException\">The request breaks a rule of the action (when validation is on).</exception>");
        w.Line($"/// <exception cref=\"{serviceException}\">{serviceErrorWhen}</exception>");
        w.Line($"/// <exception cref=\"global::TcApi.Errors.TencentCloudException\">{failureWhen}</exception>");
        if (ActionFacts.Obsolete(action.Status) is { } obsolete)
        {
            w.Line(obsolete);
        }
    }
}
