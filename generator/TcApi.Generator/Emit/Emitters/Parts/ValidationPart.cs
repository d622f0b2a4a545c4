using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Contract;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters.Parts;

/// <summary>
/// <c>Validate()</c> of an input type: each member's constraints, nested objects where the context stands inside
/// them, then the rules among members, in spec order. Messages are built only when a check fails.
/// </summary>
internal static partial class ValidationPart
{
    private const string Context = "context";

    public static void Write(SourceWriter w, TypeCode type, bool isRequest)
    {
        var patterns = new List<(string Field, string Regex)>();
        var body = new SourceWriter();
        foreach (var member in type.Members)
        {
            WriteMember(body, member, patterns);
        }

        foreach (var rule in type.Rules)
        {
            WriteRule(body, rule, type);
        }

        foreach (var (field, _) in patterns)
        {
            w.Line();
            w.Line($"private static global::System.Text.RegularExpressions.Regex? {field};");
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line(isRequest
            ? "/// Checks every constraint and rule of the action, nested objects included, in spec order. A valid request allocates nothing."
            : "/// Checks every constraint and rule of this object, nested objects included, in spec order.");
        w.Line("/// </summary>");
        w.Line("/// <returns>");
        w.Line("/// Every violation found, each with the JSON pointer of the offending value;");
        w.Line("/// <see cref=\"global::TcApi.Validation.ValidationResult.IsValid\"/> is <see langword=\"false\"/> when one of them is an error.");
        w.Line("/// </returns>");
        w.Open("public global::TcApi.Validation.ValidationResult Validate()");
        w.Line("var context = new global::TcApi.Validation.ValidationContext();");
        w.Line("Validate(ref context);");
        w.Line("return context.ToResult();");
        w.Close();
        w.Line();
        w.Line("/// <summary>Checks this value where <paramref name=\"context\"/> stands; the validators of enclosing types call it.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open("public void Validate(ref global::TcApi.Validation.ValidationContext context)");
        if (body.ToString().Length > 0)
        {
            w.Lines(body);
        }

        w.Close();
        if (isRequest)
        {
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Throws <see cref=\"global::TcApi.Validation.RequestValidationException\"/>, listing every violation, when the");
            w.Line("/// request breaks a rule of error severity.");
            w.Line("/// </summary>");
            w.Line("public void EnsureValid() => Validate().ThrowIfInvalid(ActionName);");
        }
    }

    private static void WriteMember(SourceWriter w, MemberCode code, List<(string Field, string Regex)> patterns)
    {
        var member = code.Member;
        var checks = member.Constraints.Where(c => c.Kind is not (ConstraintKind.Required or ConstraintKind.UniqueItems)).ToList();
        var unique = member.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.UniqueItems);
        var required = member.Constraints.FirstOrDefault(c => c.Kind == ConstraintKind.Required);
        var nested = member.Scalar == ScalarKind.Object;
        var hasChecks = checks.Count > 0 || member.ItemConstraints.Count > 0 || unique is not null || nested;
        if (!hasChecks && (required is null || code.AlwaysPresent))
        {
            return;
        }

        w.Line();
        w.Line("// " + member.WireName);
        if (!hasChecks)
        {
            w.Open($"if ({code.Property} is null)").Line(Missing(required!, code)).Close();
            return;
        }

        if (code.AlwaysPresent)
        {
            w.Line("{").Indent().Line($"var {code.Local} = {code.Property};");
        }
        else
        {
            w.Open($"if ({code.Property} is {{ }} {code.Local})");
        }

        foreach (var c in checks)
        {
            WriteCheck(w, c, code, code.Local, "-1", isItem: false, patterns);
        }

        if (member.ItemConstraints.Count > 0)
        {
            w.Open($"for (var index = 0; index < {code.Local}.Count; index++)");
            w.Line($"var item = {code.Local}[index];");
            foreach (var c in member.ItemConstraints)
            {
                WriteCheck(w, c, code, "item", "index", isItem: true, patterns);
            }

            w.Close();
        }

        if (unique is not null)
        {
            var message = Message(unique, code, "item", isItem: true, new Dictionary<string, string> { ["firstIndex"] = "first" });
            w.Open($"for (var index = 1; index < {code.Local}.Count; index++)");
            w.Line($"var item = {code.Local}[index];");
            w.Open("for (var first = 0; first < index; first++)");
            w.Open($"if (global::System.Collections.Generic.EqualityComparer<{code.ItemType}>.Default.Equals(item, {code.Local}[first]))");
            w.Line($"{Context}.AddDuplicate({CSharpLiteral.String(unique.Id)}, {AttributeCode.SeverityCode(unique.Severity)}, {CSharpLiteral.String(unique.ErrorCode)}, {CSharpLiteral.String(member.WireName)}, index, first, {message});");
            w.Line("break;");
            w.Close();
            w.Close();
            w.Close();
        }

        if (nested)
        {
            var wire = CSharpLiteral.String(member.WireName);
            if (member.IsList)
            {
                w.Open($"for (var index = 0; index < {code.Local}.Count; index++)");
                w.Open($"if ({code.Local}[index] is {{ }} item)");
                w.Line($"{Context}.Enter({wire}, index);").Line($"item.Validate(ref {Context});").Line($"{Context}.Exit();");
                w.Close();
                w.Close();
            }
            else
            {
                w.Line($"{Context}.Enter({wire});").Line($"{code.Local}.Validate(ref {Context});").Line($"{Context}.Exit();");
            }
        }

        w.Close();
        if (!code.AlwaysPresent && required is not null)
        {
            w.Open("else").Line(Missing(required, code)).Close();
        }
    }

