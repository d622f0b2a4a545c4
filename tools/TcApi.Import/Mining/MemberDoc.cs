namespace TcApi.Import.Mining;

/// <summary>
/// What the reader is given about one member: where it is, its Tencent type (<c>int</c>, <c>string</c>, <c>list</c>, …)
/// and width or element type (<c>int64</c>, <c>uint64</c>, <c>string</c>, an object name), and its documentation in
/// Chinese and, where the international site has it, English.
/// </summary>
public sealed record MemberDoc(string Service, string Version, string Owner, string Member, string Type, string ElementType, string Chinese, string? English);
