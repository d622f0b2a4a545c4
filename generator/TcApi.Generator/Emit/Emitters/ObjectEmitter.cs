using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Emit.Emitters.Parts;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>
/// A data object: a <c>sealed record</c> with required members and a validator where requests use it, a response
/// model with defaults where only responses do; a writer and a reader either way.
/// </summary>
internal static class ObjectEmitter
{
    public static string Emit(ServiceHeader header, ObjectModel model, EquatableArray<EnumModel> enums, string accessibility)
    {
        var role = model.IsInput ? TypeRole.Input : TypeRole.Output;
        var type = new TypeCode(model.TypeName, header, role, (model.Usage & ObjectUsage.Output) != 0, model.Members, model.Rules, enums);
        var w = new SourceWriter();
        DocComments.Summary(w, model.Description);
        DocComments.Remarks(w, new[]
        {
            "Object <c>" + XmlDocText.Escape(model.Name) + "</c> of " + XmlDocText.Escape(header.Service) + " " + XmlDocText.Escape(header.ApiVersion) + ", used in " + Usage(model.Usage) + ".",
        });
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        if (model.IsInput)
        {
            w.Line($"[global::TcApi.Constraints.ApiObject({CSharpLiteral.String(header.Service)}, {CSharpLiteral.String(header.ApiVersion)}, {CSharpLiteral.String(model.Name)})]");
            foreach (var rule in model.Rules)
            {
                w.Line(AttributeCode.ForRule(rule, type.ByWireName));
            }
        }

        w.Open($"{accessibility} sealed partial record {model.TypeName} : global::TcApi.Wire.IWireObject");
        PropertiesPart.Write(w, type, accessibility);
        if (model.IsInput)
        {
            ValidationPart.Write(w, type, isRequest: false);
        }

        WriterPart.WriteNameFields(w, type);
        WriterPart.WriteObject(w, type, "Writes the object's wire JSON: wire names, absent members omitted.");
        ReaderPart.WriteObjectReader(w, type);
        EqualityPart.Write(w, type);
        w.Close();
        return w.ToString();
    }

    private static string Usage(ObjectUsage usage) => usage switch
    {
        ObjectUsage.Input => "requests",
        ObjectUsage.Output => "responses",
        _ => "requests and responses",
    };
}
