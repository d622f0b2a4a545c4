using System.Collections.Generic;
using System.Linq;

namespace TcApi.Build;

/// <summary>
/// The names a misspelt service is matched against: each service's key, and the folders Tencent's metadata keeps it in
/// where they differ (the index's <c>"aliases"</c>: <c>autoscaling</c> for <c>as</c>), as the tool and the generator
/// match them.
/// </summary>
internal static class ServiceNames
{
    /// <summary>Each service paired with each of its names, its key first.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(IEnumerable<string> services, CatalogIndexFile index)
    {
        var aliases = index.Table("aliases");
        foreach (var service in services)
        {
            yield return new KeyValuePair<string, string>(service, service);
            if (aliases is not null && aliases.TryGetValue(service, out var names) && names is List<object> list)
            {
                foreach (var name in list.OfType<string>())
                {
                    yield return new KeyValuePair<string, string>(service, name);
                }
            }
        }
    }
}
