namespace TcApi.Generator.Model;

internal enum PagingKind
{
    /// <summary>Offset and Limit in the request, a total count and a list in the response.</summary>
    Offset,

    /// <summary>A token in the request, the next token and a list in the response.</summary>
    Token,
}

/// <summary>
/// How an action pages, so the client can walk every page: the members involved and the largest page the service
/// documents (the limit member's maximum, or the spec's <c>maxLimit</c>; null: the service's default page size).
/// </summary>
internal sealed record PagingModel(
    PagingKind Kind,
    MemberModel Items,
    MemberModel? Offset,
    MemberModel? Limit,
    MemberModel? Total,
    MemberModel? RequestToken,
    MemberModel? ResponseToken,
    long? MaxLimit);
