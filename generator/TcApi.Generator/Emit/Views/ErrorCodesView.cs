using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Emit.Views;

internal sealed class ErrorCodesView : FileView
{
    public ErrorCodesView(EmitUnit unit)
        : base(unit.Header)
    {
        Service = unit.Header.Service;
        Codes = unit.ErrorCodes.Select((c, i) => new CodeView(
            c.MemberName, CSharpLiteral.String(c.Code), CSharpLiteral.String(c.Description),
            XmlDoc.Escape($"{c.Code}: {c.Description}"), (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    public string Service { get; }

    public IReadOnlyList<CodeView> Codes { get; }

    internal sealed record CodeView(string Name, string Wire, string Description, string Summary, string Number);
}
