using TcApi.Generator.Tests.Catalog;

namespace TcApi.Generator.Tests;

/// <summary>
/// An object a request of the full service carries may keep its rules there, yet an Actions= subset may reach it only
/// through a response: the subset must still build (batch DescribeJobSubmitInfo's Application broke it, TCAPI0005).
/// </summary>
public class ActionSubsetRuleTests
{
    private const string Spec = """
        {
          "formatVersion": 2, "service": "demo", "apiVersion": "2020-01-01", "endpoint": "demo.tencentcloudapi.com", "namespace": "Demo.Api",
          "provenance": { "documentation": "https://example.com/demo" },
          "objects": [
            { "name": "Application", "description": "An application.",
              "members": [ { "name": "Command", "type": "string", "description": "Command." }, { "name": "Package", "type": "string", "description": "Package." } ],
              "rules": [ { "id": "Application.Command.Package.atMostOneOf", "kind": "atMostOneOf", "members": ["Command", "Package"],
                           "message": "At most one of {members} should be set (found {count})", "severity": "warning", "errorCode": "InvalidParameter",
                           "provenance": { "inferred": "test" } } ] }
          ],
          "actions": [
            { "name": "SubmitJob", "description": "Submits.", "errorCodes": [],
              "input": [ { "name": "Application", "type": "object", "object": "Application", "description": "What to run." } ],
              "output": [ { "name": "RequestId", "type": "string", "required": true, "description": "Id." } ] },
            { "name": "DescribeJob", "description": "Describes.", "errorCodes": [],
              "input": [],
              "output": [ { "name": "Application", "type": "object", "object": "Application", "description": "What runs." },
                          { "name": "RequestId", "type": "string", "required": true, "description": "Id." } ] }
          ]
        }
        """;

    [Theory]
    [InlineData("DescribeJob", false)]
    [InlineData("SubmitJob", true)]
    [InlineData("SubmitJob+DescribeJob", true)]
    public void A_subset_keeps_an_objects_rules_only_where_its_requests_carry_the_object(string actions, bool ruleKept)
    {
        var (result, output) = new CatalogProject().CatalogSpec("demo", "2020-01-01", Spec).Run($"demo||{actions}");

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Equal(ruleKept, result.GeneratedSources.Any(s => s.SourceText.ToString().Contains("Application.Command.Package.atMostOneOf", StringComparison.Ordinal)));
    }
}
