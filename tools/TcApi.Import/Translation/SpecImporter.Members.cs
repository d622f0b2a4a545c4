using System.Text.Json.Nodes;
using TcApi.Import.Tencent;

namespace TcApi.Import.Translation;

public sealed partial class SpecImporter
{
    private JsonArray Members(string objectName, string typeName, MemberRole role)
    {
        var members = new JsonArray();
        if (!_primary.Objects.TryGetValue(objectName, out var source))
        {
            return members;
        }

        var english = _english?.Objects.GetValueOrDefault(objectName);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in source.Members)
        {
            var node = new JsonObject { ["name"] = member.Name };
            var property = CSharpNaming.PropertyName(member.Name, typeName, taken);
            if (property != member.Name)
            {
                node["csharpName"] = property;
            }

            AddType(node, member);
            if (role != MemberRole.Response && member.Required)
            {
                node["required"] = true;
            }

            if (role != MemberRole.Request && member.AllowsNull)
            {
                node["nullable"] = true;
            }

            if (member.Disabled)
            {
                node["deprecated"] = true;
            }

            var englishDoc = english?.Members.FirstOrDefault(m => m.Name == member.Name)?.Document;
            AddDescription(node, member.Document, englishDoc, $"{member.Name}.");
            if (member.Example is { Length: > 0 } example)
            {
                node["example"] = example;
            }

            AddMinedConstraints(node, objectName, typeName, member, englishDoc, role);
            members.Add(node);
        }

        return members;
    }

    private void AddType(JsonObject node, TencentMember member)
    {
        if (member.Type == "list")
        {
            node["type"] = "list";
            var items = new JsonObject();
            AddScalar(items, member.Member, member.Member);
            node["items"] = items;
            return;
        }

        AddScalar(node, member.Type, member.Member);
    }

    /// <summary>Tencent's scalar names and widths as format 2 types: <c>int</c>/<c>uint64</c> → integer with format, and so on.</summary>
    private void AddScalar(JsonObject node, string type, string width)
    {
        switch (type)
        {
            case "string" or "datetime" or "datetime_iso" or "date":
                node["type"] = "string";
                if (width is "datetime" or "datetime_iso" or "date")
                {
                    node["format"] = width;
                }

                break;
            case "int" or "int64" or "uint64":
                node["type"] = "integer";
                node["format"] = width == "uint64" || type == "uint64" ? "uint64" : "int64";
                break;
            case "float" or "double":
                node["type"] = "float";
                break;
            case "bool":
                node["type"] = "boolean";
                break;
            case "binary":
                node["type"] = "binary";
                break;
            default:
                node["type"] = "object";
                node["object"] = width;
                break;
        }
    }
}
