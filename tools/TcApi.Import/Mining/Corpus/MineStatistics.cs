using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Import.Corpus;

namespace TcApi.Import.Mining.Corpus;

/// <summary>
/// The reader run over the whole corpus: constraints per kind and per service, request members covered, and every
/// published example input checked against the mined constraints of its action, with each violation listed so that a
/// person can tell a miner error from a documentation contradiction.
/// </summary>
public static class MineStatistics
{
    public static JsonObject Run(TencentCorpus corpus, bool listConstraints)
    {
        var clock = Stopwatch.StartNew();
        var mined = corpus.ServiceVersions.Select(CorpusMining.Mine).ToList();
        var miningSeconds = clock.Elapsed.TotalSeconds;

        var perKind = new SortedDictionary<string, (int Total, int High, int Items, int English)>(StringComparer.Ordinal);
        var perService = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        var requestMembers = 0;
        var requestMembersCovered = 0;
        var inputObjectMembersCovered = 0;
        foreach (var version in mined)
        {
            requestMembers += version.RequestMembersRead;
            var service = perService.TryGetValue(version.Files.Service, out var s) ? s : perService[version.Files.Service] = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in version.Members)
            {
                if (member.ByteLength is { } b)
                {
                    var (bt, bh, bi, be) = perKind.GetValueOrDefault(ByteLengthKind);
                    perKind[ByteLengthKind] = (bt + 1, bh + (b.Confidence == MinedConfidence.High ? 1 : 0), bi + (b.OnItems ? 1 : 0), be + (b.Language == "en" ? 1 : 0));
                }

                if (member.Constraints.Count == 0)
                {
                    continue;
                }

                requestMembersCovered += member.IsRequest ? 1 : 0;
                inputObjectMembersCovered += member.IsRequest ? 0 : 1;
                foreach (var c in member.Constraints)
                {
                    var kind = MinedSpecJson.KindName(c.Kind);
                    var (total, high, items, english) = perKind.GetValueOrDefault(kind);
                    perKind[kind] = (total + 1, high + (c.Confidence == MinedConfidence.High ? 1 : 0), items + (c.OnItems ? 1 : 0), english + (c.Language == "en" ? 1 : 0));
                    service[kind] = service.GetValueOrDefault(kind) + 1;
                }
            }

            foreach (var rule in version.Rules.SelectMany(r => r.Rules))
            {
                var kind = RuleKindName(rule.Kind);
                var (total, high, items, english) = perKind.GetValueOrDefault(kind);
                perKind[kind] = (total + 1, high + 1, items, english + (rule.Language == "en" ? 1 : 0));
                service[kind] = service.GetValueOrDefault(kind) + 1;
            }
        }

