using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Build.Framework;

namespace TcApi.Build;

/// <summary>
/// <c>&lt;TcApiService Include="$(Unset)" /&gt;</c>: an Include built from properties or items that is empty once
/// evaluated makes no item, and MSBuild says nothing. A task sees no trace of it but a count: every element of a file
/// that is evaluated unconditionally makes at least one item unless its Include is empty, so when a file's items are
/// fewer than its literal names plus one per built Include, some built Include made none; when they are no more than
/// its literal names, every built one made none. Nothing is judged when one of the files removes or excludes
/// TcApiService items (the count says nothing then), nor is an element under a condition or in a target.
/// </summary>
internal static class EvaluatedEmptyIncludes
{
    public static IEnumerable<(ItemPlace Place, string Message)> In(IEnumerable<string> files, IReadOnlyCollection<ITaskItem> items)
    {
        var read = files.Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(f => (File: f, Elements: Elements(f))).Where(f => f.Elements is not null).ToList();
        if (read.Any(f => f.Elements!.Any(e => e.Attribute("Remove") is not null || e.Attribute("Exclude") is not null)))
        {
            yield break;
        }

        foreach (var (file, all) in read)
        {
            var elements = all!;
            var evaluated = elements.Where(e => e.Attribute("Include") is not null && !Conditional(e)).ToList();
            var built = evaluated.Where(e => IsBuilt((string)e.Attribute("Include")!)).ToList();
            if (built.Count == 0)
            {
                continue;
            }

            var literal = evaluated.Except(built).Sum(e => ((string)e.Attribute("Include")!).Split(';').Count(p => p.Trim().Length > 0));
            var madeByBuilt = items.Count(i => string.Equals(i.GetMetadata("DefiningProjectFullPath"), file, StringComparison.OrdinalIgnoreCase)) - literal;
            if (madeByBuilt >= built.Count)
            {
                continue;
            }

            if (madeByBuilt <= 0)
            {
                foreach (var element in built)
                {
                    var include = (string)element.Attribute("Include")!;
                    yield return (Place(file, element),
                        $"<TcApiService Include=\"{include}\" />: the Include is empty once evaluated, so MSBuild made no item of it; set what it names, or add Condition=\"'{include}' != ''\" if it may be empty");
                }
            }
            else
            {
                var lines = string.Join(", ", built.Select(e => ((IXmlLineInfo)e).LineNumber));
                yield return (Place(file, built[0]),
                    $"<TcApiService Include=\"…\" />: of the {built.Count} items on lines {lines} whose Include is built from properties or items, {built.Count - madeByBuilt} made no item (empty once evaluated); set what they name, or add a Condition to those that may be empty");
            }
        }
    }

    private static bool IsBuilt(string include) =>
        include.IndexOf("$(", StringComparison.Ordinal) >= 0 || include.IndexOf("@(", StringComparison.Ordinal) >= 0 || include.IndexOf("%(", StringComparison.Ordinal) >= 0 ||
        include.IndexOfAny(new[] { '*', '?' }) >= 0;

    /// <summary>Under a condition (its own, an ItemGroup's, a Choose's) or in a target: it may rightly make no item.</summary>
    private static bool Conditional(XElement element) =>
        element.AncestorsAndSelf().Any(e => e.Attribute("Condition") is not null || e.Name.LocalName is "Choose" or "Target");

    private static List<XElement>? Elements(string file)
    {
        try
        {
            return File.Exists(file)
                ? XDocument.Load(file, LoadOptions.SetLineInfo).Descendants().Where(e => e.Name.LocalName == "TcApiService" && e.Parent?.Name.LocalName != "ItemDefinitionGroup").ToList()
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            return null;
        }
    }

    private static ItemPlace Place(string file, XElement element)
    {
        var line = (IXmlLineInfo)element;
        return new ItemPlace(file, line.LineNumber, Math.Max(1, line.LinePosition - 1));
    }
}
