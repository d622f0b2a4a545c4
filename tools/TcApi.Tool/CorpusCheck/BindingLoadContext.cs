using System.Reflection;
using System.Runtime.Loader;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// A collectible context for one generated binding: the binding's assembly lives here and is unloaded after its
/// examples are read; the runtime (TcApi.dll) and the framework come from the default context, so the binding's
/// descriptors are the same types the check holds.
/// </summary>
internal sealed class BindingLoadContext : AssemblyLoadContext
{
    public BindingLoadContext(string name)
        : base(name, isCollectible: true)
    {
    }

    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
