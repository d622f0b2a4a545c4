using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;
using TcApi.Generator.Spec;

namespace TcApi.Generator.Emit.Code;

/// <summary>The C# pieces of a generated request, response or object: its members' code and its rules.</summary>
internal sealed class TypeCode
{
    /// <summary>Locals the generated methods declare themselves; a member's local never takes these names.</summary>
    private static readonly HashSet<string> ReservedLocals = new()
    {
        "reader", "mode", "writer", "context", "index", "item", "first", "count", "left", "right", "value", "values", "state",
        "builder", "other", "hash", "e", "name", "text", "wire", "sawData", "declaredError", "utf8Json", "buffer", "request",
        "cancellationToken", "present",
    };

    public TypeCode(string typeName, ServiceHeader header, TypeRole role, bool alsoReadFromResponses,
        IEnumerable<MemberModel> members, IEnumerable<RuleModel> rules, IEnumerable<EnumModel> enums)
    {
        TypeName = typeName;
        Header = header;
        Role = role;
        var enumsByName = enums.ToDictionary(e => e.Name);
        // A local never takes a property's name either (a spec may name a member "rs_name", whose camelCase is itself).
        var memberList = members.ToList();
        var locals = new HashSet<string>(ReservedLocals.Concat(memberList.Select(m => m.PropertyName)));
        var list = new List<MemberCode>();
        foreach (var member in memberList)
        {
            var code = new MemberCode(member, header.Namespace, member.Scalar == ScalarKind.Enum ? enumsByName[member.Reference!] : null, role, alsoReadFromResponses);
            var local = CSharpNames.Local(member.PropertyName);
            var candidate = local;
            for (var n = 2; !locals.Add(candidate.TrimStart('@')); n++)
            {
                candidate = local.TrimStart('@') + (n == 2 ? "Value" : "Value" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            code.Local = candidate;
            list.Add(code);
        }

        Members = list;
        ByWireName = list.ToDictionary(m => m.WireName);
        Rules = rules.ToList();
        HasLists = list.Any(m => m.Member.IsList);
        UsesObsolete = list.Any(m => m.Member.Deprecated);
    }

    public string TypeName { get; }

    public ServiceHeader Header { get; }

    public TypeRole Role { get; }

    public IReadOnlyList<MemberCode> Members { get; }

    public IReadOnlyDictionary<string, MemberCode> ByWireName { get; }

    public IReadOnlyList<RuleModel> Rules { get; }

    public bool HasLists { get; }

    public bool UsesObsolete { get; }
}
