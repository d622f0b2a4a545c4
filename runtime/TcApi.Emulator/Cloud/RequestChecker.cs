using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TcApi.Emulator.Cloud;

/// <summary>
/// Reads a request body against an action's members as the service does: an unknown member is UnknownParameter, a
/// missing required one MissingParameter, a value of the wrong JSON kind InvalidParameterValue (numbers may be strings,
/// as the service accepts), a broken constraint its error code (InvalidParameterValue unless it names another). A
/// constraint only the documentation states (severity warning: mined from the prose) rejects only when
/// <see cref="LocalCloudOptions.EnforceDocumentedConstraints"/> is on; enumerations are checked then too.
/// </summary>
internal sealed class RequestChecker
{
    private readonly ServiceShapes _service;
    private readonly bool _documented;

    public RequestChecker(ServiceShapes service, bool enforceDocumented)
    {
        _service = service;
        _documented = enforceDocumented;
    }

    public void Check(ActionShape action, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new ApiErrorResult("InvalidParameter", "The request body must be a JSON object.");
        }

        Members(action.Input, body, string.Empty);
    }

    private void Members(JsonElement members, JsonElement value, string path)
    {
        var known = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (members.ValueKind == JsonValueKind.Array)
        {
            foreach (var member in members.EnumerateArray())
            {
                known[member.GetProperty("name").GetString()!] = member;
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!known.TryGetValue(property.Name, out var member))
            {
                throw new ApiErrorResult("UnknownParameter", $"The parameter `{path}{property.Name}` is not recognized.");
            }

            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                Member(member, property.Value, path + property.Name);
            }
        }

        foreach (var (name, member) in known)
        {
            if (member.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True &&
                (!value.TryGetProperty(name, out var given) || given.ValueKind == JsonValueKind.Null))
            {
                throw new ApiErrorResult("MissingParameter", $"The request is missing the required parameter `{path}{name}`.");
            }
        }
    }

    private void Member(JsonElement member, JsonElement value, string path)
    {
        var type = member.GetProperty("type").GetString();
        if (type == "list")
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Kind(path, "a list");
            }

            var items = member.GetProperty("items");
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Single(items, item, $"{path}.{index}");
                ListItemConstraints(member, item, $"{path}.{index}");
                index++;
            }

            ListConstraints(member, value, path);
            return;
        }

        Single(member, value, path);
    }

    /// <summary>One value of a member or of a list's items (both name type, object, enum and constraints alike).</summary>
    private void Single(JsonElement shape, JsonElement value, string path)
    {
        switch (shape.GetProperty("type").GetString())
        {
            case "string":
            case "binary":
                if (value.ValueKind != JsonValueKind.String)
                {
                    throw Kind(path, "a string");
                }

                break;
            case "integer":
                if (Number(value) is not { } integer || integer != Math.Floor(integer))
                {
                    throw Kind(path, "an integer");
                }

                break;
            case "float":
                if (Number(value) is null)
                {
                    throw Kind(path, "a number");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) && !(value.ValueKind == JsonValueKind.String && value.GetString() is "true" or "false"))
                {
                    throw Kind(path, "true or false");
                }

                break;
            case "flag":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) && Number(value) is not (0 or 1))
                {
                    throw Kind(path, "0 or 1");
                }

                break;
            case "enum":
                Enum(shape, value, path);
                break;
            case "object":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw Kind(path, "an object");
                }

                var name = shape.GetProperty("object").GetString()!;
                Members(_service.Objects.GetValueOrDefault(name), value, path + ".");
                break;
        }

        if (shape.TryGetProperty("constraints", out var constraints))
        {
            foreach (var constraint in constraints.EnumerateArray())
            {
                ValueConstraint(constraint, value, path);
            }
        }
    }

    private void Enum(JsonElement shape, JsonElement value, string path)
    {
        var e = _service.Enums.GetValueOrDefault(shape.GetProperty("enum").GetString()!);
        var isString = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("wireType", out var wire) && wire.GetString() == "string";
        if (isString ? value.ValueKind != JsonValueKind.String : Number(value) is null)
        {
            throw Kind(path, isString ? "a string" : "an integer");
        }

        if (_documented && e.ValueKind == JsonValueKind.Object)
        {
            var text = Text(value);
            if (!e.GetProperty("values").EnumerateArray().Any(v => Text(v.GetProperty("wire")) == text))
            {
                throw new ApiErrorResult("InvalidParameterValue", $"The value of `{path}` ({text}) is not one of the documented values.");
            }
        }
    }

    /// <summary>The list member's own constraints that hold for each item (range, length, byte length, pattern, allowed values).</summary>
    private void ListItemConstraints(JsonElement member, JsonElement item, string path)
    {
        if (member.TryGetProperty("constraints", out var constraints))
        {
            foreach (var constraint in constraints.EnumerateArray())
            {
                ValueConstraint(constraint, item, path);
            }
        }
    }

    private void ListConstraints(JsonElement member, JsonElement list, string path)
    {
        if (!member.TryGetProperty("constraints", out var constraints))
        {
            return;
        }

        foreach (var constraint in constraints.EnumerateArray())
        {
            if (!Enforced(constraint))
            {
                continue;
            }

            var count = list.GetArrayLength();
            switch (constraint.GetProperty("kind").GetString())
            {
                case "itemCount" when Int(constraint, "minItems") is { } min && count < min:
                    throw Broken(constraint, $"`{path}` needs at least {min} items (has {count}).");
                case "itemCount" when Int(constraint, "maxItems") is { } max && count > max:
                    throw Broken(constraint, $"`{path}` may have at most {max} items (has {count}).");
                case "uniqueItems":
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var item in list.EnumerateArray())
                    {
                        if (!seen.Add(item.GetRawText()))
                        {
                            throw Broken(constraint, $"`{path}` lists {item.GetRawText()} twice.");
                        }
                    }

                    break;
            }
        }
    }

    private void ValueConstraint(JsonElement constraint, JsonElement value, string path)
    {
        if (!Enforced(constraint))
        {
            return;
        }

        switch (constraint.GetProperty("kind").GetString())
        {
            case "range" when Number(value) is { } number:
                if ((Double(constraint, "minimum") is { } min && number < min) || (Double(constraint, "maximum") is { } max && number > max) ||
                    (Double(constraint, "exclusiveMinimum") is { } xmin && number <= xmin) || (Double(constraint, "exclusiveMaximum") is { } xmax && number >= xmax))
                {
                    throw Broken(constraint, $"`{path}` is out of range ({Text(value)}).");
                }

                break;
            case "length" when value.ValueKind == JsonValueKind.String:
                var length = value.GetString()!.Length;
                if ((Int(constraint, "minLength") is { } minLength && length < minLength) || (Int(constraint, "maxLength") is { } maxLength && length > maxLength))
                {
                    throw Broken(constraint, $"The length of `{path}` ({length}) is out of range.");
                }

                break;
            case "byteLength" when value.ValueKind == JsonValueKind.String:
                var bytes = Encoding.UTF8.GetByteCount(value.GetString()!);
                if ((Int(constraint, "minBytes") is { } minBytes && bytes < minBytes) || (Int(constraint, "maxBytes") is { } maxBytes && bytes > maxBytes))
                {
                    throw Broken(constraint, $"The length of `{path}` in UTF-8 bytes ({bytes}) is out of range.");
                }

                break;
            case "pattern" when value.ValueKind == JsonValueKind.String:
                var pattern = constraint.GetProperty("pattern").GetString()!;
                if (!Regex.IsMatch(value.GetString()!, pattern.EndsWith('$') ? pattern[..^1] + @"\z" : pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    throw Broken(constraint, $"`{path}` does not match {pattern}.");
                }

                break;
            case "allowedValues":
                var text = Text(value);
                if (!constraint.GetProperty("values").EnumerateArray().Any(v => Text(v) == text))
                {
                    throw Broken(constraint, $"`{path}` ({text}) is not one of the allowed values.");
                }

                break;
        }
    }

    private bool Enforced(JsonElement constraint) =>
        _documented || !constraint.TryGetProperty("severity", out var severity) || severity.GetString() != "warning";

    private static ApiErrorResult Broken(JsonElement constraint, string message) =>
        new(constraint.TryGetProperty("errorCode", out var code) ? code.GetString()! : "InvalidParameterValue", message);

    private static ApiErrorResult Kind(string path, string expected) =>
        new("InvalidParameterValue", $"The value of `{path}` must be {expected}.");

    /// <summary>A number, or a string holding one (the service reads both).</summary>
    private static double? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double? Double(JsonElement constraint, string name) =>
        constraint.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static long? Int(JsonElement constraint, string name) =>
        constraint.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
