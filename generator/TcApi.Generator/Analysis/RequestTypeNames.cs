using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Analysis;

/// <summary>
/// The simple names of the request types — types marked [ApiRequest], as every generated one is — found once per
/// compilation in its source and in the referenced assemblies that reference the TcApi runtime. Only a marked type's
/// properties are read, so the walk costs one attribute lookup per type. A <c>new Foo { ... }</c> whose name is not
/// among them is skipped without binding: binding is what an analyzer costs.
/// </summary>
internal sealed class RequestTypeNames
{
    private readonly HashSet<string> _typeNames = new();
    private readonly HashSet<string> _memberNames = new();

    public RequestTypeNames(Compilation compilation, RuleReader reader)
    {
        Visit(compilation.Assembly.GlobalNamespace, reader);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "TcApi")))
            {
                Visit(assembly.GlobalNamespace, reader);
            }
        }
    }

    public bool IsRequestTypeName(string name) => _typeNames.Contains(name);

    public bool IsConstrainedMemberName(string name) => _memberNames.Contains(name);

    private void Visit(INamespaceSymbol ns, RuleReader reader)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            if (reader.Symbols.IsApiRequest(type) && reader.For(type) is { } rules)
            {
                _typeNames.Add(type.Name);
                _memberNames.UnionWith(rules.Members.Keys);
            }
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            Visit(inner, reader);
        }
    }
}
