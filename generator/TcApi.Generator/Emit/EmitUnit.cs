using System.Collections.Generic;
using System.Linq;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit;

internal enum FileKind
{
    Enum,
    Object,
    Request,
    Response,
    Errors,
    Client,
    Actions,
}

/// <summary>
/// Everything one generated file depends on, and nothing more: editing one action of a spec changes only that
/// action's units, so the other files stay cached.
/// </summary>
internal sealed record EmitUnit(
    FileKind Kind,
    ServiceHeader Header,
    EnumModel? Enum,
    ObjectModel? Object,
    ActionModel? Action,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ErrorCodeModel> ErrorCodes,
    EquatableArray<ActionSummary> Actions)
{
    public string TypeName => Kind switch
    {
        FileKind.Enum => Enum!.Name,
        FileKind.Object => Object!.TypeName,
        FileKind.Request => Action!.RequestTypeName,
        FileKind.Response => Action!.ResponseTypeName,
        FileKind.Errors => Header.ServiceTypeName + "ErrorCode",
        FileKind.Client => Header.ServiceTypeName + "Client",
        _ => Header.ServiceTypeName + "Actions",
    };

    public string QualifiedName => $"{Header.Namespace}.{TypeName}";

    public static IEnumerable<EmitUnit> From(ServiceModel? service)
    {
        if (service is null)
        {
            yield break;
        }

        var header = service.Header;
        var noEnums = EquatableArray<EnumModel>.Empty;
        var noCodes = EquatableArray<ErrorCodeModel>.Empty;
        var noActions = EquatableArray<ActionSummary>.Empty;
        var enumsByName = service.Enums.ToDictionary(e => e.Name);
        EquatableArray<EnumModel> EnumsOf(IEnumerable<MemberModel> members) =>
            members.Where(m => m.Scalar == ScalarKind.Enum).Select(m => m.Reference!).Distinct().OrderBy(n => n, System.StringComparer.Ordinal)
                .Select(n => enumsByName[n]).ToEquatableArray();

        foreach (var model in service.Enums)
        {
            yield return new EmitUnit(FileKind.Enum, header, model, null, null, noEnums, noCodes, noActions);
        }

        foreach (var model in service.Objects)
        {
            yield return new EmitUnit(FileKind.Object, header, null, model, null, EnumsOf(model.Members), noCodes, noActions);
        }

        var codesByName = service.ErrorCodes.ToDictionary(c => c.Code);
        foreach (var action in service.Actions)
        {
            var codes = action.ErrorCodes.Select(c => codesByName[c]).ToEquatableArray();
            yield return new EmitUnit(FileKind.Request, header, null, null, action, EnumsOf(action.Input), codes, noActions);
            yield return new EmitUnit(FileKind.Response, header, null, null, action, EnumsOf(action.Output), noCodes, noActions);
        }

        yield return new EmitUnit(FileKind.Errors, header, null, null, null, noEnums, service.ErrorCodes, noActions);
        var summaries = service.Actions.Select(a => new ActionSummary(a.Name, a.Description, a.Status, a.Input.Count == 0, a.Paging, a.Waiters, a.Streaming)).ToEquatableArray();
        yield return new EmitUnit(FileKind.Client, header, null, null, null, noEnums, noCodes, summaries);
        yield return new EmitUnit(FileKind.Actions, header, null, null, null, noEnums, noCodes, summaries.Select(s => s with { Description = string.Empty, Paging = null, Waiters = EquatableArray<WaiterModel>.Empty, Streaming = null }).ToEquatableArray());
    }
}

/// <summary>Every unit of one service, with the accessibility its files are generated with.</summary>
internal sealed record ServiceUnits(string Key, string Accessibility, EquatableArray<EmitUnit> Units)
{
    public static ServiceUnits From(string key, ServiceModel? service, string accessibility) =>
        new(key, accessibility, EmitUnit.From(service).ToEquatableArray());
}

/// <summary>What the client and the action table need of an action: so only a rename or a new summary re-renders them.</summary>
internal sealed record ActionSummary(string Name, string Description, ActionStatus Status, bool HasNoInput, PagingModel? Paging = null, EquatableArray<WaiterModel> Waiters = default, StreamingModel? Streaming = null);
