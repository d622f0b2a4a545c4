using TcApi.Import.Corpus;
using TcApi.Import.Tencent;

namespace TcApi.Import.Mining.Corpus;

/// <summary>
/// One member's mined constraints, where the member is, and whether it belongs to an action's request; its length in
/// bytes apart (not written into specs yet).
/// </summary>
public sealed record MinedMember(string Service, string Version, string Object, string Member, bool IsRequest, IReadOnlyList<MinedConstraint> Constraints, MinedByteLength? ByteLength = null);

/// <summary>One object's mined rules.</summary>
public sealed record MinedObjectRules(string Service, string Version, string Object, IReadOnlyList<MinedRule> Rules);

/// <summary>What the reader finds in one service version: the members it reads, per member the constraints, per object the rules.</summary>
public sealed record MinedServiceVersion(
    ServiceVersionFiles Files,
    ApiDocument Primary,
    IReadOnlyList<MinedMember> Members,
    IReadOnlyList<MinedObjectRules> Rules,
    int RequestMembersRead);

/// <summary>A member the reader reads, as it is given to it, and whether it belongs to an action's request.</summary>
public sealed record ReadMember(MemberDoc Doc, bool IsRequest);

/// <summary>
/// Runs the constraint reader over a service version the way the importer does: every member of an action's request
/// and of every object a request can carry (<see cref="RequestReach"/>), never a response.
/// </summary>
public static class CorpusMining
{
    public static MinedServiceVersion Mine(ServiceVersionFiles files)
    {
        var primary = ApiDocument.Parse(files.ChineseApi ?? files.EnglishApi!);
        var members = new List<MinedMember>();
        var rules = new List<MinedObjectRules>();
        var requestMembers = 0;
        foreach (var objectMembers in ReadObjects(files, primary))
        {
            var docs = new List<(string, string, string?)>(objectMembers.Count);
            foreach (var (doc, isRequest) in objectMembers)
            {
                docs.Add((doc.Member, doc.Chinese, doc.English));
                requestMembers += isRequest ? 1 : 0;
                var mined = ConstraintMiner.Mine(doc);
                var bytes = ConstraintMiner.MineByteLength(doc);
                if (mined.Count > 0 || bytes is not null)
                {
                    members.Add(new MinedMember(files.Service, files.Version, doc.Owner, doc.Member, isRequest, mined, bytes));
                }
            }

            if (ConstraintMiner.MineRules(docs) is { Count: > 0 } objectRules)
            {
                rules.Add(new MinedObjectRules(files.Service, files.Version, objectMembers[0].Doc.Owner, objectRules));
            }
        }

        return new MinedServiceVersion(files, primary, members, rules, requestMembers);
    }

    /// <summary>Every member the reader reads in <paramref name="files"/>, object by object in ordinal order.</summary>
    public static IEnumerable<ReadMember> Members(ServiceVersionFiles files) =>
        ReadObjects(files, ApiDocument.Parse(files.ChineseApi ?? files.EnglishApi!)).SelectMany(o => o);

    private static IEnumerable<List<ReadMember>> ReadObjects(ServiceVersionFiles files, ApiDocument primary)
    {
        var chinese = files.ChineseApi is not null;
        var english = chinese && files.EnglishApi is { } englishApi ? ApiDocument.Parse(englishApi) : null;
        var requests = primary.Actions.Values.Select(a => a.Input).ToHashSet(StringComparer.Ordinal);
        var carried = RequestReach.Of(primary);
        foreach (var (name, obj) in primary.Objects.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var isRequest = requests.Contains(name);
            if ((!isRequest && !carried.Contains(name)) || obj.Members.Count == 0)
            {
                continue;
            }

            var englishObject = english?.Objects.GetValueOrDefault(name);
            var members = new List<ReadMember>(obj.Members.Count);
            foreach (var member in obj.Members)
            {
                var englishDoc = englishObject?.Members.FirstOrDefault(m => m.Name == member.Name)?.Document;
                var zh = chinese ? member.Document : string.Empty;
                var en = chinese ? englishDoc : member.Document;
                members.Add(new ReadMember(new MemberDoc(files.Service, files.Version, name, member.Name, member.Type, member.Member, zh, en), isRequest));
            }

            yield return members;
        }
    }
}
