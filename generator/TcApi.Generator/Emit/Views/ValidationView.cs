using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

/// <summary>
/// The generated <c>Validate()</c>: one block per member with constraints, then one per rule, in spec order.
/// Messages are built only when a check fails, so a valid request allocates nothing.
/// </summary>
internal sealed class ValidationView : FileView
{
    private const string Add = "global::TcApi.Validation.ViolationList.Add(ref violations, ";

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

    internal sealed class MemberBlock
    {
        public string Comment { get; private set; } = string.Empty;

        public bool AlwaysPresent { get; private set; }

        public string Property { get; private set; } = string.Empty;

        public string Local { get; private set; } = string.Empty;

        public IReadOnlyList<CheckView> Checks { get; private set; } = new List<CheckView>();

        public IReadOnlyList<CheckView> ItemChecks { get; private set; } = new List<CheckView>();

        public UniqueView? Unique { get; private set; }

        public string? Missing { get; private set; }

        /// <summary>Whether anything is checked when the member is present; without it only absence is.</summary>
        public bool HasChecks { get; private set; }

        public static MemberBlock? Create(MemberCode code, List<PatternView> patterns)
        {
            var member = code.Member;
            if (member.Constraints.Count == 0 && member.ItemConstraints.Count == 0)
            {
                return null;
            }

            var block = new MemberBlock
            {
                Comment = member.WireName,
                Local = code.Local,
                AlwaysPresent = code.AlwaysPresent,
                Property = member.PropertyName,
            };
            var path = CSharpLiteral.String(code.Path);
            var itemPath = $"string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{CSharpLiteral.Escape(code.Path, true)}/{{index}}\")";
            block.Checks = member.Constraints
                .Where(c => c.Kind is not (ConstraintKind.Required or ConstraintKind.UniqueItems))
                .Select(c => Check(c, code, code.Local, path, patterns, isItem: false)).ToList();
            block.ItemChecks = member.ItemConstraints.Select(c => Check(c, code, "item", itemPath, patterns, isItem: true)).ToList();
            if (member.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.UniqueItems) is { } unique)
            {
                var message = Message(unique, code, "item", isItem: true, new Dictionary<string, string> { ["firstIndex"] = "first" });
                block.Unique = new UniqueView(code.ItemType, Call(unique, itemPath, message, $"string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{CSharpLiteral.Escape(code.Path, true)}/{{first}}\")"));
            }

            if (!code.AlwaysPresent && member.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.Required) is { } required)
            {
                block.Missing = Call(required, path, Message(required, code, code.Local, isItem: false), null);
            }

            block.HasChecks = block.Checks.Count > 0 || block.ItemChecks.Count > 0 || block.Unique is not null;
            return block.HasChecks || block.Missing is not null ? block : null;
        }

        private static CheckView Check(ConstraintModel c, MemberCode code, string value, string path, List<PatternView> patterns, bool isItem)
        {
            string condition;
            switch (c.Kind)
            {
                case ConstraintKind.DefinedEnum:
                    condition = $"!{code.EnumWireType}.IsDefined({value})";
                    break;
                case ConstraintKind.Range:
                    condition = Any(
                        c.Minimum is { } min ? $"{value} < {CSharpLiteral.Integer(min)}" : null,
                        c.ExclusiveMinimum is { } emin ? $"{value} <= {CSharpLiteral.Integer(emin)}" : null,
                        c.Maximum is { } max ? $"{value} > {CSharpLiteral.Integer(max)}" : null,
                        c.ExclusiveMaximum is { } emax ? $"{value} >= {CSharpLiteral.Integer(emax)}" : null);
                    break;
                case ConstraintKind.Length:
                case ConstraintKind.ItemCount:
                    var size = c.Kind == ConstraintKind.Length ? $"{value}.Length" : $"{value}.Count";
                    condition = Any(
                        c.Minimum is { } least ? $"{size} < {CSharpLiteral.Integer(least)}" : null,
                        c.Maximum is { } most ? $"{size} > {CSharpLiteral.Integer(most)}" : null);
                    break;
                default:
                    var field = $"s_{code.Member.PropertyName}Pattern{patterns.Count.ToString(CultureInfo.InvariantCulture)}";
                    var regex = CSharpLiteral.String(TcApi.Generator.Rules.AnchoredPattern.ToDotNet(c.Pattern!));
                    patterns.Add(new PatternView(field, regex));
                    condition = $"!({field} ??= new global::System.Text.RegularExpressions.Regex({regex}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1))).IsMatch({value})";
                    break;
            }

            return new CheckView(condition, Call(c, path, Message(c, code, value, isItem), null));
        }

        private static string Any(params string?[] parts) => string.Join(" || ", parts.Where(p => p is not null));

        private static string Message(ConstraintModel c, MemberCode code, string value, bool isItem, Dictionary<string, string>? extraHoles = null)
        {
            var constants = new Dictionary<string, string> { ["member"] = code.Member.WireName, ["pattern"] = c.Pattern ?? string.Empty };
            void Bound(string name, long? bound)
            {
                if (bound is { } b)
                {
                    constants[name] = CSharpLiteral.Integer(b);
                }
            }

            Bound(c.Kind == ConstraintKind.Length ? "minLength" : c.Kind == ConstraintKind.ItemCount ? "minItems" : "minimum", c.Minimum);
            Bound(c.Kind == ConstraintKind.Length ? "maxLength" : c.Kind == ConstraintKind.ItemCount ? "maxItems" : "maximum", c.Maximum);
            Bound("exclusiveMinimum", c.ExclusiveMinimum);
            Bound("exclusiveMaximum", c.ExclusiveMaximum);
            if (code.Enum is { } enumModel)
            {
                constants["allowed"] = string.Join(", ", enumModel.Values.Select(v => v.WireString));
            }

            var holes = new Dictionary<string, string>
            {
                ["value"] = code.Show(value),
                ["length"] = $"{value}.Length",
                ["count"] = $"{value}.Count",
            };
            if (isItem)
            {
                holes["index"] = "index";
            }

            foreach (var extra in extraHoles ?? new Dictionary<string, string>())
            {
                holes[extra.Key] = extra.Value;
            }

            return MessageCompiler.Compile(c.Message, constants, holes);
        }

        private static string Call(ConstraintModel c, string path, string message, string? related) =>
            Add + $"{CSharpLiteral.String(c.Id)}, {path}, {message}, {AttributeCode.SeverityCode(c.Severity)}, {CSharpLiteral.String(c.ErrorCode)}" +
            (related is null ? string.Empty : ", " + related) + ");";
    }

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
