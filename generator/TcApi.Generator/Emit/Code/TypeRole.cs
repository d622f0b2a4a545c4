namespace TcApi.Generator.Emit.Code;

/// <summary>
/// How a generated type treats its members: as input (requests, and objects used in requests: required members,
/// validation) or as output (responses, and objects only responses use: defaults instead of nulls).
/// </summary>
internal enum TypeRole
{
    Input,
    Output,
}
