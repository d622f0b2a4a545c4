using System.Collections.Generic;
using System.Text;

namespace TcApi.Generator.Emit.Code;

/// <summary>
/// Compiles a spec message template into a C# expression. Placeholders known when generating (member names,
/// bounds) become literal text; the others become interpolation holes over generated locals.
/// </summary>
internal static class MessageCompiler
{
    public static string Compile(string template, IReadOnlyDictionary<string, string> constants, IReadOnlyDictionary<string, string> holes)
    {
        var builder = new StringBuilder();
        var hasHoles = false;
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(CSharpLiteral.Escape(template.Substring(index), interpolated: true));
                break;
            }

            builder.Append(CSharpLiteral.Escape(template.Substring(index, open - index), interpolated: true));
            var name = template.Substring(open + 1, close - open - 1);
            if (constants.TryGetValue(name, out var constant))
            {
                builder.Append(CSharpLiteral.Escape(constant, interpolated: true));
            }
            else if (holes.TryGetValue(name, out var expression))
            {
                // A ':' or '?' inside a hole would start a format specifier or read as a conditional: parenthesise.
                var simple = System.Linq.Enumerable.All(expression, c => char.IsLetterOrDigit(c) || c is '_' or '.' or '@');
                builder.Append('{').Append(simple ? expression : "(" + expression + ")").Append('}');
                hasHoles = true;
            }
            else
            {
                builder.Append(CSharpLiteral.Escape("{" + name + "}", interpolated: true));
            }

            index = close + 1;
        }

        var text = builder.ToString();
        return hasHoles
            ? "global::System.FormattableString.Invariant($\"" + text + "\")"
            : "\"" + text.Replace("{{", "{").Replace("}}", "}") + "\"";
    }
}
