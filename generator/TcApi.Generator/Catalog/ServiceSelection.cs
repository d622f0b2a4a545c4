using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Catalog;

/// <summary>
/// One <c>&lt;TcApiService Include="cvm" Version="2017-03-12" Actions="RunInstances;DescribeInstances" /&gt;</c> of the
/// project file: a catalogue service, an optional version (else the newest) and optional actions (else all). Actions
/// are separated by <c>;</c>, <c>+</c> (the targets' encoding: editorconfig values cannot hold <c>;</c>) or any
/// whitespace, line breaks included, as people format a long list in a project file.
/// </summary>
internal sealed record ServiceSelection(string Service, string? Version, EquatableArray<string> Actions)
{
    /// <summary>The build property the package's targets write: <c>service|version|Action+Action</c>, comma-separated.</summary>
    public const string BuildProperty = "build_property.TcApiServices";

    private static readonly char[] ActionSeparators = { '+', ';', ' ', '\t', '\r', '\n' };

    /// <summary>2017-03-12, 20170312 and v20170312 all name the same version.</summary>
    public static string NormalizeVersion(string version)
    {
        var digits = new string(version.Where(char.IsDigit).ToArray());
        return digits.Length == 8 ? $"{digits.Substring(0, 4)}-{digits.Substring(4, 2)}-{digits.Substring(6, 2)}" : version.Trim();
    }

    /// <summary>The key a selection's place in the project file is found by (<see cref="SelectionLocations"/>).</summary>
    public string Key => SelectionLocations.Key(Service, Version is null ? null : NormalizeVersion(Version));

    public static EquatableArray<ServiceSelection> Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return EquatableArray<ServiceSelection>.Empty;
        }

        var selections = new List<ServiceSelection>();
        foreach (var entry in value!.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('|');
            var service = parts[0].Trim();
            if (service.Length == 0)
            {
                continue;
            }

            var version = parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : null;
            var actions = parts.Length > 2
                ? parts[2].Split(ActionSeparators, StringSplitOptions.RemoveEmptyEntries).Select(a => a.Trim()).Where(a => a.Length > 0)
                    .Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray()
                : EquatableArray<string>.Empty;
            selections.Add(new ServiceSelection(service.ToLowerInvariant(), version, actions));
        }

        return selections.ToEquatableArray();
    }
}
