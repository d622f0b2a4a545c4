using System.Collections.Generic;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>The check of one rule among a type's members.</summary>
internal static partial class ValidationPart
{
    private static void WriteRule(SourceWriter w, RuleModel rule, TypeCode type)
    {
        var members = type.ByWireName;
        var constants = new Dictionary<string, string>();
        var holes = new Dictionary<string, string>();
        var prelude = new List<string>();
        string condition;
        string path;
        IEnumerable<string> related;
        switch (rule.Kind)
        {
            case RuleKind.ExactlyOneOf:
            case RuleKind.AtMostOneOf:
            case RuleKind.AtLeastOneOf:
                prelude.Add("var count = " + string.Join(" + ", rule.Members.Select(m => Presence(members[m]))) + ";");
                condition = rule.Kind switch
                {
                    RuleKind.ExactlyOneOf => "count != 1",
                    RuleKind.AtMostOneOf => "count > 1",
                    RuleKind.AtLeastOneOf => "count == 0",
                    _ => throw new System.ArgumentOutOfRangeException(nameof(rule), rule.Kind, "not a one-of rule"),
                };
                constants["members"] = string.Join(", ", rule.Members);
                holes["count"] = "count";
                path = rule.Members[rule.Members.Count - 1];
                related = rule.Members.Take(rule.Members.Count - 1);
                break;
            case RuleKind.DependentRequired:
                var requires = rule.Members.Skip(1).ToList();
                condition = $"{IsPresent(members[rule.Members[0]])} && ({string.Join(" || ", requires.Select(r => IsAbsent(members[r])))})";
                constants["member"] = rule.Members[0];
                constants["requires"] = string.Join(", ", requires);
                path = requires[0];
                related = new[] { rule.Members[0] }.Concat(requires.Skip(1));
                break;
            case RuleKind.Compare:
                var left = members[rule.Left!];
                var right = members[rule.Right!];
                var leftValue = left.AlwaysPresent ? left.Property : "left";
                var rightValue = right.AlwaysPresent ? right.Property : "right";
                var parts = new List<string>();
                if (!left.AlwaysPresent)
                {
                    parts.Add($"{left.Property} is {{ }} left");
                }

                if (!right.AlwaysPresent)
                {
                    parts.Add($"{right.Property} is {{ }} right");
                }

                parts.Add($"!({leftValue} {SpecNames.Text(rule.Operator)} {rightValue})");
                condition = string.Join(" && ", parts);
                constants["left"] = rule.Left!;
                constants["right"] = rule.Right!;
                constants["operator"] = SpecNames.Text(rule.Operator);
                holes["leftValue"] = left.Show(leftValue);
                holes["rightValue"] = right.Show(rightValue);
                path = rule.Left!;
                related = new[] { rule.Right! };
                break;
            default:
                var whenTests = rule.When.Select(c => Test(c, members[c.Member])).ToList();
                var thenTests = rule.Then.Select(c => Test(c, members[c.Member])).ToList();
                condition = $"{All(whenTests)} && !({All(thenTests)})";
                constants["when"] = string.Join(", ", rule.When.Select(c => c.Member));
                constants["then"] = string.Join(", ", rule.Then.Select(c => c.Member));
                holes["whenValue"] = ShowMaybeAbsent(members[rule.When[0].Member]);
                holes["thenValue"] = ShowMaybeAbsent(members[rule.Then[0].Member]);
                path = rule.Then[0].Member;
                related = rule.When.Select(c => c.Member).Concat(rule.Then.Skip(1).Select(c => c.Member)).Distinct().Where(m => m != path);
                break;
        }

        var message = MessageCompiler.Compile(rule.Message, constants, holes);
        var relatedPaths = string.Concat(related.Select(r => ", " + CSharpLiteral.String(r)));
        w.Line();
        w.Line("// " + rule.Id);
        w.Line("{").Indent();
        foreach (var line in prelude)
        {
            w.Line(line);
        }

        w.Open($"if ({condition})");
        w.Line($"{Context}.Add({CSharpLiteral.String(rule.Id)}, {AttributeCode.SeverityCode(rule.Severity)}, {CSharpLiteral.String(rule.ErrorCode)}, {message}, {CSharpLiteral.String(path)}{relatedPaths});");
        w.Close();
        w.Close();
    }

    private static string All(List<string> tests) => tests.Count == 1 ? tests[0] : "(" + string.Join(" && ", tests.Select(t => "(" + t + ")")) + ")";

    private static string Presence(MemberCode m) => m.AlwaysPresent ? "1" : $"({m.Property} is not null ? 1 : 0)";

    private static string IsPresent(MemberCode m) => m.AlwaysPresent ? "true" : $"{m.Property} is not null";

    private static string IsAbsent(MemberCode m) => m.AlwaysPresent ? "false" : $"{m.Property} is null";

    private static string Test(ConditionModel condition, MemberCode m) => condition.Operator switch
    {
        ConditionOperator.Equals => $"{m.Property} is {m.Constant(condition.Values[0])}",
        ConditionOperator.NotEquals => $"{m.Property} is not {m.Constant(condition.Values[0])}",
        ConditionOperator.In => $"{m.Property} is {string.Join(" or ", condition.Values.Select(m.Constant))}",
        ConditionOperator.Present => IsPresent(m),
        ConditionOperator.Absent => IsAbsent(m),
        _ => throw new System.ArgumentOutOfRangeException(nameof(condition), condition.Operator, "a condition operator without a test"),
    };

    private static string ShowMaybeAbsent(MemberCode m)
    {
        var name = m.Property;
        if (m.AlwaysPresent)
        {
            return m.Show(name);
        }

        if (m.Member.IsList || m.Member.Scalar == ScalarKind.Object)
        {
            return $"({name} is null ? \"absent\" : \"present\")";
        }

        return m.Member.Scalar switch
        {
            ScalarKind.String or ScalarKind.Binary => $"({name} ?? \"absent\")",
            ScalarKind.Flag => $"({name} is null ? \"absent\" : {name} == true ? \"1\" : \"0\")",
            ScalarKind.Boolean => $"({name} is null ? \"absent\" : {name} == true ? \"true\" : \"false\")",
            ScalarKind.Enum => $"({name} is null ? \"absent\" : {m.EnumWireType}.Describe({name}.Value))",
            _ => $"({name} is null ? \"absent\" : {name}.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture))",
        };
    }
}
