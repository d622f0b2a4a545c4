using System;
using System.Collections.Generic;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// What one call must never show in its spans, measurements, log lines or the exceptions it throws: the secret values
/// it carries — the key it is signed with, the session token it sends, a web-identity token in its body — which are
/// replaced with <see cref="Hidden"/> wherever they appear; and, for a call whose answer holds credentials (STS), that
/// answer, which is never logged, quoted or kept.
/// </summary>
/// <remarks>
/// The credential providers' calls say what they carry (<see cref="ForCredentials"/>); the client adds the key and token
/// of every attempt, so any service that echoes its caller's token is covered too.
/// </remarks>
internal sealed class CallSecrets
{
    /// <summary>What a secret value is replaced with.</summary>
    public const string Hidden = "(hidden)";

    // No key or token anyone issues is this short; hiding shorter values would garble ordinary words.
    private const int MinLength = 8;

    private readonly string[] _values;

    private CallSecrets(string[] values, bool secretAnswer)
    {
        _values = values;
        SecretAnswer = secretAnswer;
    }

    /// <summary>An ordinary call: nothing beyond the key and token it is signed with.</summary>
    public static CallSecrets None { get; } = new(Array.Empty<string>(), secretAnswer: false);

    /// <summary>Whether the answer holds credentials: its body is never logged, quoted in a message or kept.</summary>
    public bool SecretAnswer { get; }

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => _values.Length == 0 && !SecretAnswer;

    /// <summary>A call that fetches credentials, carrying <paramref name="values"/> (a web-identity token, ...).</summary>
    public static CallSecrets ForCredentials(params string?[] values) => new(Usable(values, Array.Empty<string>()), secretAnswer: true);

    /// <summary>These secrets and the key and token of <paramref name="credential"/>.</summary>
    public CallSecrets With(Credential? credential) =>
        credential is null ? this : new CallSecrets(Usable([credential.SecretKey, credential.Token], _values), SecretAnswer);

    /// <summary>Whether a secret value appears in <paramref name="text"/>.</summary>
    public bool AppearIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var value in _values)
        {
            if (text!.IndexOf(value, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="text"/> with every secret value replaced by <see cref="Hidden"/>.</summary>
    public string Redact(string text)
    {
        foreach (var value in _values)
        {
            if (text.IndexOf(value, StringComparison.Ordinal) >= 0)
            {
                text = text.Replace(value, Hidden);
            }
        }

        return text;
    }

    /// <summary>
    /// What the call may show of <paramref name="failure"/>: the exception itself when it shows nothing secret, an API
    /// error with the secrets blanked out of the service's message (in place: its type stays), or a copy of a format or
    /// HTTP error without the answer's body.
    /// </summary>
    public Exception Conceal(Exception failure)
    {
        switch (failure)
        {
            case TencentCloudApiException api:
                api.RedactServerMessage(Redact);
                return api;
            case ResponseFormatException format when SecretAnswer || AppearIn(format.Message) || AppearIn(Text(format.RawBody)):
                return format.WithoutBody(Redact);
            case TencentCloudHttpException http when SecretAnswer || AppearIn(http.BodyExcerpt):
                return http.WithoutBody();
            default:
                return failure;
        }
    }

    private static string Text(ReadOnlyMemory<byte> body) => body.IsEmpty ? string.Empty : System.Text.Encoding.UTF8.GetString(body.ToArray());

    private static string[] Usable(IEnumerable<string?> values, string[] existing)
    {
        var usable = new List<string>(existing);
        foreach (var value in values)
        {
            if (value is { Length: >= MinLength } && !usable.Contains(value))
            {
                usable.Add(value);
            }
        }

        // Longest first: a value that contains another is hidden whole.
        usable.Sort((a, b) => b.Length.CompareTo(a.Length));
        return usable.ToArray();
    }
}
