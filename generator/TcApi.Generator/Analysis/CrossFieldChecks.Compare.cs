using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TcApi.Contract;
using TcApi.Generator.Model;

namespace TcApi.Generator.Analysis;

internal sealed partial class CrossFieldChecks
{
    private Finding? Compare(CrossRule rule, AssignedMembers assigned, Dictionary<string, string> values, System.Func<string, string> wire, Location creation)
    {
        string left = rule.Members[0], right = rule.Members[1];
        var l = assigned.ValueOf(left);
        var r = assigned.ValueOf(right);
        if (!l.IsKnown || !r.IsKnown || l.Kind == ConstKind.Null || r.Kind == ConstKind.Null || Holds(rule.Operator, l, r))
        {
            return null;
        }

        values["left"] = wire(left);
        values["right"] = wire(right);
        values["leftValue"] = _text.Wire(l);
        values["rightValue"] = _text.Wire(r);
        values["operator"] = SpecNames.Text(rule.Operator);
        var later = assigned.PositionOf(left) > assigned.PositionOf(right) ? left : right;
        var finding = At(rule, values, assigned, later, new[] { later == left ? right : left }, creation);
        if (l.Kind == ConstKind.Integer && r.Kind == ConstKind.Integer && l.EnumType is null && Satisfying(rule.Operator, l.Integer, r.Integer) is { } fix)
        {
            finding.Properties[DiagnosticProperties.FixMember] = left;
            finding.Properties[DiagnosticProperties.FixValue] = ValueText.Number(fix);
        }

        return finding;
    }

    /// <summary><c>left op right</c> as C# evaluates it: numbers by value (NaN compares false), other values by equality.</summary>
    private static bool Holds(CompareOperator op, ConstValue left, ConstValue right)
    {
        if (left.AsNumber is { } l && right.AsNumber is { } r)
        {
            return op switch
            {
                CompareOperator.LessThan => Number.Less(l, r),
                CompareOperator.LessThanOrEqual => Number.LessOrEqual(l, r),
                CompareOperator.GreaterThan => Number.Less(r, l),
                CompareOperator.GreaterThanOrEqual => Number.LessOrEqual(r, l),
                CompareOperator.Equal => Number.Equal(l, r),
                CompareOperator.NotEqual => !Number.Equal(l, r),
                _ => throw new System.ArgumentOutOfRangeException(nameof(op), op, "a compare operator without a meaning"),
            };
        }

        if (op is CompareOperator.Equal or CompareOperator.NotEqual)
        {
            return left.SameAs(right) == (op == CompareOperator.Equal);
        }

        return true;
    }

    /// <summary>The left value nearest to the current one that satisfies the comparison.</summary>
    private static long? Satisfying(CompareOperator op, long left, long right) => op switch
    {
        CompareOperator.LessThan => right == long.MinValue ? null : right - 1,
        CompareOperator.LessThanOrEqual or CompareOperator.GreaterThanOrEqual or CompareOperator.Equal => right,
        CompareOperator.GreaterThan => right == long.MaxValue ? null : right + 1,
        CompareOperator.NotEqual => left == long.MaxValue ? left - 1 : left + 1,
        _ => throw new System.ArgumentOutOfRangeException(nameof(op), op, "a compare operator without a meaning"),
    };
}
