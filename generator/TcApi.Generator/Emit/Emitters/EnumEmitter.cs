using System.Globalization;
using System.Linq;
using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>An enumeration and its wire converter <c>&lt;Name&gt;Wire</c>.</summary>
internal static class EnumEmitter
{
    public static string Emit(ServiceHeader header, EnumModel model, string accessibility)
    {
        var w = new SourceWriter();
        var name = model.Name;
        var wideValues = !model.IsStringOnWire && model.Values.Any(v => v.WireInteger is < int.MinValue or > int.MaxValue);
        DocComments.Summary(w, model.Description.Length > 0 ? model.Description : name);
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Open($"{accessibility} enum {name}{(wideValues ? " : long" : string.Empty)}");
        for (var i = 0; i < model.Values.Count; i++)
        {
            var value = model.Values[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Line("/// <summary>" + XmlDocText.Inline(value.Description.Length > 0 ? value.Description : value.WireString) + "</summary>");
            w.Line($"[global::TcApi.Constraints.WireValue({WireLiteral(model, value)})]");
            w.Line($"{value.Name} = {value.WireInteger.ToString(CultureInfo.InvariantCulture)},");
        }

        w.Close();
        w.Line();
        WriteConverter(w, model, accessibility);
        return w.ToString();
    }

    private static string WireLiteral(EnumModel model, EnumValueModel value) => CSharpLiteral.String(value.WireString);

    private static void WriteConverter(SourceWriter w, EnumModel model, string accessibility)
    {
        var name = model.Name;
        var wireType = model.IsStringOnWire ? "string" : "long";
        var allowed = string.Join(", ", model.Values.Select(v => v.WireString));
        w.Line($"/// <summary>Converts <see cref=\"{name}\"/> to and from its wire values.</summary>");
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Open($"{accessibility} static class {name}Wire");
        w.Line("/// <summary>The wire values, for messages.</summary>");
        w.Line($"public const string AllowedValues = {CSharpLiteral.String(allowed)};");
        w.Line();
        w.Line("/// <summary>Whether <paramref name=\"value\"/> is a defined member.</summary>");
        w.Line($"public static bool IsDefined({name} value) => value switch");
        w.Line("{").Indent();
        foreach (var v in model.Values)
        {
            w.Line($"{name}.{v.Name} => true,");
        }

        w.Line("_ => false,");
        w.Unindent().Line("};");
        w.Line();
        w.Line("/// <summary>The wire value of <paramref name=\"value\"/>.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is not a defined member.</exception>");
        w.Line($"public static {wireType} ToWire({name} value) => value switch");
        w.Line("{").Indent();
        foreach (var v in model.Values)
        {
            w.Line($"{name}.{v.Name} => {WireConstant(model, v)},");
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpLiteral.String("Not a defined " + name + " value.")}),");
        w.Unindent().Line("};");
        w.Line();
        if (model.IsStringOnWire)
        {
            w.Line("/// <summary>The wire value of <paramref name=\"value\"/>, encoded for a JSON writer once.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is not a defined member.</exception>");
            w.Line($"public static global::System.Text.Json.JsonEncodedText ToWireJson({name} value) => value switch");
            w.Line("{").Indent();
            foreach (var v in model.Values)
            {
                w.Line($"{name}.{v.Name} => s_{v.Name},");
            }

            w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpLiteral.String("Not a defined " + name + " value.")}),");
            w.Unindent().Line("};");
            w.Line();
            foreach (var v in model.Values)
            {
                w.Line($"private static readonly global::System.Text.Json.JsonEncodedText s_{v.Name} = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(v.WireString)});");
            }

