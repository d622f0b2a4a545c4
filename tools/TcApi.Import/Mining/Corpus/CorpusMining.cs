using TcApi.Import.Corpus;
using TcApi.Import.Tencent;

namespace TcApi.Import.Mining.Corpus;

/// <summary>One member's mined constraints, where the member is, and whether it belongs to an action's request.</summary>
public sealed record MinedMember(string Service, string Version, string Object, string Member, bool IsRequest, IReadOnlyList<MinedConstraint> Constraints);

/// <summary>One object's mined rules.</summary>
public sealed record MinedObjectRules(string Service, string Version, string Object, IReadOnlyList<MinedRule> Rules);

/// <summary>What the reader finds in one service version: the members it reads, per member the constraints, per object the rules.</summary>
public sealed record MinedServiceVersion(
    ServiceVersionFiles Files,
    ApiDocument Primary,
    IReadOnlyList<MinedMember> Members,
    IReadOnlyList<MinedObjectRules> Rules,
    int RequestMembersRead);

/// <summary>
/// Runs the constraint reader over a service version the way the importer does: every member of an action's request
/// and of every object a request can carry (<see cref="RequestReach"/>), never a response.
/// </summary>
public static class CorpusMining
{
    public static MinedServiceVersion Mine(ServiceVersionFiles files)
    {
        var chinese = files.ChineseApi is not null;
        var primary = ApiDocument.Parse(files.ChineseApi ?? files.EnglishApi!);
        var english = chinese && files.EnglishApi is { } englishApi ? ApiDocument.Parse(englishApi) : null;
        var requests = primary.Actions.Values.Select(a => a.Input).ToHashSet(StringComparer.Ordinal);
        var carried = RequestReach.Of(primary);
        var members = new List<MinedMember>();
        var rules = new List<MinedObjectRules>();
        var requestMembers = 0;
        foreach (var (name, obj) in primary.Objects.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var isRequest = requests.Contains(name);
            if (!isRequest && !carried.Contains(name))
            {
                continue;
            }

            var englishObject = english?.Objects.GetValueOrDefault(name);
            var docs = new List<(string, string, string?)>(obj.Members.Count);
            foreach (var member in obj.Members)
            {
                var englishDoc = englishObject?.Members.FirstOrDefault(m => m.Name == member.Name)?.Document;
                var zh = chinese ? member.Document : string.Empty;
                var en = chinese ? englishDoc : member.Document;
                docs.Add((member.Name, zh, en));
                requestMembers += isRequest ? 1 : 0;
                var mined = ConstraintMiner.Mine(new MemberDoc(files.Service, files.Version, name, member.Name, member.Type, member.Member, zh, en));
                if (mined.Count > 0)
                {
                    members.Add(new MinedMember(files.Service, files.Version, name, member.Name, isRequest, mined));
                }
            }

            if (ConstraintMiner.MineRules(docs) is { Count: > 0 } objectRules)
            {
                rules.Add(new MinedObjectRules(files.Service, files.Version, name, objectRules));
            }
        }

        return new MinedServiceVersion(files, primary, members, rules, requestMembers);
    }
}
