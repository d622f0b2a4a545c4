namespace TcApi.Generator.Model;

/// <summary>Where an object appears: in requests, in responses, or both. It decides how the object is generated.</summary>
[System.Flags]
internal enum ObjectUsage
{
    None = 0,
    Input = 1,
    Output = 2,
    Both = Input | Output,
}

/// <summary>A named structure used as a member's type or as list items, with its members and its own rules.</summary>
internal sealed record ObjectModel(
    string Name,
    string TypeName,
    string Description,
    ObjectUsage Usage,
    EquatableArray<MemberModel> Members,
    EquatableArray<RuleModel> Rules)
{
    public bool IsInput => (Usage & ObjectUsage.Input) != 0;
}
