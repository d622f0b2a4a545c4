using System.Globalization;
using System.Text;

namespace TcApi.Generator.Emit.Code;

/// <summary>Source text for literals, always culture-invariant.</summary>
internal static class CSharpLiteral
{
    public static string String(string value) => "\"" + Escape(value, interpolated: false) + "\"";

    public static string Utf8(string value) => String(value) + "u8";

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number literal of the member's C# type: <c>5</c>, <c>18446744073709551615UL</c>, <c>0.5</c>.</summary>
    public static string Number(decimal value, Model.ScalarKind scalar, Model.IntegerType integer)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (scalar == Model.ScalarKind.Float)
        {
            return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0";
        }

        return integer == Model.IntegerType.UInt64 && value > long.MaxValue ? text + "UL" : value < int.MinValue || value > int.MaxValue ? text + "L" : text;
    }

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Escapes text for a regular string literal; in an interpolated one, braces are doubled too.</summary>
    public static string Escape(string value, bool interpolated)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '{' when interpolated: builder.Append("{{"); break;
                case '}' when interpolated: builder.Append("}}"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
