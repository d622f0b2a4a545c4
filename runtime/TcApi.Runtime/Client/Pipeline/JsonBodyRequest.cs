using System;
using System.Collections.Generic;
using System.Text.Json;
using TcApi.Validation;
using TcApi.Wire;

namespace TcApi.Client.Pipeline;

/// <summary>
/// A body given as JSON for an action called by name, sent as given. When the action is one of a binding's
/// (<paramref name="known"/>), validating it reads the body with the action's own request reader and validates the
/// typed request, so the call fails with the typed call's <see cref="RequestValidationException"/>: the same rule ids,
/// paths and messages. A body the reader refuses (an unknown or missing member, a value of the wrong type) is one
/// violation carrying the service's code for it.
/// </summary>
internal sealed class JsonBodyRequest(byte[] body, ApiActionDescriptor? known) : IApiRequest
{
    public byte[] Body { get; } = body;

    public ValidationResult Validate()
    {
        if (known is null)
        {
            return ValidationResult.Valid;
        }

        IApiRequest typed;
        try
        {
            typed = known.ReadRequest(Body);
        }
        catch (RequestReadException e)
        {
            var violation = new ValidationViolation(
                $"{known.Info.Action}.{e.ErrorCode}", e.Path, Array.Empty<string>(), e.Message, RuleSeverity.Error, e.ErrorCode);
            return new ValidationResult(new List<ValidationViolation> { violation });
        }

        return typed.Validate();
    }

    // Never asked for: the serialise step sends Body itself. Written for anyone who does ask.
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteRawValue(Body, skipInputValidation: true);
    }
}
