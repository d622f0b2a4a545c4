using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    /// <summary>The helper types every service gets; an enum or object may not take these names.</summary>
    public static IEnumerable<string> ServiceTypeNames(string serviceTypeName) => new[]
    {
        serviceTypeName + "ErrorCode", serviceTypeName + "ErrorCodes", serviceTypeName + "ApiException",
        serviceTypeName + "Client", serviceTypeName + "Actions",
    };

    /// <summary>Every generated type name must be unique in the namespace.</summary>
    private void CheckTypeNames(JsonNode root, ServiceHeader header, Dictionary<string, EnumModel> enums, List<ObjectModel> objects, List<ActionModel> actions, ErrorCodeTable codes)
    {
        var owners = new Dictionary<string, string>();
        void Claim(string typeName, string owner, JsonNode? where)
        {
            if (owners.TryGetValue(typeName, out var first))
            {
                Report(DiagnosticDescriptors.NameCollision, where is null ? At(root, headOnly: true) : At(where), typeName, $"{first} and {owner}");
            }
            else
            {
                owners.Add(typeName, owner);
            }
        }

        foreach (var name in ServiceTypeNames(header.ServiceTypeName))
        {
            Claim(name, "the service's generated types", null);
        }

        foreach (var action in actions)
        {
            var where = NameNode(root["actions"], action.Name);
            Claim(action.RequestTypeName, $"action {action.Name}", where);
            Claim(action.ResponseTypeName, $"action {action.Name}", where);
        }

        foreach (var model in enums.Values)
        {
            var where = NameNode(root["enums"], model.Name);
            Claim(model.Name, $"enum {model.Name}", where);
            Claim(model.Name + "Wire", $"enum {model.Name}", where);
        }

        foreach (var model in objects)
        {
            var item = root["objects"]?.Items.FirstOrDefault(i => i["name"] is { Kind: JsonNodeKind.String } n && n.Text == model.Name);
            Claim(model.TypeName, $"object {model.Name}", item?["csharpName"] ?? item?["name"]);
        }
    }

    /// <summary>The "name" value of the item of <paramref name="list"/> called <paramref name="name"/>.</summary>
    private static JsonNode? NameNode(JsonNode? list, string name) =>
        list?.Items.Select(item => item["name"]).FirstOrDefault(node => node is { Kind: JsonNodeKind.String } && node.Text == name);
}
