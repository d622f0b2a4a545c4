using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

internal sealed class EnumView : FileView
{
    public EnumView(EmitUnit unit)
        : base(unit.Header)
    {
        var model = unit.Enum!;
        Name = model.Name;
        IsStringOnWire = model.IsStringOnWire;
        Summary = XmlDoc.Lines(model.Description.Length > 0 ? model.Description : model.Name + " values.");
        Values = model.Values.Select(v => new ValueView(v, model.IsStringOnWire)).ToList();
        Allowed = CSharpLiteral.String(string.Join(", ", model.Values.Select(v => v.WireString)));
    }

    public string Name { get; }

    public bool IsStringOnWire { get; }

    public IReadOnlyList<string> Summary { get; }

    public IReadOnlyList<ValueView> Values { get; }

    public string Allowed { get; }

    internal sealed class ValueView
    {
        public ValueView(EnumValueModel value, bool isString)
        {
            Name = value.Name;
            Number = CSharpLiteral.Integer(value.WireInteger);
            Wire = isString ? CSharpLiteral.String(value.WireString) : CSharpLiteral.Integer(value.WireInteger);
            WireUtf8 = CSharpLiteral.Utf8(value.WireString);
            WireText = CSharpLiteral.String(value.WireString);
            Summary = XmlDoc.Escape((value.Description.Length > 0 ? value.Description.TrimEnd('.') + ". " : string.Empty) + "Wire value: " + value.WireString + ".");
        }

        public string Name { get; }

        public string Number { get; }

        public string Wire { get; }

        public string WireUtf8 { get; }

        public string WireText { get; }

        public string Summary { get; }
    }
}
