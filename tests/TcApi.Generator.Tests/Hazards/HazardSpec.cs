namespace TcApi.Generator.Tests.Hazards;

/// <summary>A spec of a few objects and actions around one hazard, with the header every spec needs.</summary>
internal static class HazardSpec
{
    public const string Path = "/specs/hazard-v20200101.tcapi.json";

    public static string Text(string actions, string objects = "[]", string enums = "[]") => $$"""
        {
          "formatVersion": 2,
          "service": "hazard",
          "apiVersion": "2020-01-01",
          "endpoint": "hazard.tencentcloudapi.com",
          "namespace": "TcApi.Hazard.V20200101",
          "provenance": { "documentation": "https://example.com/hazard" },
          "enums": {{enums}},
          "objects": {{objects}},
          "actions": {{actions}}
        }
        """;

    /// <summary>An action with the given input and output members (RequestId is added to the output).</summary>
    public static string Action(string name, string input = "", string output = "", string extra = "") => $$"""
        {
          "name": "{{name}}", "description": "Calls {{name}}.", {{extra}}
          "input": [ {{input}} ],
          "output": [ {{(output.Length > 0 ? output + "," : string.Empty)}} { "name": "RequestId", "type": "string", "description": "The request." } ],
          "errorCodes": []
        }
        """;

    public static Microsoft.CodeAnalysis.AdditionalText File(string text) => GeneratorHarness.Spec(text, Path);

    public static Microsoft.CodeAnalysis.AdditionalText Overlay(string body) => GeneratorHarness.Spec($$"""
        { "formatVersion": 2, "service": "hazard", "apiVersion": "2020-01-01", {{body}} }
        """, "/specs/hazard-v20200101.tcapi-overlay.json");
}