    private static string Missing(ConstraintModel required, MemberCode code) =>
        $"{Context}.Add({CSharpLiteral.String(required.Id)}, {AttributeCode.SeverityCode(required.Severity)}, {CSharpLiteral.String(required.ErrorCode)}, {CSharpLiteral.String(code.WireName)}, -1, {Message(required, code, code.Local, isItem: false)});";

    private static void WriteCheck(SourceWriter w, ConstraintModel c, MemberCode code, string value, string index, bool isItem, List<(string Field, string Regex)> patterns)
    {
        var condition = Condition(c, code, value, patterns);
        w.Open($"if ({condition})");
        w.Line($"{Context}.Add({CSharpLiteral.String(c.Id)}, {AttributeCode.SeverityCode(c.Severity)}, {CSharpLiteral.String(c.ErrorCode)}, {CSharpLiteral.String(code.WireName)}, {index}, {Message(c, code, value, isItem)});");
        w.Close();
    }

    private static string Condition(ConstraintModel c, MemberCode code, string value, List<(string Field, string Regex)> patterns)
    {
        string Bound(decimal bound) => CSharpLiteral.Number(bound, code.Member.Scalar, code.Member.Integer);
        switch (c.Kind)
        {
            case ConstraintKind.DefinedEnum:
                return $"!{code.EnumWireType}.IsDefined({value})";
            case ConstraintKind.Range:
                return Any(
                    c.Minimum is { } min ? $"{value} < {Bound(min)}" : null,
                    c.ExclusiveMinimum is { } emin ? $"{value} <= {Bound(emin)}" : null,
                    c.Maximum is { } max ? $"{value} > {Bound(max)}" : null,
                    c.ExclusiveMaximum is { } emax ? $"{value} >= {Bound(emax)}" : null);
            case ConstraintKind.Length:
            case ConstraintKind.ItemCount:
                var size = c.Kind == ConstraintKind.Length ? $"{value}.Length" : $"{value}.Count";
                return Any(
                    c.Minimum is { } least ? $"{size} < {Count(least)}" : null,
                    c.Maximum is { } most ? $"{size} > {Count(most)}" : null);
            case ConstraintKind.ByteLength:
                // Counted, not encoded: GetByteCount(string) allocates nothing (netstandard2.0 has it too).
                var outside = new[] { c.Minimum is { } leastBytes ? $"< {Count(leastBytes)}" : null, c.Maximum is { } mostBytes ? $"> {Count(mostBytes)}" : null };
                return $"{Utf8ByteCount(value)} is {string.Join(" or ", outside.Where(p => p is not null))}";
            case ConstraintKind.AllowedValues:
                var literals = c.Values.Select(v => code.Member.Scalar == ScalarKind.String ? CSharpLiteral.String(v) : CSharpLiteral.Number(decimal.Parse(v, CultureInfo.InvariantCulture), code.Member.Scalar, code.Member.Integer));
                return $"{value} is not ({string.Join(" or ", literals)})";
            default:
                var field = $"s_{code.Property}Pattern{patterns.Count.ToString(CultureInfo.InvariantCulture)}";
                var regex = CSharpLiteral.String(TcApi.Generator.Rules.AnchoredPattern.ToDotNet(c.Pattern!));
                patterns.Add((field, regex));
                return $"!({field} ??= new global::System.Text.RegularExpressions.Regex({regex}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1))).IsMatch({value})";
        }
    }

    private static string Utf8ByteCount(string value) => $"global::System.Text.Encoding.UTF8.GetByteCount({value})";

    private static string Count(decimal value) => ((long)value).ToString(CultureInfo.InvariantCulture);

    private static string Any(params string?[] parts) => string.Join(" || ", parts.Where(p => p is not null));

    private static string Message(ConstraintModel c, MemberCode code, string value, bool isItem, Dictionary<string, string>? extraHoles = null)
    {
        var constants = new Dictionary<string, string> { ["member"] = code.Member.WireName, ["pattern"] = c.Pattern ?? string.Empty };
        void Bound(string name, decimal? bound)
        {
            if (bound is { } b)
            {
                constants[name] = b.ToString(CultureInfo.InvariantCulture);
            }
        }

        var (minName, maxName) = BoundNames(c.Kind);
        Bound(minName, c.Minimum);
        Bound(maxName, c.Maximum);
        Bound("exclusiveMinimum", c.ExclusiveMinimum);
        Bound("exclusiveMaximum", c.ExclusiveMaximum);
        if (code.Enum is { } enumModel)
        {
            constants["allowed"] = string.Join(", ", enumModel.Values.Select(v => v.WireString));
        }

        if (c.Kind == ConstraintKind.AllowedValues)
        {
            constants["allowed"] = string.Join(", ", c.Values);
        }

        var holes = new Dictionary<string, string>
        {
            ["value"] = code.Show(value),
            ["length"] = $"{value}.Length",
            ["count"] = $"{value}.Count",
            ["bytes"] = Utf8ByteCount(value),
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

    /// <summary>How a message names the kind's bounds (<c>{minLength}</c>, <c>{minBytes}</c>, ...).</summary>
    private static (string Min, string Max) BoundNames(ConstraintKind kind) => kind switch
    {
        ConstraintKind.Length => ("minLength", "maxLength"),
        ConstraintKind.ByteLength => ("minBytes", "maxBytes"),
        ConstraintKind.ItemCount => ("minItems", "maxItems"),
        _ => ("minimum", "maximum"),
    };
}
