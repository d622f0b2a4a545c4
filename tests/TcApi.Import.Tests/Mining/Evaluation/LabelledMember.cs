using System.Globalization;
using System.Text.Json;
using TcApi.Import.Mining;

namespace TcApi.Import.Tests.Mining.Evaluation;

/// <summary>
/// A member of a hand-labelled set (the development set EvalSet/labels-*.json, or the sealed test set
/// SealedSet/labels-*.json) and the constraints its reader found.
/// </summary>
internal sealed record LabelledMember(MemberDoc Doc, string Stratum, bool Labelled, IReadOnlyList<Label> Labels, IReadOnlyList<ByteLabel> ByteLabels)
{
    public const string DevelopmentSet = "EvalSet";

    public const string SealedSet = "SealedSet";

    public static IReadOnlyList<LabelledMember> LoadAll(string set = DevelopmentSet)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Mining", set);
        return Directory.GetFiles(folder, "labels-*.json").Order(StringComparer.Ordinal).SelectMany(Load).ToList();
    }

    private static IEnumerable<LabelledMember> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var member in document.RootElement.GetProperty("members").EnumerateArray())
        {
            var id = member.GetProperty("id").GetString()!.Split('/');
            var doc = new MemberDoc(
                id[0], id[1], id[2], id[3],
                member.GetProperty("type").GetString() ?? string.Empty,
                member.TryGetProperty("member", out var element) && element.ValueKind == JsonValueKind.String ? element.GetString()! : string.Empty,
                member.GetProperty("document").GetString() ?? string.Empty,
                member.TryGetProperty("documentEn", out var english) && english.ValueKind == JsonValueKind.String ? english.GetString() : null);
            var labels = member.GetProperty("labels").EnumerateArray().Select(Label.Read).OfType<Label>().ToList();
            var bytes = member.GetProperty("labels").EnumerateArray().Select(ByteLabel.Read).OfType<ByteLabel>().ToList();
            var labelled = member.TryGetProperty("labelled", out var read) && read.ValueKind == JsonValueKind.True;
            yield return new LabelledMember(doc, member.GetProperty("stratum").GetString()!, labelled, labels, bytes);
        }
    }
}

/// <summary>
/// One labelled single-member constraint, in the miner's terms: a range's four bounds, a length's or an item count's
/// minimum and maximum, or a set of allowed values. Cross-member labels are not scored here (they need the object).
/// </summary>
internal sealed record Label(MinedKind Kind, bool OnItems, decimal? Minimum, decimal? Maximum, decimal? ExclusiveMinimum, decimal? ExclusiveMaximum, IReadOnlyList<string> Values, string Quote)
{
    public static Label? Read(JsonElement label)
    {
        decimal? Number(string name) => label.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
        var onItems = label.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.True;
        var quote = label.TryGetProperty("quote", out var q) ? q.GetString() ?? string.Empty : string.Empty;
        return label.GetProperty("kind").GetString() switch
        {
            "range" => new Label(MinedKind.Range, onItems, Number("minimum"), Number("maximum"), Number("exclusiveMinimum"), Number("exclusiveMaximum"), [], quote),
            "length" => new Label(MinedKind.Length, onItems, Number("minLength"), Number("maxLength"), null, null, [], quote),
            "itemCount" => new Label(MinedKind.ItemCount, false, Number("minItems"), Number("maxItems"), null, null, [], quote),
            "allowedValues" => new Label(MinedKind.AllowedValues, onItems, null, null, null, null,
                label.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDecimal().ToString(CultureInfo.InvariantCulture) : v.GetString()!).ToList(), quote),
            _ => null,
        };
    }

    /// <summary>Whether the mined constraint states exactly this label's facts.</summary>
    public bool Matches(MinedConstraint mined) =>
        mined.Kind == Kind && mined.OnItems == OnItems
        && (Kind == MinedKind.AllowedValues
            ? Values.Select(Normalize).Order(StringComparer.Ordinal).SequenceEqual(mined.Values.Select(Normalize).Order(StringComparer.Ordinal), StringComparer.Ordinal)
            : mined.Minimum == Minimum && mined.Maximum == Maximum && mined.ExclusiveMinimum == ExclusiveMinimum && mined.ExclusiveMaximum == ExclusiveMaximum);

    private static string Normalize(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : value;
}

/// <summary>A labelled length in bytes (<c>"kind": "byteLength"</c>), a kind of its own beside the character length.</summary>
internal sealed record ByteLabel(bool OnItems, decimal? MinBytes, decimal? MaxBytes, string Quote)
{
    public static ByteLabel? Read(JsonElement label)
    {
        if (label.GetProperty("kind").GetString() != "byteLength")
        {
            return null;
        }

        decimal? Number(string name) => label.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
        var onItems = label.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.True;
        return new ByteLabel(onItems, Number("minBytes"), Number("maxBytes"), label.TryGetProperty("quote", out var q) ? q.GetString() ?? string.Empty : string.Empty);
    }

    public bool Matches(MinedByteLength mined) =>
        mined.OnItems == OnItems && mined.MinBytes == MinBytes && mined.MaxBytes == MaxBytes;
}
