namespace TcApi.Import.Translation;

/// <summary>Whose members are being imported: it decides which of Tencent's flags mean what.</summary>
internal enum MemberRole
{
    /// <summary>A request: <c>required</c> is Tencent's required.</summary>
    Request,

    /// <summary>A response: <c>nullable</c> is Tencent's value_allowed_null; nothing is required.</summary>
    Response,

    /// <summary>A data object, which may travel either way: both flags.</summary>
    Data,
}
