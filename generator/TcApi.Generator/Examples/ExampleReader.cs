using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Diagnostics;
using TcApi.Generator.Json;
using TcApi.Generator.Model;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Examples;

/// <summary>Reads example values as the service reads a request: numbers may be strings, flags 0/1, null means absent.</summary>
internal sealed class ExampleReader
{
    private readonly SpecParser _parser;
    private readonly string _title;
    private readonly Dictionary<string, EnumModel> _enums;
    private readonly Dictionary<string, ObjectModel> _objects;

    public ExampleReader(SpecParser parser, string title, Dictionary<string, EnumModel> enums, Dictionary<string, ObjectModel> objects)
    {
        _parser = parser;
        _title = title;
        _enums = enums;
        _objects = objects;
    }

    public SpecValue? ReadObject(JsonNode node, IReadOnlyList<MemberModel> members, string owner, string path)
    {
        var values = new List<SpecProperty>();
        var ok = true;
        foreach (var property in node.Properties)
        {
            var member = members.FirstOrDefault(m => m.WireName == property.Name);
            if (member is null)
            {
                Fail(SpecParser.AtKey(property), $"'{path}/{property.Name}' is not a member of {owner}");
                ok = false;
                continue;
            }

            if (Read(property.Value, member, path + "/" + property.Name) is { } value)
            {
                values.Add(new SpecProperty(property.Name, value));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? SpecValue.OfObject(values.ToEquatableArray()) : null;
    }

    public void CheckOutput(JsonNode output, ActionModel action)
    {
        if (!_parser.ExpectKind(output, JsonNodeKind.Object, $"example '{_title}': output"))
        {
            return;
        }

        if (output["Response"] is not { Kind: JsonNodeKind.Object } response)
        {
            Fail(SpecParser.At(output), "the output must be an envelope {\"Response\": {...}}");
            return;
        }

        foreach (var member in action.Output)
        {
            if (response[member.WireName] is { } value)
            {
                Read(value, member, "/Response/" + member.WireName);
            }
        }
    }

    private SpecValue? Read(JsonNode node, MemberModel member, string path)
    {
        if (node.Kind == JsonNodeKind.Null)
        {
            return SpecValue.Absent;
        }

        if (!member.IsList)
        {
            return ReadScalar(node, member, path);
        }

        if (node.Kind != JsonNodeKind.Array)
        {
            Fail(SpecParser.At(node), $"{path} must be an array, not {node.Describe()}");
            return null;
        }

        var items = new List<SpecValue>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            if (ReadScalar(node.Items[i], member, $"{path}/{i}") is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        return SpecValue.OfList(items.ToEquatableArray());
    }

    private SpecValue? ReadScalar(JsonNode node, MemberModel member, string path)
    {
        if (member.Scalar == ScalarKind.Object)
        {
            if (node.Kind != JsonNodeKind.Object)
            {
                Fail(SpecParser.At(node), $"{path} must be an object, not {node.Describe()}");
                return null;
            }

            var model = _objects[member.Reference!];
            return ReadObject(node, model.Members, model.Name, path);
        }

        if (Scalar(node, member) is { } value)
        {
            return value;
        }

        Fail(SpecParser.At(node), $"{path} must be {Expected(member)}, not {node.Describe()} {(node.Kind is JsonNodeKind.String or JsonNodeKind.Number ? node.Text : string.Empty)}".TrimEnd());
        return null;
    }

    private SpecValue? Scalar(JsonNode node, MemberModel member)
    {
        var numberText = node.Kind is JsonNodeKind.Number or JsonNodeKind.String ? node.Text : null;
        var isInteger = long.TryParse(numberText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer);
        switch (member.Scalar)
        {
            case ScalarKind.String or ScalarKind.Binary:
                return node.Kind == JsonNodeKind.String ? SpecValue.OfString(node.Text) : null;
            case ScalarKind.Integer:
                return isInteger ? SpecValue.OfInteger(integer) : null;
            case ScalarKind.Float:
                return double.TryParse(numberText, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? SpecValue.OfFloat(number) : null;
            case ScalarKind.Boolean or ScalarKind.Flag:
                if (node.Kind is JsonNodeKind.True or JsonNodeKind.False)
                {
                    return SpecValue.OfBool(node.Kind == JsonNodeKind.True);
                }

                if (member.Scalar == ScalarKind.Boolean && node.Kind == JsonNodeKind.String && node.Text is "true" or "false")
                {
                    return SpecValue.OfBool(node.Text == "true");
                }

                return isInteger && integer is 0 or 1 ? SpecValue.OfBool(integer == 1) : null;
            default:
                if (_enums[member.Reference!].IsStringOnWire)
                {
                    return node.Kind == JsonNodeKind.String ? SpecValue.OfString(node.Text) : null;
                }

                return isInteger ? SpecValue.OfInteger(integer) : null;
        }
    }

    private string Expected(MemberModel member) => member.Scalar switch
    {
        ScalarKind.String or ScalarKind.Binary => "a string",
        ScalarKind.Integer => "a whole number (or a string of one)",
        ScalarKind.Float => "a number (or a string of one)",
        ScalarKind.Boolean => "true or false",
        ScalarKind.Flag => "0 or 1",
        _ => _enums[member.Reference!].IsStringOnWire ? "a string" : "a whole number",
    };

    private void Fail(LocationInfo at, string message) => _parser.Report(DiagnosticDescriptors.ExampleValue, at, _title, message);
}
