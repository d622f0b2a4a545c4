using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// A profile of the credentials file: <c>secret_id</c>, <c>secret_key</c> and the optional <c>token</c> of a
/// <c>[profile]</c> section. Read once, on first use.
/// </summary>
/// <remarks>
/// The file: the path given, else TENCENTCLOUD_CREDENTIALS_FILE (as the Go SDK reads it), else the first of
/// <c>~/.tencentcloud/credentials</c> and <c>/etc/tencentcloud/credentials</c> that exists (as the Python and Node SDKs
/// look). The profile: the name given, else TENCENTCLOUD_PROFILE (TcApi's own variable: the official SDKs read only
/// <c>[default]</c>), else <c>default</c>. A file or profile named explicitly must exist; only the implicit ones may
/// be absent, which makes the provider not apply.
/// </remarks>
public sealed class ProfileCredentialProvider : ICredentialProvider
{
    /// <summary>The variable that names the credentials file.</summary>
    public const string FileVariable = "TENCENTCLOUD_CREDENTIALS_FILE";

    /// <summary>The variable that names the profile (TcApi's own).</summary>
    public const string ProfileVariable = "TENCENTCLOUD_PROFILE";

    /// <summary>The profile read when none is named.</summary>
    public const string DefaultProfile = "default";

    private readonly string? _profile;
    private readonly string? _path;
    private readonly Func<string, string?> _environment;
    private readonly string _globalFile;
    private Credential? _credential;

    /// <summary>Reads <paramref name="profile"/> (or the default) from <paramref name="path"/> (or the default file).</summary>
    public ProfileCredentialProvider(string? profile = null, string? path = null)
        : this(profile, path, Environment.GetEnvironmentVariable, "/etc/tencentcloud/credentials")
    {
    }

    internal ProfileCredentialProvider(string? profile, string? path, Func<string, string?> environment, string globalFile)
    {
        _profile = string.IsNullOrWhiteSpace(profile) ? null : profile.Trim();
        _path = string.IsNullOrWhiteSpace(path) ? null : path.Trim();
        _environment = environment;
        _globalFile = globalFile;
    }

    /// <inheritdoc />
    public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default) =>
        new(_credential ??= Read());

    /// <inheritdoc />
    public override string ToString() => "profile file";

    private Credential Read()
    {
        var path = FindFile();
        var (profile, named) = _profile is not null ? (_profile, true)
            : _environment(ProfileVariable) is { Length: > 0 } fromEnvironment ? (fromEnvironment.Trim(), true)
            : (DefaultProfile, false);

        Dictionary<string, Dictionary<string, string>> sections;
        try
        {
            sections = CredentialsFile.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialRefreshException(ToString(), $"{path} could not be read ({e.GetType().Name})", e);
        }

        if (!sections.TryGetValue(profile, out var section))
        {
            var reason = $"{path} has no [{profile}] profile";
            throw named ? new CredentialRefreshException(ToString(), reason) : new CredentialUnavailableException(ToString(), reason);
        }

        var id = section.GetValueOrDefault("secret_id");
        var key = section.GetValueOrDefault("secret_key");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrEmpty(key))
        {
            var missing = string.IsNullOrWhiteSpace(id) ? "secret_id" : "secret_key";
            throw new CredentialRefreshException(ToString(), $"the [{profile}] profile of {path} has no {missing}");
        }

        return new Credential(id, key, section.GetValueOrDefault("token"));
    }

    private string FindFile()
    {
        var named = _path ?? (_environment(FileVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment.Trim() : null);
        if (named is not null)
        {
            return File.Exists(named)
                ? named
                : throw new CredentialRefreshException(ToString(), $"the credentials file {named} does not exist" + (_path is null ? $" ({FileVariable})" : string.Empty));
        }

        var home = _environment("HOME") is { Length: > 0 } h ? h : _environment("USERPROFILE");
        var candidates = new List<string>(2);
        if (!string.IsNullOrEmpty(home))
        {
            candidates.Add(Path.Combine(home, ".tencentcloud", "credentials"));
        }

        candidates.Add(_globalFile);
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new CredentialUnavailableException(ToString(), $"no credentials file at {string.Join(" or ", candidates)} and {FileVariable} is not set");
    }
}
