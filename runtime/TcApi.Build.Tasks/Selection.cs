using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TcApi.Build;

/// <summary>One <c>&lt;TcApiService&gt;</c> item read: the service, the version it names (normalised), its actions, whether it is precompiled.</summary>
internal sealed record Selection(string Service, string? Version, string WrittenVersion, IReadOnlyList<string> Actions, bool Precompile)
{
    /// <summary>';' as MSBuild lists are written, and any whitespace: a long list is written over several lines.</summary>
    private static readonly char[] ActionSeparators = { ';', ',', ' ', '\t', '\r', '\n' };

    public static Selection Read(ITaskItem item, bool precompileByDefault)
    {
        var written = item.GetMetadata("Version").Trim();
        var precompile = item.GetMetadata("Precompile").Trim();
        return new Selection(
            item.ItemSpec.Trim().ToLowerInvariant(),
            written.Length == 0 ? null : NormalizeVersion(written),
            written,
            item.GetMetadata("Actions").Split(ActionSeparators, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToArray(),
            precompile.Length == 0 ? precompileByDefault : !precompile.Equals("false", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>2017-03-12, 20170312 and v20170312 all name the same version (as in the generator).</summary>
    public static string NormalizeVersion(string version)
    {
        var digits = new string(version.Where(char.IsDigit).ToArray());
        return digits.Length == 8 ? $"{digits.Substring(0, 4)}-{digits.Substring(4, 2)}-{digits.Substring(6, 2)}" : version;
    }

    /// <summary>The item, named <c>service-v&lt;yyyymmdd&gt;</c>: a service may be selected in two versions.</summary>
    /// <summary>The item's identity: <c>service-v&lt;yyyymmdd&gt;</c>.</summary>
    public string Identity => $"{Service}-v{Version!.Replace("-", string.Empty)}";

    public ITaskItem ToItem()
    {
        var actions = string.Join("+", Actions);
        var item = new TaskItem(Identity);
        item.SetMetadata("Service", Service);
        item.SetMetadata("Version", Version);
        item.SetMetadata("VersionKey", "v" + Version!.Replace("-", string.Empty));
        item.SetMetadata("Actions", actions);
        item.SetMetadata("Encoded", $"{Service}|{Version}|{actions}");
        item.SetMetadata("Precompile", Precompile ? "true" : "false");
        return item;
    }
}
