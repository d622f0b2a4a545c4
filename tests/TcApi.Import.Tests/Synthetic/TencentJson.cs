namespace TcApi.Import.Tests.Synthetic;

/// <summary>Pieces of Tencent's api.json and examples.json, written as the corpus writes them.</summary>
internal static class TencentJson
{
    /// <summary>A member: <paramref name="type"/> is a scalar, <c>object</c> or <c>list</c>; <paramref name="of"/> the width, object or item type.</summary>
    public static string Member(string name, string type = "string", string? of = null, bool required = false, bool disabled = false, string? document = null) =>
        $$"""{ "name": "{{name}}", "type": "{{type}}", "member": "{{of ?? type}}", "document": {{System.Text.Json.JsonSerializer.Serialize(document ?? $"The {name}.")}}, "required": {{Bool(required)}}, "disabled": {{Bool(disabled)}} }""";

    public static string Object(string name, params string[] members) =>
        $$"""
        "{{name}}": { "document": "The {{name}} structure.", "members": [ {{string.Join(", ", members)}} ] }
        """;

    /// <summary>A data object with Tencent's <c>usage</c> label (<c>in</c>, <c>out</c> or <c>both</c>), which is not always true.</summary>
    public static string DataObject(string name, string usage, params string[] members) =>
        $$"""
        "{{name}}": { "document": "The {{name}} structure.", "usage": "{{usage}}", "members": [ {{string.Join(", ", members)}} ] }
        """;

    /// <summary>An action whose input and output are <c>&lt;name&gt;Request</c> and <c>&lt;name&gt;Response</c>.</summary>
    public static string Action(string name, string status = "online") =>
        $$"""
        "{{name}}": { "name": "{{name}}", "document": "Calls {{name}}.", "input": "{{name}}Request", "output": "{{name}}Response", "status": "{{status}}" }
        """;

    /// <summary>A response's members: the action's, then RequestId.</summary>
    public static string Response(string action, params string[] members) =>
        Object(action + "Response", [.. members, Member("RequestId")]);

    public static string Map(params string[] entries) => "{ " + string.Join(", ", entries) + " }";

    /// <summary>An example as examples.json has it: the request as published text, the response as JSON text.</summary>
    public static string Example(string input, string output) =>
        $$"""{ "title": "Example", "document": "", "input": {{System.Text.Json.JsonSerializer.Serialize(input)}}, "output": {{System.Text.Json.JsonSerializer.Serialize(output)}} }""";

    /// <summary>A request written as Tencent writes most: an HTTP POST with a JSON body.</summary>
    public static string Post(string action, string body) =>
        $"POST / HTTP/1.1\nHost: demo.tencentcloudapi.com\nContent-Type: application/json\nX-TC-Action: {action}\n<公共请求参数>\n\n{body}";

    private static string Bool(bool value) => value ? "true" : "false";
}
