using System;
using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Catalog;

/// <summary>
/// One <c>&lt;TcApiService Include="cvm" Version="2017-03-12" Actions="RunInstances;DescribeInstances" /&gt;</c> of the
/// project file: a catalogue service, an optional version (else the newest) and optional actions (else all).
/// </summary>
internal sealed record ServiceSelection(string Service, string? Version, EquatableArray<string> Actions)
{
    /// <summary>The build property the package's targets write: <c>service|version|Action+Action</c>, comma-separated.</summary>
    public const string BuildProperty = "build_property.TcApiServices";

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
                ? parts[2].Split(new[] { '+', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(a => a.Trim()).Where(a => a.Length > 0)
                    .Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray()
                : EquatableArray<string>.Empty;
            selections.Add(new ServiceSelection(service.ToLowerInvariant(), version, actions));
        }

        return selections.ToEquatableArray();
    }
}
