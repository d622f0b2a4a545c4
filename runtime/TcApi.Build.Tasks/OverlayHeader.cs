using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace TcApi.Build;

/// <summary>
/// The service version a project overlay refines, read from its <c>service</c> and <c>apiVersion</c> keys as the
/// generator's OverlayReader reads them (the file's name says nothing): the overlay is an input of that binding only.
/// A spec names its service version with the same two keys.
/// </summary>
internal static class OverlayHeader
{
    private static readonly Regex ServiceKey = new("\"service\"\\s*:\\s*", RegexOptions.CultureInvariant);

    /// <summary>(service, apiVersion) as written, or null when the file is not an overlay the generator could match.</summary>
    public static (string Service, string ApiVersion)? Read(string path)
    {
        try
        {
            return JsonLite.Parse(File.ReadAllText(path)) is Dictionary<string, object> root &&
                   root.TryGetValue("service", out var service) && service is string s && s.Length > 0 &&
                   root.TryGetValue("apiVersion", out var version) && version is string v && v.Length > 0
                ? (s, v)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Where the value of the file's <c>service</c> key stands (the generator reports there), or the file alone.</summary>
    public static ItemPlace ServicePlace(string path)
    {
        try
        {
            var text = File.ReadAllText(path);
            var key = ServiceKey.Match(text);
            if (!key.Success)
            {
                return new ItemPlace(path, 0, 0);
            }

            var at = key.Index + key.Length;
            var lineStart = text.LastIndexOf('\n', at - 1) + 1;
            var line = 1;
            for (var i = 0; i < lineStart; i++)
            {
                line += text[i] == '\n' ? 1 : 0;
            }

            return new ItemPlace(path, line, at - lineStart + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ItemPlace(path, 0, 0);
        }
    }
}
