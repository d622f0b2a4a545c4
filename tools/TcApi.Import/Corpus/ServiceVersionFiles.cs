namespace TcApi.Import.Corpus;

/// <summary>One service version's files in the corpus; either language may be missing.</summary>
public sealed class ServiceVersionFiles
{
    public ServiceVersionFiles(string service, string version)
    {
        Service = service;
        Version = version;
    }

    /// <summary>The service of the credential scope, e.g. <c>gaap</c>, <c>as</c>.</summary>
    public string Service { get; }

    /// <summary>The corpus folder name of the version, e.g. <c>v20180529</c>.</summary>
    public string Version { get; }

    /// <summary>The API version as sent in X-TC-Version, e.g. <c>2018-05-29</c>.</summary>
    public string ApiVersion => $"{Version.Substring(1, 4)}-{Version.Substring(5, 2)}-{Version.Substring(7, 2)}";

    public byte[]? ChineseApi { get; internal set; }

    public byte[]? ChineseExamples { get; internal set; }

    public string? ChineseFolder { get; internal set; }

    public byte[]? EnglishApi { get; internal set; }

    public byte[]? EnglishExamples { get; internal set; }

    public string? EnglishFolder { get; internal set; }

    public ErrorCodes ChineseErrors { get; internal set; } = ErrorCodes.Empty;

    public ErrorCodes EnglishErrors { get; internal set; } = ErrorCodes.Empty;

    public override string ToString() => $"{Service} {ApiVersion}";
}
