using System.Collections.Generic;
using System.Text;

namespace TcApi.Generator.Emit;

/// <summary>Turns spec text into XML documentation content.</summary>
internal static class XmlDoc
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r': break;
                default: builder.Append(char.IsControl(c) && c != '\n' ? ' ' : c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The lines of a doc comment body, escaped, each to be prefixed with <c>/// </c>.</summary>
    public static IReadOnlyList<string> Lines(string text) => Escape(text.Trim()).Split('\n');
}
