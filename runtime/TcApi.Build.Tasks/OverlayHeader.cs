using System;
using System.Collections.Generic;
using System.IO;

namespace TcApi.Build;

/// <summary>
/// The service version a project overlay refines, read from its <c>service</c> and <c>apiVersion</c> keys as the
/// generator's OverlayReader reads them (the file's name says nothing): the overlay is an input of that binding only.
/// </summary>
internal static class OverlayHeader
{
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
}
