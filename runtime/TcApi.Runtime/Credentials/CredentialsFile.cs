using System;
using System.Collections.Generic;

namespace TcApi.Credentials;

/// <summary>
/// The INI file the official SDKs read (<c>~/.tencentcloud/credentials</c>): <c>[profile]</c> sections of
/// <c>key = value</c> lines; <c>#</c> and <c>;</c> start comments; values may be quoted. Keys ignore case.
/// </summary>
internal static class CredentialsFile
{
    public static Dictionary<string, Dictionary<string, string>> Parse(string text)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? section = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                var name = line.Substring(1, line.Length - 2).Trim();
                if (!sections.TryGetValue(name, out section))
                {
                    section = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    sections.Add(name, section);
                }

                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0 || section is null)
            {
                continue;
            }

            section[line.Substring(0, equals).Trim()] = Unquote(line.Substring(equals + 1).Trim());
        }

        return sections;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] is '"' or '\'') && value[value.Length - 1] == value[0] ? value.Substring(1, value.Length - 2) : value;
}
