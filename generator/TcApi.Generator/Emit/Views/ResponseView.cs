using System.Collections.Generic;
using System.Linq;

namespace TcApi.Generator.Emit.Views;

/// <summary>The response record and its envelope reader.</summary>
internal sealed class ResponseView : FileView
{
    public ResponseView(EmitUnit unit)
        : base(unit.Header)
    {
        var action = unit.Action!;
        var members = ActionCode.Output(unit);
        TypeName = action.Name + "Response";
        ActionName = CSharpLiteral.String(action.Name);
        ExceptionType = $"global::{unit.Header.Namespace}.{unit.Header.ServiceTypeName}ApiException";
        Summary = XmlDoc.Lines($"The result of {action.Name}.");
        Properties = members.Select(m => new PropertyView(m)).ToList();
        var envelope = members.Where(m => m.Member.WireName == GeneratorInfo.EnvelopeRequestId).ToList();
        Reads = members.Except(envelope).Select(m => ReaderMember.Create(m, "/Response/" + m.Member.WireName)).ToList();
        EnvelopeAssigns = envelope.Select(m => $"{m.Member.PropertyName} = state.RequestId{(m.Member.Required ? " ?? throw global::TcApi.Wire.WireReader.Fail(\"/Response/RequestId\", -1, \"the response has no RequestId\")" : string.Empty)},").ToList();
    }

    public string TypeName { get; }

    public string ActionName { get; }

    public string ExceptionType { get; }

    public IReadOnlyList<string> Summary { get; }

    public IReadOnlyList<PropertyView> Properties { get; }

    public IReadOnlyList<ReaderMember> Reads { get; }

    public IReadOnlyList<string> EnvelopeAssigns { get; }
}
