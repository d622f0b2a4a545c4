using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using TcApi.Generator.Overlay;

namespace TcApi.Build;

/// <summary>
/// What is wrong with how a <c>&lt;TcApiService&gt;</c> item is written, before its names are looked up: metadata it
/// does not take, a Version that is not a date, a Precompile that is not true or false, an action list whose
/// separators are not ';' or whitespace. Each is one message, reported on the item.
/// </summary>
internal static class ItemProblems
{
    public static readonly string[] Metadata = { "Version", "Actions", "Precompile" };

    /// <summary>The forms <see cref="Selection.NormalizeVersion"/> reads: 2017-03-12, 20170312, v20170312.</summary>
    private static readonly Regex VersionForm = new(@"^(\d{4}-\d{2}-\d{2}|v?\d{8})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>An action name as Tencent writes them: letters and digits (a separator that is not ';' or whitespace lands in one).</summary>
    private static readonly Regex ActionName = new(@"^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    public static IEnumerable<string> Of(ITaskItem item, Selection selection)
    {
        var service = selection.Service;
        foreach (var name in item.CloneCustomMetadata().Keys.OfType<string>().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!Metadata.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                yield return $"<TcApiService Include=\"{service}\" {name}=\"…\" />: a TcApiService item takes no metadata '{name}'{NearestNames.Hint(name, Metadata)} (it takes {string.Join(", ", Metadata)})";
            }
        }

        if (selection.WrittenVersion.Length > 0 && !VersionForm.IsMatch(selection.WrittenVersion))
        {
            yield return $"<TcApiService Include=\"{service}\" Version=\"{selection.WrittenVersion}\" />: Version '{selection.WrittenVersion}' is not a date: write it yyyy-MM-dd, e.g. Version=\"2017-03-12\"";
        }

        var precompile = item.GetMetadata("Precompile").Trim();
        if (precompile.Length > 0 && !precompile.Equals("true", StringComparison.OrdinalIgnoreCase) && !precompile.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"<TcApiService Include=\"{service}\" Precompile=\"{precompile}\" />: Precompile is true or false, not '{precompile}'";
        }

        foreach (var action in selection.Actions.Where(a => !ActionName.IsMatch(a)))
        {
            yield return $"<TcApiService Include=\"{service}\" Actions=\"…\" />: '{action}' is not an action name: separate actions with ';' or whitespace";
        }
    }
}
