using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using TcApi.Generator;
using TcApi.Generator.Model;
using TcApi.Generator.Reading;
using TcApi.Generator.Spec;
using TcApi.Import.Translation;
using TcApi.Import.Writing;

namespace TcApi.Import.Tests.Mining;

/// <summary>Mined constraints and rules in imported specs: valid for the generator's parser, deterministic, warnings, and switchable.</summary>
[Collection(nameof(CorpusCollection))]
public class MinedSpecTests(CorpusFixture fixture)
{
    public static TheoryData<string> Services => new()
    {
        "gaap", "cvm", "vpc", "clb", "cbs", "cam", "cdb", "tke", "mps", "vod", "teo", "ess", "cls", "monitor", "waf", "postgres", "redis", "ckafka", "as", "dts",
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void A_spec_imported_with_mining_parses_without_a_diagnostic(string service)
    {
        var files = fixture.Corpus.Newest(service)!;
        var text = SpecJson.ToText(SpecImporter.Import(files, fixture.Corpus.Sources));

        var result = ServiceModelBuilder.Build(SpecSource.Read($"/specs/{service}.tcapi.json", SourceText.From(text), CancellationToken.None), EquatableArray<OverlaySource>.Empty, CancellationToken.None);

        Assert.True(text.Contains("\"severity\": \"warning\"", StringComparison.Ordinal), $"{service}: nothing mined");
        Assert.True(result.Diagnostics.Count == 0, $"{service}: {string.Join("; ", result.Diagnostics.Take(5))}");
    }

    [Fact]
    public void Mining_twice_gives_the_same_bytes()
    {
        var files = fixture.Corpus.Newest("cvm")!;

        var first = SpecJson.ToUtf8(SpecImporter.Import(files, fixture.Corpus.Sources));
        var second = SpecJson.ToUtf8(SpecImporter.Import(files, fixture.Corpus.Sources));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Without_mining_no_member_carries_a_constraint()
    {
        var files = fixture.Corpus.Find("gaap", "2018-05-29")!;

        var text = SpecJson.ToText(SpecImporter.Import(files, fixture.Corpus.Sources, new ImportOptions { MineConstraints = false }));

        Assert.DoesNotContain("\"constraints\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mined_constraint_is_a_warning_with_its_sentence_source_and_confidence()
    {
        var files = fixture.Corpus.Find("gaap", "2018-05-29")!;
        var spec = SpecImporter.Import(files, fixture.Corpus.Sources);

        var constraints = spec["actions"]!.AsArray().Concat(spec["objects"]!.AsArray())
            .SelectMany(owner => (owner!["input"] ?? owner["members"])!.AsArray())
            .SelectMany(member => (member!["constraints"]?.AsArray() ?? new JsonArray()).Concat(member["items"]?["constraints"]?.AsArray() ?? new JsonArray()))
            .Select(c => c!.AsObject())
            .ToList();

        Assert.NotEmpty(constraints);
        Assert.All(constraints, c =>
        {
            Assert.Equal("warning", c["severity"]!.GetValue<string>());
            Assert.Equal("InvalidParameterValue", c["errorCode"]!.GetValue<string>());
            Assert.Matches(@"^[A-Za-z0-9]+\.[A-Za-z0-9_]+\.(range|length|itemCount|allowedValues)$", c["id"]!.GetValue<string>());
            Assert.StartsWith("gaap/v20180529 ", c["provenance"]!["source"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains(c["provenance"]!["confidence"]!.GetValue<string>(), new[] { "high", "medium" });
            Assert.False(string.IsNullOrWhiteSpace(c["provenance"]!["documented"]!.GetValue<string>()));
        });
        var delayLoop = spec["actions"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "CreateTCPListeners")!["input"]!.AsArray()
            .Single(m => m!["name"]!.GetValue<string>() == "DelayLoop")!;
        Assert.Equal("CreateTCPListeners.DelayLoop.range", delayLoop["constraints"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(5, delayLoop["constraints"]![0]!["minimum"]!.GetValue<long>());
        Assert.Equal(300, delayLoop["constraints"]![0]!["maximum"]!.GetValue<long>());
    }

    [Fact]
    public void Mined_rules_are_warnings_in_the_action_or_object_they_tie_members_of()
    {
        var files = fixture.Corpus.Newest("vpc")!;
        var spec = SpecImporter.Import(files, fixture.Corpus.Sources);
        var without = SpecImporter.Import(files, fixture.Corpus.Sources, new ImportOptions { MineConstraints = false });

        var owners = spec["actions"]!.AsArray().Select(a => (Node: a!.AsObject(), Members: a["input"]!.AsArray()))
            .Concat(spec["objects"]!.AsArray().Select(o => (Node: o!.AsObject(), Members: o["members"]!.AsArray())))
            .Where(o => o.Node["rules"] is not null)
            .ToList();

        Assert.NotEmpty(owners);
        Assert.All(owners, owner =>
        {
            var names = owner.Members.Select(m => m!["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            Assert.All(owner.Node["rules"]!.AsArray(), rule =>
            {
                Assert.Equal("warning", rule!["severity"]!.GetValue<string>());
                Assert.Equal("InvalidParameter", rule["errorCode"]!.GetValue<string>());
                Assert.Contains(rule["kind"]!.GetValue<string>(), new[] { "atLeastOneOf", "atMostOneOf", "exactlyOneOf" });
                Assert.All(rule["members"]!.AsArray(), m => Assert.Contains(m!.GetValue<string>(), names));
                Assert.StartsWith("vpc/", rule["provenance"]!["source"]!.GetValue<string>(), StringComparison.Ordinal);
            });
        });
        Assert.DoesNotContain("\"rules\"", SpecJson.ToText(without), StringComparison.Ordinal);
    }

    [Fact]
    public void Response_members_carry_no_mined_constraint()
    {
        var files = fixture.Corpus.Newest("cvm")!;
        var spec = SpecImporter.Import(files, fixture.Corpus.Sources);

        var output = spec["actions"]!.AsArray().SelectMany(a => a!["output"]!.AsArray());

        Assert.DoesNotContain(output, m => m!["constraints"] is not null || m["items"]?["constraints"] is not null);
    }
}
