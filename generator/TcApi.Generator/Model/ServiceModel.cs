namespace TcApi.Generator.Model;

/// <summary>One spec (with its overlays applied), parsed and checked: everything the emitter needs and nothing it does not.</summary>
internal sealed record ServiceModel(
    ServiceHeader Header,
    EquatableArray<EnumModel> Enums,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<ActionModel> Actions,
    EquatableArray<ErrorCodeModel> ErrorCodes);

/// <summary>
/// The service-level facts every generated file of a spec shares. <paramref name="ActionSubset"/>: only some actions
/// were selected (<c>Actions=…</c>), so the error codes are those actions' and the common ones, not the service's all.
/// </summary>
internal sealed record ServiceHeader(
    string Service,
    string ServiceTypeName,
    string ServiceTitle,
    string ApiVersion,
    string Endpoint,
    string? RegionalEndpoint,
    string? InternationalEndpoint,
    string Namespace,
    string Provenance,
    string SpecFileName,
    bool ActionSubset = false);
