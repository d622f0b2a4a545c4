using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>
/// The service's table of actions with their readers, for code that handles any action by name (an emulator, a test
/// that replays published examples) without reflection.
/// </summary>
internal static class ActionsEmitter
{
    public static string Emit(ServiceHeader header, EquatableArray<ActionSummary> actions, string accessibility)
    {
        var ns = header.Namespace;
        var w = new SourceWriter();
        w.Line($"/// <summary>Every action of {XmlDocText.Escape(header.Service)} {XmlDocText.Escape(header.ApiVersion)} in this binding, with its readers.</summary>");
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Open($"{accessibility} static class {header.ServiceTypeName}Actions");
        w.Line("/// <summary>The actions, in spec order.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::TcApi.Client.ApiActionDescriptor> All { get; } = new global::TcApi.Client.ApiActionDescriptor[]");
        w.Line("{").Indent();
        foreach (var action in actions)
        {
            var request = $"global::{ns}.{action.Name}Request";
            var response = $"global::{ns}.{action.Name}Response";
            w.Line($"new({request}.ActionInfo, typeof({request}), typeof({response}), {request}.ReadFrom, {response}.Read),");
        }

        w.Unindent().Line("};");
        w.Line();
        w.Line("/// <summary>The action called <paramref name=\"action\"/> (ordinal comparison), or <see langword=\"null\"/>.</summary>");
        w.Open("public static global::TcApi.Client.ApiActionDescriptor? Find(string? action)");
        w.Open("switch (action)");
        for (var i = 0; i < actions.Count; i++)
        {
            w.Line($"case {CSharpLiteral.String(actions[i].Name)}:");
            w.Indent().Line($"return All[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}];").Unindent();
        }

        w.Line("default:");
        w.Indent().Line("return null;").Unindent();
        w.Close();
        w.Close();
        w.Close();
        return w.ToString();
    }
}
