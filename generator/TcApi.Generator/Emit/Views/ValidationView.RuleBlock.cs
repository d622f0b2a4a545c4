using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

/// <summary>The check of one cross-field rule.</summary>
internal sealed partial class ValidationView
{
    internal sealed class RuleBlock
    {
        public string Comment { get; private set; } = string.Empty;

        public IReadOnlyList<string> Prelude { get; private set; } = new List<string>();

        public string Condition { get; private set; } = string.Empty;

        public string Call { get; private set; } = string.Empty;

        public static RuleBlock Create(RuleModel rule, IReadOnlyDictionary<string, MemberCode> members)
        {
            var block = new RuleBlock { Comment = rule.Id };
            var constants = new Dictionary<string, string>();
            var holes = new Dictionary<string, string>();
            string path;
            IEnumerable<string> related;
            switch (rule.Kind)
            {
                case RuleKind.ExactlyOneOf:
                case RuleKind.AtMostOneOf:
                    block.Prelude = new[]
                    {
                        "var count = " + string.Join(" + ", rule.Members.Select(m => Presence(members[m]))) + ";",
                    };
                    block.Condition = rule.Kind == RuleKind.ExactlyOneOf ? "count != 1" : "count > 1";
                    constants["members"] = string.Join(", ", rule.Members);
                    holes["count"] = "count";
                    path = rule.Members[rule.Members.Count - 1];
                    related = rule.Members.Take(rule.Members.Count - 1);
                    break;
                case RuleKind.DependentRequired:
                    var trigger = members[rule.Members[0]];
                    var requires = rule.Members.Skip(1).ToList();
                    block.Condition = $"{IsPresent(trigger)} && ({string.Join(" || ", requires.Select(r => IsAbsent(members[r])))})";
                    constants["member"] = rule.Members[0];
                    constants["requires"] = string.Join(", ", requires);
                    path = requires[0];
                    related = new[] { rule.Members[0] }.Concat(requires.Skip(1));
                    break;
                case RuleKind.Compare:
                    var left = members[rule.Left!];
                    var right = members[rule.Right!];
                    var leftValue = left.AlwaysPresent ? left.Member.PropertyName : "left";
                    var rightValue = right.AlwaysPresent ? right.Member.PropertyName : "right";
                    var parts = new List<string>();
                    if (!left.AlwaysPresent)
                    {
                        parts.Add($"{left.Member.PropertyName} is {{ }} left");
                    }

                    if (!right.AlwaysPresent)
                    {
                        parts.Add($"{right.Member.PropertyName} is {{ }} right");
                    }

                    parts.Add($"!({leftValue} {rule.Operator.ToText()} {rightValue})");
                    block.Condition = string.Join(" && ", parts);
                    constants["left"] = rule.Left!;
                    constants["right"] = rule.Right!;
                    constants["operator"] = rule.Operator.ToText();
                    holes["leftValue"] = left.Show(leftValue);
                    holes["rightValue"] = right.Show(rightValue);
                    path = rule.Left!;
                    related = new[] { rule.Right! };
                    break;
                default:
                    var when = members[rule.When!.Member];
                    var then = members[rule.Then!.Member];
                    block.Condition = $"{Test(rule.When!, when)} && !({Test(rule.Then!, then)})";
                    constants["when"] = rule.When!.Member;
                    constants["then"] = rule.Then!.Member;
                    holes["whenValue"] = ShowMaybeAbsent(when);
                    holes["thenValue"] = ShowMaybeAbsent(then);
                    path = rule.Then!.Member;
                    related = new[] { rule.When!.Member };
                    break;
            }

            var message = MessageCompiler.Compile(rule.Message, constants, holes);
            var relatedPaths = string.Concat(related.Select(r => ", " + CSharpLiteral.String("/" + r)));
            block.Call = Add + $"{CSharpLiteral.String(rule.Id)}, {CSharpLiteral.String("/" + path)}, {message}, {AttributeCode.SeverityCode(rule.Severity)}, {CSharpLiteral.String(rule.ErrorCode)}{relatedPaths});";
            return block;
        }

        private static string Presence(MemberCode m) => m.AlwaysPresent ? "1" : $"({m.Member.PropertyName} is not null ? 1 : 0)";

        private static string IsPresent(MemberCode m) => m.AlwaysPresent ? "true" : $"{m.Member.PropertyName} is not null";

        private static string IsAbsent(MemberCode m) => m.AlwaysPresent ? "false" : $"{m.Member.PropertyName} is null";

        private static string Test(ConditionModel condition, MemberCode m) => condition.Operator switch
        {
            ConditionOperator.Equals => $"{m.Member.PropertyName} is {m.Constant(condition.Values[0])}",
            ConditionOperator.NotEquals => $"{m.Member.PropertyName} is not {m.Constant(condition.Values[0])}",
            ConditionOperator.In => $"{m.Member.PropertyName} is {string.Join(" or ", condition.Values.Select(m.Constant))}",
            ConditionOperator.Present => IsPresent(m),
            _ => IsAbsent(m),
        };

        private static string ShowMaybeAbsent(MemberCode m)
        {
            var name = m.Member.PropertyName;
            if (m.AlwaysPresent)
            {
                return m.Show(name);
            }

            return m.Member.Scalar switch
            {
                ScalarKind.String => $"({name} ?? \"absent\")",
                ScalarKind.Flag => $"({name} is null ? \"absent\" : {name} == true ? \"1\" : \"0\")",
                ScalarKind.Enum => $"({name} is null ? \"absent\" : {m.EnumWireType}.Describe({name}.Value))",
                _ => $"({name} is null ? \"absent\" : {name}.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture))",
            };
        }

    }
}
