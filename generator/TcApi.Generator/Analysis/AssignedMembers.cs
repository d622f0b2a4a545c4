using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Analysis;

/// <summary>The members one object initializer or <c>with</c> assigns, with their values and where they are written.</summary>
internal sealed class AssignedMembers
{
    private readonly Dictionary<string, (ConstValue Value, SyntaxNode Assignment)> _assigned = new();
    private readonly RequestRules _rules;

    public AssignedMembers(RequestRules rules, bool othersAreUnknown)
    {
        _rules = rules;
        OthersAreUnknown = othersAreUnknown;
    }

    /// <summary>In a <c>with</c>, members it does not assign come from another object: their values are unknown.</summary>
    public bool OthersAreUnknown { get; }

    public void Add(string member, ConstValue value, SyntaxNode assignment) => _assigned[member] = (value, assignment);

    public bool IsAssigned(string member) => _assigned.ContainsKey(member);

    public Location? LocationOf(string member) => _assigned.TryGetValue(member, out var a) ? a.Assignment.GetLocation() : null;

    public int PositionOf(string member) => _assigned.TryGetValue(member, out var a) ? a.Assignment.SpanStart : -1;

    /// <summary>
    /// The member's value: its constant, <see cref="ConstValue.Null"/> when not assigned by <c>new</c>, or unknown
    /// (a value type that <c>new</c> does not assign holds its default, which is not read here).
    /// </summary>
    public ConstValue ValueOf(string member)
    {
        if (_assigned.TryGetValue(member, out var assigned))
        {
            return assigned.Value;
        }

        return OthersAreUnknown || (_rules.Members.TryGetValue(member, out var rules) && rules.AlwaysPresent) ? ConstValue.Unknown : ConstValue.Null;
    }

    /// <summary>Present, absent, or unknown (<see langword="null"/>).</summary>
    public bool? IsPresent(string member)
    {
        if (_rules.Members.TryGetValue(member, out var rules) && rules.AlwaysPresent && (IsAssigned(member) || !OthersAreUnknown))
        {
            return true;
        }

        if (!IsAssigned(member))
        {
            return OthersAreUnknown ? null : false;
        }

        // A non-constant reference may still be null; only a constant decides.
        return ValueOf(member).Kind switch
        {
            ConstKind.Null => false,
            ConstKind.Unknown => null,
            _ => true,
        };
    }
}
