using TcApi.Import.Mining;
using TcApi.Import.Mining.Corpus;

namespace TcApi.Import.Tests.Mining;

/// <summary>Runs the reader on one member and describes what it mined the way the stats report does.</summary>
internal static class MinerTestDoc
{
    public static IReadOnlyList<MinedConstraint> Mine(string type, string element, string chinese, string? english = null, string member = "Value") =>
        ConstraintMiner.Mine(new MemberDoc("svc", "v20200101", "DoSomethingRequest", member, type, element, chinese, english));

    public static string[] Describe(string type, string element, string chinese, string? english = null, string member = "Value") =>
        Mine(type, element, chinese, english, member).Select(MineStatistics.Describe).ToArray();
}