        var examples = CheckExamples(mined);
        var report = new JsonObject
        {
            ["serviceVersions"] = mined.Count,
            ["miningSeconds"] = Math.Round(miningSeconds, 2),
            ["requestMembers"] = requestMembers,
            ["requestMembersWithAConstraint"] = requestMembersCovered,
            ["inputObjectMembersWithAConstraint"] = inputObjectMembersCovered,
            ["perKind"] = new JsonObject(perKind.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject
            {
                ["total"] = p.Value.Total,
                ["high"] = p.Value.High,
                ["medium"] = p.Value.Total - p.Value.High,
                ["onItems"] = p.Value.Items,
                ["fromEnglish"] = p.Value.English,
            }))),
            ["perService"] = new JsonObject(perService.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject(p.Value.Select(k => KeyValuePair.Create(k.Key, (JsonNode?)k.Value)))))),
            ["examples"] = examples,
        };
        if (listConstraints)
        {
            report["constraints"] = new JsonArray(mined.SelectMany(v => v.Members).SelectMany(m => m.Constraints.Select(c => (JsonNode)new JsonObject
            {
                ["at"] = $"{m.Service}/{m.Version} {m.Object}.{m.Member}",
                ["constraint"] = Describe(c),
                ["confidence"] = c.Confidence == MinedConfidence.High ? "high" : "medium",
                ["language"] = c.Language,
                ["quote"] = c.Quote,
            })).ToArray());
            report["rules"] = new JsonArray(mined.SelectMany(v => v.Rules).SelectMany(o => o.Rules.Select(r => (JsonNode)new JsonObject
            {
                ["at"] = $"{o.Service}/{o.Version} {o.Object}",
                ["rule"] = $"{RuleKindName(r.Kind)} [{string.Join(", ", r.Members)}]",
                ["language"] = r.Language,
                ["quote"] = r.Quote,
            })).ToArray());
        }

        report["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2);
        return report;
    }

    private static JsonObject CheckExamples(List<MinedServiceVersion> mined)
    {
        int total = 0, json = 0, query = 0, unreadable = 0, checkedInputs = 0;
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var listed = new JsonArray();
        foreach (var version in mined)
        {
            var bytes = version.Files.ChineseApi is not null ? version.Files.ChineseExamples : version.Files.EnglishExamples;
            if (bytes is null)
            {
                continue;
            }

            var checker = new ExampleChecker(version);
            using var document = JsonDocument.Parse(bytes);
            if (!document.RootElement.TryGetProperty("actions", out var actions))
            {
                continue;
            }

            foreach (var action in actions.EnumerateObject().OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                foreach (var example in action.Value.EnumerateArray())
                {
                    total++;
                    var text = example.TryGetProperty("input", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() ?? string.Empty : string.Empty;
                    var input = ExampleInput.Read(text);
                    if (input is null)
                    {
                        unreadable++;
                        continue;
                    }

                    checkedInputs++;
                    if (text.TrimStart().StartsWith("http", StringComparison.Ordinal))
                    {
                        query++;
                    }
                    else
                    {
                        json++;
                    }

                    foreach (var violation in checker.Check(action.Name, input))
                    {
                        var kind = MinedSpecJson.KindName(violation.Constraint.Kind);
                        byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
                        listed.Add(new JsonObject
                        {
                            ["service"] = $"{violation.Service}/{violation.Version}",
                            ["action"] = violation.Action,
                            ["path"] = violation.Path,
                            ["member"] = $"{violation.Object}.{violation.Member}",
                            ["constraint"] = Describe(violation.Constraint),
                            ["confidence"] = violation.Constraint.Confidence == MinedConfidence.High ? "high" : "medium",
                            ["quote"] = violation.Constraint.Quote,
                            ["value"] = violation.Value,
                            ["classification"] = string.Empty,
                        });
                    }
                }
            }
        }

        return new JsonObject
        {
            ["published"] = total,
            ["checked"] = checkedInputs,
            ["checkedJson"] = json,
            ["checkedQuery"] = query,
            ["notParseable"] = unreadable,
            ["violations"] = listed.Count,
            ["violationsPerKind"] = new JsonObject(byKind.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["list"] = listed,
        };
    }

    /// <summary>Lengths in bytes are counted under this name; they are not written into specs (format 2 has no such kind yet).</summary>
    public const string ByteLengthKind = "byteLength (not written)";

    public static string Describe(MinedByteLength b) =>
        $"{(b.OnItems ? "items " : string.Empty)}byteLength {(b.MinBytes is { } min ? NumberText.Show(min) : string.Empty)}..{(b.MaxBytes is { } max ? NumberText.Show(max) : string.Empty)}";

    public static string Describe(MinedConstraint c)
    {
        static string N(decimal? d) => d is { } v ? NumberText.Show(v) : "";
        var items = c.OnItems ? "items " : string.Empty;
        return c.Kind switch
        {
            MinedKind.Range => $"{items}range {(c.ExclusiveMinimum is not null ? "(" + N(c.ExclusiveMinimum) : "[" + N(c.Minimum))}, {(c.ExclusiveMaximum is not null ? N(c.ExclusiveMaximum) + ")" : N(c.Maximum) + "]")}",
            MinedKind.Length => $"{items}length {N(c.Minimum)}..{N(c.Maximum)}",
            MinedKind.ItemCount => $"itemCount {N(c.Minimum)}..{N(c.Maximum)}",
            _ => $"{items}allowedValues {{{string.Join(", ", c.Values)}}}",
        };
    }

    private static string RuleKindName(MinedRuleKind kind) => kind switch
    {
        MinedRuleKind.AtLeastOneOf => "atLeastOneOf",
        MinedRuleKind.AtMostOneOf => "atMostOneOf",
        _ => "exactlyOneOf",
    };
}
