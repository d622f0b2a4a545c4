using System;
using TcApi.Wire;

namespace TcApi.Client;

/// <summary>
/// One action of a generated binding with its readers, for code that handles any action by name: an emulator, a
/// test that replays published examples, a proxy. Each service's generated <c>&lt;Service&gt;Actions.All</c> lists them.
/// </summary>
/// <param name="Info">Service, version, action name, idempotency, rate limit.</param>
/// <param name="RequestType">The generated request type.</param>
/// <param name="ResponseType">The generated response type.</param>
/// <param name="ReadRequest">Reads a request body as the service does (strictly).</param>
/// <param name="ReadResponse">Reads a response envelope (tolerantly); a <c>Response.Error</c> is thrown as the service's exception.</param>
public sealed record ApiActionDescriptor(
    ApiActionInfo Info,
    Type RequestType,
    Type ResponseType,
    RequestParser<IApiRequest> ReadRequest,
    ResponseParser<IApiResponse> ReadResponse);
