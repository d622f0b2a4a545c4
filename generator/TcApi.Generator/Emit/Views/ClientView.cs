using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Emit.Views;

/// <summary>The service client: one method per action over the runtime's client core.</summary>
internal sealed class ClientView : FileView
{
    public ClientView(EmitUnit unit)
        : base(unit.Header)
    {
        Service = unit.Header.Service;
        ApiVersion = unit.Header.ApiVersion;
        Endpoint = CSharpLiteral.String(unit.Header.Endpoint);
        Title = XmlDoc.Escape(unit.Header.ServiceTitle);
        Actions = unit.Actions.Select(a => new ActionView(a.Name, XmlDoc.Lines(a.Description))).ToList();
    }

    public string Service { get; }

    public string ApiVersion { get; }

    public string Endpoint { get; }

    public string Title { get; }

    public IReadOnlyList<ActionView> Actions { get; }

    internal sealed record ActionView(string Name, IReadOnlyList<string> Summary);
}
