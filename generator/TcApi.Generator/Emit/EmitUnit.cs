using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit;

internal enum FileKind
{
    Enum,
    EnumWire,
    Request,
    RequestValidation,
    RequestWire,
    Response,
    ErrorCode,
    ErrorCodes,
    ApiException,
    Client,
}

/// <summary>
/// Everything one generated file depends on, and nothing more: editing one action of a spec changes only
/// that action's units, so the other files stay cached.
/// </summary>
internal sealed record EmitUnit(
    FileKind Kind,
    ServiceHeader Header,
    ActionModel? Action,
    EnumModel? Enum,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ErrorCodeModel> ErrorCodes,
    EquatableArray<ActionSummary> Actions = default)
{
    public string HintName => Kind switch
    {
        FileKind.Enum => $"{Header.Namespace}.{Enum!.Name}.g.cs",
        FileKind.EnumWire => $"{Header.Namespace}.{Enum!.Name}Wire.g.cs",
        FileKind.Request => $"{Header.Namespace}.{Action!.Name}Request.g.cs",
        FileKind.RequestValidation => $"{Header.Namespace}.{Action!.Name}Request.Validation.g.cs",
        FileKind.RequestWire => $"{Header.Namespace}.{Action!.Name}Request.Wire.g.cs",
        FileKind.Response => $"{Header.Namespace}.{Action!.Name}Response.g.cs",
        FileKind.ErrorCode => $"{Header.Namespace}.{Header.ServiceTypeName}ErrorCode.g.cs",
        FileKind.ErrorCodes => $"{Header.Namespace}.{Header.ServiceTypeName}ErrorCodes.g.cs",
        FileKind.ApiException => $"{Header.Namespace}.{Header.ServiceTypeName}ApiException.g.cs",
        _ => $"{Header.Namespace}.{Header.ServiceTypeName}Client.g.cs",
    };

    public static IEnumerable<EmitUnit> From(ServiceModel? service)
    {
        if (service is null)
        {
            yield break;
        }

        var header = service.Header;
        var none = EquatableArray<EnumModel>.Empty;
        var noCodes = EquatableArray<ErrorCodeModel>.Empty;
        foreach (var model in service.Enums)
        {
            yield return new EmitUnit(FileKind.Enum, header, null, model, none, noCodes);
            yield return new EmitUnit(FileKind.EnumWire, header, null, model, none, noCodes);
        }

        foreach (var action in service.Actions)
        {
            var used = new HashSet<string>(action.Input.Concat(action.Output).Select(m => m.EnumName).OfType<string>());
            var enums = service.Enums.Where(e => used.Contains(e.Name)).ToEquatableArray();
            yield return new EmitUnit(FileKind.Request, header, action, null, enums, noCodes);
            yield return new EmitUnit(FileKind.RequestValidation, header, action, null, enums, noCodes);
            yield return new EmitUnit(FileKind.RequestWire, header, action, null, enums, noCodes);
            yield return new EmitUnit(FileKind.Response, header, action, null, enums, noCodes);
        }

        yield return new EmitUnit(FileKind.ErrorCode, header, null, null, none, service.ErrorCodes);
        yield return new EmitUnit(FileKind.ErrorCodes, header, null, null, none, service.ErrorCodes);
        yield return new EmitUnit(FileKind.ApiException, header, null, null, none, noCodes);
        var summaries = service.Actions.Select(a => new ActionSummary(a.Name, a.Description)).ToEquatableArray();
        yield return new EmitUnit(FileKind.Client, header, null, null, none, noCodes, summaries);
    }
}

/// <summary>What the client file needs of an action: so only a rename or a new summary re-renders the client.</summary>
internal sealed record ActionSummary(string Name, string Description);
