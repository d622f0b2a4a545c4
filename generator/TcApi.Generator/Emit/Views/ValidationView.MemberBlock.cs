using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

/// <summary>The checks of one member: its own constraints, its items', uniqueness, and absence when required.</summary>
internal sealed partial class ValidationView
{
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
}
