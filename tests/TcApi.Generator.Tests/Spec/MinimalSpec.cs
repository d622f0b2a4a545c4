namespace TcApi.Generator.Tests.Spec;

/// <summary>A small valid spec that the malformed-spec cases break one place at a time.</summary>
internal static class MinimalSpec
{
    public const string Text = """
        {
          "formatVersion": 2,
          "service": "mini",
          "apiVersion": "2020-01-01",
          "endpoint": "mini.tencentcloudapi.com",
          "namespace": "Mini.Api",
          "provenance": { "documentation": "https://example.com/mini" },
          "enums": [
            { "name": "Mode", "wireType": "string", "values": [ { "wire": "a", "name": "A" }, { "wire": "b", "name": "B" } ] }
          ],
          "actions": [
            {
              "name": "Ping",
              "description": "Pings.",
              "input": [
                { "name": "Count", "type": "integer", "required": true, "description": "How many.",
                  "constraints": [ { "id": "Ping.Count.range", "kind": "range", "minimum": 1, "maximum": 5,
                                     "message": "{member} must be between {minimum} and {maximum}", "errorCode": "InvalidParameterValue",
                                     "provenance": { "inferred": "test" } } ] },
                { "name": "Label", "type": "string", "description": "A label." },
                { "name": "Mode", "type": "enum", "enum": "Mode", "description": "A mode." }
              ],
              "output": [ { "name": "RequestId", "type": "string", "required": true, "description": "Id." } ],
              "rules": [
                { "id": "Ping.LabelNeedsMode", "kind": "dependentRequired", "member": "Label", "requires": ["Mode"],
                  "message": "{member} needs {requires}", "errorCode": "MissingParameter", "provenance": { "inferred": "test" } }
              ],
              "errorCodes": [ { "code": "InvalidParameterValue", "description": "Bad value." } ],
              "examples": [ { "title": "ok", "input": { "Count": 2 }, "expect": "valid" } ]
            }
          ]
        }
        """;
}
