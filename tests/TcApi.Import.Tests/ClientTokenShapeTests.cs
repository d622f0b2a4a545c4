using TcApi.Import.Tencent;
using TcApi.Import.Translation;

namespace TcApi.Import.Tests;

/// <summary>Which actions take an idempotency key (the spec's <c>clientToken</c>), as the importer reads it from Tencent's metadata.</summary>
[Collection(nameof(CorpusCollection))]
public class ClientTokenShapeTests(CorpusFixture fixture)
{
    private static TencentMember Member(string name, string type, string document = "", bool disabled = false) =>
        new(name, type, type, document, null, false, false, false, disabled);

    private static TencentObject Object(params TencentMember[] members) => new("X", string.Empty, members, null);

    private List<(string Action, string Member)> Found()
    {
        var found = new List<(string, string)>();
        foreach (var files in fixture.Corpus.ServiceVersions)
        {
            var primary = ApiDocument.Parse(files.ChineseApi ?? files.EnglishApi!);
            var english = files.ChineseApi is not null && files.EnglishApi is { } en ? ApiDocument.Parse(en) : null;
            foreach (var action in primary.Actions.Values)
            {
                if (ClientTokenShape.Detect(primary.Objects.GetValueOrDefault(action.Input), english?.Objects.GetValueOrDefault(action.Input)) is { } key)
                {
                    found.Add(($"{files.Service}/{files.Version}/{action.Name}", key["member"]!.GetValue<string>()));
                }
            }
        }

        return found;
    }

    [Fact]
    public void Every_action_with_an_idempotency_key_is_found_and_none_whose_documentation_disclaims_it()
    {
        var found = Found();

        // 79 string members named ClientToken in the corpus and gse's IdempotencyToken, less the five Tencent disables
        // or disclaims (ess CreateDocument, CreateFlow, StartFlow; cfw AddEnterpriseSecurityGroupRules; ecm RunInstances).
        Assert.Equal(75, found.Count);
        Assert.Equal(74, found.Count(f => f.Member == "ClientToken"));
        Assert.Contains(("cvm/v20170312/RunInstances", "ClientToken"), found);
        Assert.Contains(("vpc/v20170312/AllocateAddresses", "ClientToken"), found);
        Assert.Contains(("gse/v20191112/CreateGameServerSession", "IdempotencyToken"), found);
        Assert.DoesNotContain(found, f => f.Action is "ecm/v20190719/RunInstances" or "cfw/v20190904/AddEnterpriseSecurityGroupRules" or "ess/v20201111/CreateFlow" or "ess/v20201111/StartFlow");
    }

    [Fact]
    public void RunInstances_quotes_the_sentence_that_documents_its_key()
    {
        var files = fixture.Corpus.Find("cvm", "2017-03-12")!;
        var primary = ApiDocument.Parse(files.ChineseApi!);
        var english = ApiDocument.Parse(files.EnglishApi!);
        var input = primary.Actions["RunInstances"].Input;

        var key = ClientTokenShape.Detect(primary.Objects[input], english.Objects.GetValueOrDefault(input))!;

        Assert.Equal("ClientToken", key["member"]!.GetValue<string>());
        Assert.Equal("A unique string supplied by the client to ensure that the request is idempotent.", key["provenance"]!["documented"]!.GetValue<string>());
    }

    [Fact]
    public void A_ClientToken_without_documentation_is_inferred_from_its_name_and_other_members_are_no_key()
    {
        var named = ClientTokenShape.Detect(Object(Member("ClientToken", "string", "Token")), null)!;
        Assert.Contains("named ClientToken", named["provenance"]!["inferred"]!.GetValue<string>());

        Assert.Null(ClientTokenShape.Detect(Object(Member("ClientToken", "int", "用于保证请求幂等性的字符串。")), null));
        Assert.Null(ClientTokenShape.Detect(Object(Member("ClientToken", "string", "用于保证请求幂等性的字符串。", disabled: true)), null));
        Assert.Null(ClientTokenShape.Detect(Object(Member("ClientToken", "string", "<p>该字段已不再使用</p>")), null));
        Assert.Null(ClientTokenShape.Detect(Object(Member("ClientToken", "string", "幂等")), Object(Member("ClientToken", "string", "Currently, it is a reserved parameter; therefore, do not use it."))));
        Assert.Null(ClientTokenShape.Detect(Object(Member("SessionToken", "string", "临时证书密钥的Token。")), null));
        Assert.Equal("IdempotencyToken", ClientTokenShape.Detect(Object(Member("IdempotencyToken", "string", "Idempotency token. Up to 48 ASCII characters are allowed.")), null)!["member"]!.GetValue<string>());
    }
}
