namespace TcApi.Errors;

/// <summary>A provider a credential chain tried, and why it did not apply.</summary>
/// <param name="Provider">The provider, as it describes itself.</param>
/// <param name="Reason">Why it did not apply.</param>
public sealed record CredentialAttempt(string Provider, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Provider} ({Reason})";
}
