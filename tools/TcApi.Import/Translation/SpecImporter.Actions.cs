using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Contract;
using TcApi.Import.Tencent;

namespace TcApi.Import.Translation;

public sealed partial class SpecImporter
{
    private JsonObject Action(TencentAction action)
    {
        var node = new JsonObject { ["name"] = action.Name };
        AddDescription(node, action.Document, _english?.Actions.GetValueOrDefault(action.Name)?.Document, $"Calls {action.Name}.");
        if (action.Status is "deprecated" or "offline")
        {
            node["status"] = action.Status;
        }

        if (Idempotency.ReadOnlyVerb(action.Name) is { } verb)
        {
            node["idempotent"] = new JsonObject
            {
                ["value"] = true,
                ["provenance"] = new JsonObject { ["inferred"] = $"'{verb}' actions only read, so repeating one is safe." },
            };
        }

        node["input"] = Members(action.Input, action.Name + "Request", MemberRole.Request);
        node["output"] = Members(action.Output, action.Name + "Response", MemberRole.Response);
        AddMinedRules(node, action.Input, action.Name, MemberRole.Request);
        if (PagingShape.Detect(node["input"]!.AsArray(), node["output"]!.AsArray()) is { } paging)
        {
            node["paging"] = paging;
        }

        var codes = _files.ChineseErrors.Actions.GetValueOrDefault(action.Name) ?? _files.EnglishErrors.Actions.GetValueOrDefault(action.Name) ?? Array.Empty<string>();
        node["errorCodes"] = new JsonArray(codes.Distinct().OrderBy(c => c, StringComparer.Ordinal).Select(c => (JsonNode)c).ToArray());
        var examples = Examples(action);
        if (StreamingShape.Detect(_primary.Objects.GetValueOrDefault(action.Input), _primary.Objects.GetValueOrDefault(action.Output), _english?.Objects.GetValueOrDefault(action.Output), examples) is { } streaming)
        {
            node["streaming"] = streaming;
        }

        if (ClientTokenShape.Detect(_primary.Objects.GetValueOrDefault(action.Input), _english?.Objects.GetValueOrDefault(action.Input)) is { } clientToken)
        {
            node[SpecNames.ClientTokenKey] = clientToken;
        }

        if (examples is { Count: > 0 })
        {
            node["examples"] = examples;
        }

        return node;
    }

    private JsonObject Object(string name, string typeName)
    {
        var source = _primary.Objects[name];
        var node = new JsonObject { ["name"] = name };
        if (typeName != name)
        {
            node["csharpName"] = typeName;
        }

        AddDescription(node, source.Document, _english?.Objects.GetValueOrDefault(name)?.Document, $"The {name} structure.");
        node["members"] = Members(name, typeName, MemberRole.Data);
        AddMinedRules(node, name, name, MemberRole.Data);
        return node;
    }

    /// <summary>
    /// Documentation in English where the international site has it, Chinese otherwise; the Chinese original is kept
    /// beside an English description, and the language is named.
    /// </summary>
    private void AddDescription(JsonObject node, string primary, string? english, string fallback)
    {
        if (_primaryIsChinese && english is { } en && en.Trim().Length > 0)
        {
            node["description"] = en;
            node["descriptionLanguage"] = "en";
            if (primary.Trim().Length > 0 && primary != en)
            {
                node["descriptionZh"] = primary;
            }

            return;
        }

        node["description"] = NonEmpty(primary, fallback);
        node["descriptionLanguage"] = _primaryIsChinese ? "zh" : "en";
    }

    private JsonArray? Examples(TencentAction action)
    {
        var bytes = _primaryIsChinese ? _files.ChineseExamples : _files.EnglishExamples;
        if (bytes is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(bytes);
        if (!document.RootElement.TryGetProperty("actions", out var actions) || !actions.TryGetProperty(action.Name, out var list))
        {
            return null;
        }

        var examples = new JsonArray();
        foreach (var item in list.EnumerateArray())
        {
            string Text(string key) => item.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
            var example = PublishedExample.Parse(Text("title"), Text("document"), Text("input"), Text("output"));
            var node = new JsonObject { ["title"] = NonEmpty(example.Title, action.Name) };
            if (example.Description.Trim().Length > 0 && example.Description != example.Title)
            {
                node["description"] = example.Description;
            }

            node["source"] = "published";
            if (example.Format == ExampleFormat.Json)
            {
                node["input"] = example.Input;
            }
            else
            {
                // A query example keeps its text as published beside the JSON body it stands for.
                if (example.Format == ExampleFormat.Query && QueryStringInput.ToJson(example.InputText, _primary, action.Input) is { } body)
                {
                    node["input"] = body;
                }

                node["inputFormat"] = example.Format == ExampleFormat.Query ? "query" : "other";
                node["inputText"] = example.InputText;
            }

            if (example.Output is { } output)
            {
                node["output"] = output;
            }
            else if (example.OutputText.Length > 0)
            {
                node["outputText"] = example.OutputText;
            }

            examples.Add(node);
        }

        return examples;
    }
}
