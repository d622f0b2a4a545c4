using System.Text.Json.Nodes;
using TcApi.Import.Corpus;
using TcApi.Import.Mining;
using TcApi.Import.Tencent;

namespace TcApi.Import.Import;

/// <summary>What an import does besides translating the metadata.</summary>
public sealed record ImportOptions
{
    /// <summary>The default: constraints read from the documentation are added (as warnings).</summary>
    public static readonly ImportOptions Default = new();

    /// <summary>Read constraints out of each request and input member's documentation (<see cref="ConstraintMiner"/>).</summary>
    public bool MineConstraints { get; init; } = true;

    /// <summary>
    /// Also write lengths stated in bytes (<see cref="ConstraintMiner.MineByteLength"/>) as <c>byteLength</c> constraints. Off by
    /// default: format 2 and the generator do not know the kind yet.
    /// </summary>
    public bool MineByteLengths { get; init; }
}

public sealed partial class SpecImporter
{
    private ImportOptions _options = ImportOptions.Default;
    private IReadOnlySet<string>? _requestObjects;

    /// <summary>Whether the client checks what is written on <paramref name="objectName"/> in <paramref name="role"/>: a request, or an object a request reaches.</summary>
    private bool Checked(string objectName, MemberRole role) =>
        role == MemberRole.Request || (role == MemberRole.Data && (_requestObjects ??= RequestReach.Of(_primary)).Contains(objectName));

    /// <summary>The base spec of <paramref name="files"/>, imported with <paramref name="options"/>.</summary>
    public static JsonObject Import(ServiceVersionFiles files, CorpusSources sources, ImportOptions options, string schema = SchemaAddress) =>
        new SpecImporter(files, sources, schema) { _options = options }.Build();

    /// <summary>
    /// The rules the documentation states among an object's members (<see cref="ConstraintMiner.MineRules"/>), as
    /// warnings in the action's or object's <c>rules</c>: only where the client checks them, as for constraints (the
    /// generator refuses rules on an object only responses reach).
    /// </summary>
    private void AddMinedRules(JsonObject node, string objectName, string owner, MemberRole role)
    {
        if (!_options.MineConstraints || !Checked(objectName, role) || !_primary.Objects.TryGetValue(objectName, out var source))
        {
            return;
        }

        var english = _english?.Objects.GetValueOrDefault(objectName);
        var docs = source.Members.Select(m => (m.Name, _primaryIsChinese ? m.Document : string.Empty,
            _primaryIsChinese ? english?.Members.FirstOrDefault(e => e.Name == m.Name)?.Document : m.Document)).ToList();
        var rules = ConstraintMiner.MineRules(docs);
        if (rules.Count == 0)
        {
            return;
        }

        var list = node["rules"] as JsonArray ?? new JsonArray();
        foreach (var rule in rules)
        {
            list.Add(MinedSpecJson.Rule(rule, owner, $"{_service}/{_files.Version} {objectName}"));
        }

        node["rules"] = list;
    }

    /// <summary>
    /// The mined constraints of one member, added to its node: only where the client checks them (a request, or an
    /// object a request can reach, <see cref="RequestReach"/>), never on a response.
    /// </summary>
    private void AddMinedConstraints(JsonObject node, string objectName, string typeName, TencentMember member, string? englishDoc, MemberRole role)
    {
        if (!_options.MineConstraints || !Checked(objectName, role))
        {
            return;
        }

        var doc = new MemberDoc(_service, _files.Version, objectName, member.Name, member.Type, member.Member, _primaryIsChinese ? member.Document : string.Empty,
            _primaryIsChinese ? englishDoc : member.Document);
        var mined = ConstraintMiner.Mine(doc);
        var owner = role == MemberRole.Request && typeName.EndsWith("Request", StringComparison.Ordinal) ? typeName[..^"Request".Length] : objectName;
        var source = $"{_service}/{_files.Version} {objectName}.{member.Name}";
        if (mined.Count > 0)
        {
            MinedSpecJson.AddTo(node, mined, owner, member.Name, source);
        }

        if (_options.MineByteLengths && ConstraintMiner.MineByteLength(doc) is { } bytes)
        {
            MinedSpecJson.AddTo(node, bytes, owner, member.Name, source);
        }
    }
}
