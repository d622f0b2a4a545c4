namespace TcApi.Generator.Polyfills;

/// <summary>The names of the polyfill generator's pipeline steps, for incremental-caching tests.</summary>
public static class PolyfillTrackingNames
{
    public const string MissingPolyfills = nameof(MissingPolyfills);
    public const string WantedPolyfills = nameof(WantedPolyfills);
}
