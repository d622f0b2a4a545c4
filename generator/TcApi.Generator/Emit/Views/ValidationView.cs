using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

/// <summary>
/// The generated <c>Validate()</c>: one block per member with constraints, then one per rule, in spec order.
/// Messages are built only when a check fails, so a valid request allocates nothing.
/// </summary>
internal sealed partial class ValidationView : FileView
{
    /// <summary>The start of every generated call that records a violation.</summary>
    internal const string Add = "global::TcApi.Validation.ViolationList.Add(ref violations, ";

    public ValidationView(EmitUnit unit)
        : base(unit.Header)
    {
        var action = unit.Action!;
        var members = ActionCode.Input(unit);
        var byWire = members.ToDictionary(m => m.Member.WireName);
        TypeName = action.Name + "Request";
        var patterns = new List<PatternView>();
        Members = members.Select(m => MemberBlock.Create(m, patterns)).Where(b => b is not null).ToList()!;
        Rules = action.Rules.Select(r => RuleBlock.Create(r, byWire)).ToList();
        Patterns = patterns;
    }

    public string TypeName { get; }

    public IReadOnlyList<MemberBlock> Members { get; }

    public IReadOnlyList<RuleBlock> Rules { get; }

    public IReadOnlyList<PatternView> Patterns { get; }

    internal sealed record CheckView(string Condition, string Call);

    internal sealed record PatternView(string Field, string Pattern);

    internal sealed record UniqueView(string ItemType, string Call);
}
