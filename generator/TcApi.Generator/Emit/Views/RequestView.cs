using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Views;

/// <summary>The request record: properties with docs and constraint attributes, rule attributes, metadata, equality.</summary>
internal sealed class RequestView : FileView
{
    public RequestView(EmitUnit unit)
        : base(unit.Header)
    {
        var action = unit.Action!;
        var members = ActionCode.Input(unit);
        var byWire = members.ToDictionary(m => m.Member.WireName);
        TypeName = action.Name + "Request";
        ActionName = CSharpLiteral.String(action.Name);
        Service = CSharpLiteral.String(unit.Header.Service);
        ApiVersion = CSharpLiteral.String(unit.Header.ApiVersion);
        Endpoint = CSharpLiteral.String(unit.Header.Endpoint);
        Summary = XmlDoc.Lines(action.Description);
        Remarks = ActionRemarks(action).Select(XmlDoc.Escape).ToList();
        RateLimit = action.RateLimitPerSecond?.ToString(CultureInfo.InvariantCulture);
        Idempotent = CSharpLiteral.Bool(action.Idempotent);
        RegionRequired = CSharpLiteral.Bool(action.RegionRequired);
        ErrorCodes = action.ErrorCodes.Select(c => $"global::{unit.Header.Namespace}.{unit.Header.ServiceTypeName}ErrorCode.{c.MemberName}").ToList();
        Attributes = action.Rules.Select(r => AttributeCode.ForRule(r, byWire)).ToList();
        Properties = members.Select(m => new PropertyView(m)).ToList();
    }

    public string TypeName { get; }

    public string ActionName { get; }

    public string Service { get; }

    public string ApiVersion { get; }

    public string Endpoint { get; }

    public IReadOnlyList<string> Summary { get; }

    public IReadOnlyList<string> Remarks { get; }

    public string? RateLimit { get; }

    public string Idempotent { get; }

    public string RegionRequired { get; }

    public IReadOnlyList<string> ErrorCodes { get; }

    public IReadOnlyList<string> Attributes { get; }

    public IReadOnlyList<PropertyView> Properties { get; }

    private static IEnumerable<string> ActionRemarks(ActionModel action)
    {
        if (action.RateLimitPerSecond is { } limit)
        {
            yield return $"Rate limit: {limit} requests per second.";
        }

        yield return action.Idempotent
            ? "Idempotent: a failed call may be retried."
            : "Not idempotent: a call that may have reached the service is not retried.";
        if (action.Documentation is { } documentation)
        {
            yield return "Documentation: " + documentation;
        }
    }
}
