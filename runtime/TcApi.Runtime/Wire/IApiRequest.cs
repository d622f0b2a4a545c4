using System.Text.Json;
using TcApi.Validation;

namespace TcApi.Wire;

/// <summary>A generated request of one action.</summary>
public interface IApiRequest : IWireObject
{
    /// <summary>Checks every constraint and rule of the action, nested objects included.</summary>
    ValidationResult Validate();
}
