using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private static readonly string[] ObjectKeys =
    {
        "name", "csharpName", "description", "descriptionZh", "descriptionLanguage", "members", "rules",
    };

    /// <summary>
    /// Objects are read in two passes: first every name, so members may refer to any object (recursively, too);
    /// then the members and rules of each.
    /// </summary>
    private ObjectTable ParseObjects(JsonNode? node, Dictionary<string, EnumModel> enums)
    {
        var table = new ObjectTable();
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, "objects"))
        {
            return table;
        }

        foreach (var item in node.Items)
        {
            if (!ExpectKind(item, JsonNodeKind.Object, "an object"))
            {
                continue;
            }

            var what = item["name"] is { Kind: JsonNodeKind.String } n ? $"object '{n.Text}'" : "an object";
            CheckKeys(item, what, ObjectKeys);
            var name = RequiredString(item, "name", what);
            var typeName = OptionalString(item, "csharpName", what) ?? name;
            if (name is null || typeName is null)
            {
                continue;
            }

            if (!CSharpNames.IsIdentifier(typeName))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, At(item["csharpName"] ?? item["name"]!), typeName, "type name (set 'csharpName')");
                continue;
            }

            if (table.Drafts.ContainsKey(name))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item["name"]!), "object", name);
                continue;
            }

            table.Drafts.Add(name, new ObjectDraft(name, typeName, item, what));
        }

        foreach (var draft in table.Drafts.Values)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var description = RequiredString(draft.Node, "description", draft.What);
            OptionalString(draft.Node, "descriptionZh", draft.What);
            EnumKeyword(draft.Node, "descriptionLanguage", draft.What, required: false, "en", "zh");
            var context = new MemberContext(draft.Name, draft.TypeName, MemberScope.Object);
            draft.Members = ParseMembers(RequiredArray(draft.Node, "members", draft.What), draft.What, context, enums, table);
            draft.Rules = ParseRules(draft.Node["rules"], draft.What, draft.Members, enums);
            CheckUniqueRuleIds(draft.Node, draft.Members, draft.Rules);
            if (description is not null)
            {
                draft.Model = new ObjectModel(draft.Name, draft.TypeName, description, ObjectUsage.None,
                    draft.Members.Members.ToEquatableArray(), draft.Rules.ToEquatableArray());
            }
        }

        return table;
    }

    /// <summary>Rules in an object that only responses use are never checked: say so rather than ignore them.</summary>
    private void CheckObjectRules(ObjectTable objects, Dictionary<string, ObjectUsage> usage)
    {
        foreach (var draft in objects.Drafts.Values)
        {
            if (usage.TryGetValue(draft.Name, out var used) && (used & ObjectUsage.Input) == 0 && draft.Node["rules"] is { Items.Count: > 0 } rules)
            {
                Report(DiagnosticDescriptors.InvalidValue, At(rules), $"{draft.What}: rules", "the object appears only in responses, which are not validated");
            }
        }
    }
}

/// <summary>The objects of a spec while parsing.</summary>
internal sealed class ObjectTable
{
    public Dictionary<string, ObjectDraft> Drafts { get; } = new();

    public IEnumerable<ObjectModel> Models => Drafts.Values.Select(d => d.Model).OfType<ObjectModel>();
}

/// <summary>An object whose name is known and whose members may not be read yet.</summary>
internal sealed class ObjectDraft
{
    public ObjectDraft(string name, string typeName, JsonNode node, string what)
    {
        Name = name;
        TypeName = typeName;
        Node = node;
        What = what;
    }

    public string Name { get; }

    public string TypeName { get; }

    public JsonNode Node { get; }

    public string What { get; }

    public MemberSet Members { get; set; } = new();

    public List<RuleModel> Rules { get; set; } = new();

    public ObjectModel? Model { get; set; }
}
