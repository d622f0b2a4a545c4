using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private List<ErrorCodeModel> ParseErrorCodes(JsonNode? node, string owner)
    {
        var codes = new List<ErrorCodeModel>();
        if (node is null)
        {
            return codes;
        }

        var seen = new HashSet<string>();
        foreach (var item in node.Items)
        {
            if (!ExpectKind(item, JsonNodeKind.Object, $"an error code of {owner}"))
            {
                continue;
            }

            CheckKeys(item, $"an error code of {owner}", "code", "description");
            var code = RequiredString(item, "code", $"an error code of {owner}");
            var description = RequiredString(item, "description", $"an error code of {owner}");
            if (code is null || description is null)
            {
                continue;
            }

            if (!IsErrorCode(code))
            {
                Report(DiagnosticDescriptors.InvalidValue, At(item["code"]!), "code", $"'{code}' is not dot-separated words such as FailedOperation.LimitNumofListener");
                continue;
            }

            if (!seen.Add(code))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item["code"]!), $"error code of {owner}", code);
                continue;
            }

            codes.Add(new ErrorCodeModel(code, code.Replace(".", string.Empty), description));
        }

        return codes;
    }

    /// <summary>The union of every action's codes, in order of first appearance, with the first description given.</summary>
    private static EquatableArray<ErrorCodeModel> CollectServiceErrorCodes(List<ActionModel> actions)
    {
        var byCode = new Dictionary<string, ErrorCodeModel>();
        var ordered = new List<ErrorCodeModel>();
        foreach (var code in actions.SelectMany(a => a.ErrorCodes))
        {
            if (!byCode.ContainsKey(code.Code))
            {
                byCode.Add(code.Code, code);
                ordered.Add(code);
            }
        }

        return ordered.ToEquatableArray();
    }

    /// <summary>Every generated type name must be unique in the namespace, and error-code member names within their enum.</summary>
    private void CheckTypeNames(JsonNode root, ServiceHeader header, Dictionary<string, EnumModel> enums, List<ActionModel> actions)
    {
        var owners = new Dictionary<string, string>();
        void Claim(string typeName, string owner, JsonNode? where = null)
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

        Claim(header.ServiceTypeName + "ErrorCode", "the service's error codes");
        Claim(header.ServiceTypeName + "ErrorCodes", "the service's error codes");
        Claim(header.ServiceTypeName + "ApiException", "the service's exception");
        foreach (var model in enums.Values)
        {
            var where = NameNode(root["enums"], model.Name);
            Claim(model.Name, $"enum {model.Name}", where);
            Claim(model.Name + "Wire", $"enum {model.Name}", where);
        }

        foreach (var action in actions)
        {
            var where = NameNode(root["actions"], action.Name);
            Claim(action.Name + "Request", $"action {action.Name}", where);
            Claim(action.Name + "Response", $"action {action.Name}", where);
        }

        var members = new Dictionary<string, string>();
        foreach (var action in actions)
        {
            foreach (var code in action.ErrorCodes)
            {
                if (members.TryGetValue(code.MemberName, out var other) && other != code.Code)
                {
                    Report(DiagnosticDescriptors.NameCollision, At(root, headOnly: true), $"{header.ServiceTypeName}ErrorCode.{code.MemberName}", $"codes {other} and {code.Code}");
                }

                members[code.MemberName] = code.Code;
            }
        }
    }

    /// <summary>The "name" value of the item of <paramref name="list"/> called <paramref name="name"/>.</summary>
    private static JsonNode? NameNode(JsonNode? list, string name) =>
        list?.Items.Select(item => item["name"]).FirstOrDefault(node => node is { Kind: JsonNodeKind.String } && node.Text == name);
}
