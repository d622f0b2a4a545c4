using System.Text.Json;
using TcApi.Validation;

namespace TcApi.Wire;

/// <summary>A generated request of one action.</summary>
public interface IApiRequest
{
    /// <summary>The action name sent in <c>X-TC-Action</c>.</summary>
    static abstract string ActionName { get; }

    /// <summary>The action's service, version, idempotency and rate limit.</summary>
    static abstract TcApi.Client.ApiActionInfo ActionInfo { get; }

    /// <summary>Checks every constraint and rule of the action.</summary>
    ValidationResult Validate();

    /// <summary>Writes the request's wire JSON.</summary>
    void WriteTo(Utf8JsonWriter writer);
}
