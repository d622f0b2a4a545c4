using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>A request or object built to break (or to keep) one rule, as wire values.</summary>
internal sealed record AgreementCase(SpecType Type, string RuleId, bool Violates, string Variant, JsonObject Input)
{
    public string Name => $"{Type.SpecName}:{RuleId}:{(Violates ? "breaks" : "keeps")}{Variant}";
}
