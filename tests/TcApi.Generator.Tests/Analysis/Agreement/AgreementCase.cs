using System.Text.Json.Nodes;

namespace TcApi.Generator.Tests.Analysis.Agreement;

/// <summary>A request built to break (or to satisfy) one rule, as wire values.</summary>
internal sealed record AgreementCase(SpecAction Action, string RuleId, bool Violates, JsonObject Input)
{
    public string Name => $"{Action.Name}:{RuleId}:{(Violates ? "breaks" : "keeps")}";
}
