using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Emit;

/// <summary>The <see cref="MemberCode"/> of an action's members.</summary>
internal static class ActionCode
{
    public static IReadOnlyList<MemberCode> Input(EmitUnit unit) =>
        unit.Action!.Input.Select(m => new MemberCode(m, unit.Header.Namespace, unit.Enums.FirstOrDefault(e => e.Name == m.EnumName), isInput: true)).ToList();

    public static IReadOnlyList<MemberCode> Output(EmitUnit unit) =>
        unit.Action!.Output.Select(m => new MemberCode(m, unit.Header.Namespace, unit.Enums.FirstOrDefault(e => e.Name == m.EnumName), isInput: false)).ToList();
}