            w.Line();
        }

        w.Line("/// <summary>The wire value of a defined member, or the number of an undefined one, for messages.</summary>");
        w.Line($"public static string Describe({name} value) =>");
        w.Indent().Line("IsDefined(value)");
        w.Indent().Line(model.IsStringOnWire ? "? ToWire(value)" : "? ToWire(value).ToString(global::System.Globalization.CultureInfo.InvariantCulture)");
        w.Line(": ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);").Unindent().Unindent();
        w.Line();
        w.Line("/// <summary>Finds the member whose wire value is <paramref name=\"wire\"/>.</summary>");
        w.Open($"public static bool TryParse({(model.IsStringOnWire ? "string? wire" : "long wire")}, out {name} value)");
        w.Open("switch (wire)");
        foreach (var v in model.Values)
        {
            w.Line($"case {WireConstant(model, v)}:");
            w.Indent().Line($"value = {name}.{v.Name};").Line("return true;").Unindent();
        }

        w.Line("default:");
        w.Indent().Line("value = default;").Line("return false;").Unindent();
        w.Close();
        w.Close();
        w.Line();
        WriteReaders(w, model);
        WriteWriters(w, model);
        w.Close();
    }

    private static string WireConstant(EnumModel model, EnumValueModel value) =>
        model.IsStringOnWire ? CSharpLiteral.String(value.WireString) : value.WireInteger.ToString(CultureInfo.InvariantCulture);

    private static void WriteReaders(SourceWriter w, EnumModel model)
    {
        var name = model.Name;
        w.Line("/// <summary>Reads a member's value (the reader stands on its name); <see langword=\"null\"/> for JSON null.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"public static {name}? Read(ref global::System.Text.Json.Utf8JsonReader reader, string member, global::TcApi.Wire.WireReadMode mode)");
        w.Line("reader.Read();");
        w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)").Line("return null;").Close();
        w.Line();
        w.Open("try").Line("return ReadValue(ref reader, mode);").Close();
        w.Open("catch (global::TcApi.Wire.WireFormatException e)").Line("throw e.Within(member);").Close();
        w.Open("catch (global::TcApi.Wire.WireValueSkipped)").Line("return null;").Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Reads a wire value. An unknown one is an error in a request; in a response it reads as an undefined member");
        w.Line(model.IsStringOnWire ? "/// (a value the service added later), so the response stays readable." : "/// that keeps the number, so the response stays readable.");
        w.Line("/// </summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"public static {name} ReadValue(ref global::System.Text.Json.Utf8JsonReader reader, global::TcApi.Wire.WireReadMode mode)");
        if (model.IsStringOnWire)
        {
            w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)");
            foreach (var v in model.Values)
            {
                w.Open($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(v.WireString)}))").Line($"return {name}.{v.Name};").Close();
            }

            w.Close();
            w.Line();
            w.Line("var text = global::TcApi.Wire.WireReader.StringValue(ref reader, mode);");
            w.Line("return mode == global::TcApi.Wire.WireReadMode.Response");
            w.Indent().Line($"? default({name})");
            w.Line(": throw new global::TcApi.Wire.WireFormatException(string.Empty, \"'\" + text + \"' is not one of \" + AllowedValues);").Unindent();
        }
        else
        {
            w.Line("var wire = global::TcApi.Wire.WireReader.Int64Value(ref reader, mode);");
            w.Open("if (TryParse(wire, out var value) || mode == global::TcApi.Wire.WireReadMode.Response)");
            w.Line($"return TryParse(wire, out value) ? value : ({name})wire;");
            w.Close();
            w.Line();
            w.Line("throw new global::TcApi.Wire.WireFormatException(string.Empty, wire.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" is not one of \" + AllowedValues);");
        }

        w.Close();
        w.Line();
    }

    private static void WriteWriters(SourceWriter w, EnumModel model)
    {
        var name = model.Name;
        var write = model.IsStringOnWire ? "writer.WriteString(name, ToWireJson(value));" : "writer.WriteNumber(name, (long)value);";
        var writeValue = model.IsStringOnWire ? "writer.WriteStringValue(ToWireJson(value));" : "writer.WriteNumberValue((long)value);";
        w.Line("/// <summary>Writes a member's value.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line($"public static void Write(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, {name} value) => {write}");
        w.Line();
        w.Line("/// <summary>Writes a list member.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"public static void WriteList(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonEncodedText name, global::System.Collections.Generic.IReadOnlyList<{name}> values)");
        w.Line("writer.WriteStartArray(name);");
        w.Open("for (var index = 0; index < values.Count; index++)");
        w.Line("var value = values[index];");
        w.Line(writeValue);
        w.Close();
        w.Line();
        w.Line("writer.WriteEndArray();");
        w.Close();
    }
}
