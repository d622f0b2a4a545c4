using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Analysis;

/// <summary>
/// The simple names of the checked types — requests marked [ApiRequest] and the data objects they use, marked
/// [ApiObject], as every generated one is — found once per compilation in its source and in the referenced assemblies
/// that reference the TcApi runtime. Only a marked type's properties are read, so the walk costs one attribute lookup
/// per type. A <c>new Foo { ... }</c> whose name is not among them is skipped without binding: binding is what an
/// analyzer costs.
/// </summary>
internal sealed class RequestTypeNames
{
    private readonly HashSet<string> _typeNames = new();
    private readonly HashSet<string> _memberNames = new();
    private readonly HashSet<string> _constrainedMemberNames = new();

    public RequestTypeNames(Compilation compilation, AttributeRuleReader reader)
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

    public bool IsApiTypeName(string name) => _typeNames.Contains(name);

    /// <summary>A member with constraints of its own: only these are checked in a plain assignment.</summary>
    public bool IsConstrainedMemberName(string name) => _constrainedMemberNames.Contains(name);

    /// <summary>A member a constraint or a rule reads: a <c>new()</c> or <c>with</c> that sets none of them has nothing to check.</summary>
    public bool IsCheckedMemberName(string name) => _memberNames.Contains(name);

    private void Visit(INamespaceSymbol ns, AttributeRuleReader reader)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            if (reader.Symbols.IsApiType(type) && reader.For(type) is { } rules)
            {
                _typeNames.Add(type.Name);
                foreach (var rule in rules.Rules)
                {
                    _memberNames.UnionWith(rule.Members);
                }

                foreach (var member in rules.Members.Values)
                {
                    if (member.Constraints.Count > 0)
                    {
                        _memberNames.Add(member.Name);
                        _constrainedMemberNames.Add(member.Name);
                    }
                }
            }
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            Visit(inner, reader);
        }
    }
}
