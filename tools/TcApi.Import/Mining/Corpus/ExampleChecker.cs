using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TcApi.Import.Tencent;

namespace TcApi.Import.Mining.Corpus;

/// <summary>A published example value that breaks a mined constraint.</summary>
public sealed record ExampleViolation(string Service, string Version, string Action, string Path, string Object, string Member, MinedConstraint Constraint, string Value);

/// <summary>
/// Checks a published example's request against the mined constraints of its action's request members, at any depth
/// (objects and lists of objects), the way <c>Validate()</c> would. Values of the wrong JSON kind (text where a number
/// is expected) are read as numbers when they are numbers written as text (legacy query examples), else not checked.
/// </summary>
public sealed class ExampleChecker
{
    private readonly ApiDocument _api;
    private readonly Dictionary<(string Object, string Member), IReadOnlyList<MinedConstraint>> _constraints;
    private readonly string _service;
    private readonly string _version;

    public ExampleChecker(MinedServiceVersion mined)
    {
        _api = mined.Primary;
        _service = mined.Files.Service;
        _version = mined.Files.Version;
        _constraints = mined.Members.ToDictionary(m => (m.Object, m.Member), m => m.Constraints);
    }

    public IEnumerable<ExampleViolation> Check(string action, JsonObject input)
    {
        var violations = new List<ExampleViolation>();
        if (_api.Actions.TryGetValue(action, out var a))
        {
            CheckObject(action, a.Input, input, string.Empty, violations, depth: 0);
        }

        return violations;
    }

    private void CheckObject(string action, string objectName, JsonObject value, string path, List<ExampleViolation> violations, int depth)
    {
        if (depth > 16 || !_api.Objects.TryGetValue(objectName, out var obj))
        {
            return;
        }

        foreach (var member in obj.Members)
        {
            if (!value.TryGetPropertyValue(member.Name, out var node) || node is null)
            {
                continue;
            }

            var here = $"{path}/{member.Name}";
            var constraints = _constraints.GetValueOrDefault((objectName, member.Name)) ?? Array.Empty<MinedConstraint>();
            void Violate(MinedConstraint c, JsonNode offending, string at) =>
                violations.Add(new ExampleViolation(_service, _version, action, at, objectName, member.Name, c, offending.ToJsonString()));

            if (member.Type == "list" && node is JsonArray items)
            {
                foreach (var c in constraints.Where(c => c.Kind == MinedKind.ItemCount))
                {
                    if ((c.Minimum is { } min && items.Count < min) || (c.Maximum is { } max && items.Count > max))
                    {
                        Violate(c, JsonValue.Create(items.Count)!, here);
                    }
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is not { } item)
                    {
                        continue;
                    }

                    foreach (var c in constraints.Where(c => c.OnItems))
                    {
                        if (Breaks(c, item))
                        {
                            Violate(c, item, $"{here}/{i}");
                        }
                    }

                    if (item is JsonObject nested)
                    {
                        CheckObject(action, member.Member, nested, $"{here}/{i}", violations, depth + 1);
                    }
                }

                continue;
            }

            foreach (var c in constraints.Where(c => !c.OnItems && c.Kind != MinedKind.ItemCount))
            {
                if (Breaks(c, node))
                {
                    Violate(c, node, here);
                }
            }

            if (member.Type == "object" && node is JsonObject child)
            {
                CheckObject(action, member.Member, child, here, violations, depth + 1);
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> breaks <paramref name="c"/>; a value that cannot be read as the constraint's kind does not.</summary>
    public static bool Breaks(MinedConstraint c, JsonNode value)
    {
        switch (c.Kind)
        {
            case MinedKind.Range:
                return Number(value) is { } n
                    && ((c.Minimum is { } min && n < min) || (c.Maximum is { } max && n > max)
                        || (c.ExclusiveMinimum is { } xmin && n <= xmin) || (c.ExclusiveMaximum is { } xmax && n >= xmax));
            case MinedKind.Length:
                return Text(value) is { } s && ((c.Minimum is { } lmin && s.Length < lmin) || (c.Maximum is { } lmax && s.Length > lmax));
            case MinedKind.AllowedValues:
                var text = c.IntegerValues ? Number(value)?.ToString(CultureInfo.InvariantCulture) : Text(value);
                return text is not null && !c.Values.Contains(text, StringComparer.Ordinal);
            default:
                return false;
        }
    }

    private static decimal? Number(JsonNode value) => value is JsonValue v
        ? v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var n) ? n
        : v.GetValueKind() == JsonValueKind.String && NumberText.TryParse(v.GetValue<string>(), out var parsed) ? parsed
        : null
        : null;

    private static string? Text(JsonNode value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
