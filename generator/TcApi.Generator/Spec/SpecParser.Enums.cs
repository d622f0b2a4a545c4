using System.Collections.Generic;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;

namespace TcApi.Generator.Spec;

internal sealed partial class SpecParser
{
    private Dictionary<string, EnumModel> ParseEnums(JsonNode? node)
    {
        var enums = new Dictionary<string, EnumModel>();
        if (node is null || !ExpectKind(node, JsonNodeKind.Array, "enums"))
        {
            return enums;
        }

        foreach (var item in node.Items)
        {
            if (ParseEnum(item) is not { } model)
            {
                continue;
            }

            if (enums.ContainsKey(model.Name))
            {
                Report(DiagnosticDescriptors.Duplicate, At(item["name"]!), "enum", model.Name);
                continue;
            }

            enums.Add(model.Name, model);
        }

        return enums;
    }

    private EnumModel? ParseEnum(JsonNode node)
    {
        if (!ExpectKind(node, JsonNodeKind.Object, "an enum"))
        {
            return null;
        }

        var what = node["name"] is { Kind: JsonNodeKind.String } n ? $"enum '{n.Text}'" : "an enum";
        CheckKeys(node, what, "name", "wireType", "description", "values");
        var name = RequiredString(node, "name", what);
        var wireType = EnumKeyword(node, "wireType", what, required: true, "string", "integer");
        var description = OptionalString(node, "description", what) ?? string.Empty;
        var valuesNode = RequiredArray(node, "values", what);
        if (name is not null && !CSharpNames.IsIdentifier(name))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, At(node["name"]!), name, "type name");
            name = null;
        }

        if (name is null || wireType is null || valuesNode is null)
        {
            return null;
        }

        if (valuesNode.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, At(valuesNode), $"{what}: values", "an enum needs at least one value");
            return null;
        }

        var isString = wireType == "string";
        var values = new List<EnumValueModel>();
        var names = new HashSet<string>();
        var wires = new HashSet<string>();
        foreach (var valueNode in valuesNode.Items)
        {
            if (!ExpectKind(valueNode, JsonNodeKind.Object, $"{what}: a value"))
            {
                continue;
            }

            CheckKeys(valueNode, $"a value of {what}", "wire", "name", "description");
            var valueName = RequiredString(valueNode, "name", $"a value of {what}");
            var wireNode = Required(valueNode, "wire", $"a value of {what}");
            var valueDescription = OptionalString(valueNode, "description", $"a value of {what}") ?? string.Empty;
            if (valueName is not null && !CSharpNames.IsIdentifier(valueName))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, At(valueNode["name"]!), valueName, "enum member name");
                continue;
            }

            if (valueName is null || wireNode is null)
            {
                continue;
            }

            string wireString;
            long wireInteger = 0;
            if (isString)
            {
                if (AsString(wireNode, $"{what}: wire") is not { } text)
                {
                    continue;
                }

                wireString = text;
            }
            else
            {
                if (AsInteger(wireNode, $"{what}: wire") is not { } number)
                {
                    continue;
                }

                wireInteger = number;
                wireString = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!names.Add(valueName))
            {
                Report(DiagnosticDescriptors.Duplicate, At(valueNode["name"]!), $"value name in {what}", valueName);
                continue;
            }

            if (!wires.Add(wireString))
            {
                Report(DiagnosticDescriptors.Duplicate, At(wireNode), $"wire value in {what}", wireString);
                continue;
            }

            values.Add(new EnumValueModel(valueName, wireString, isString ? values.Count + 1 : wireInteger, valueDescription));
        }

        return new EnumModel(name, isString, description, values.ToEquatableArray());
    }
}
