using System.Text.Json;

namespace TcApi.Import.Corpus;

/// <summary>The repositories and commits the vendored archives were taken from, all Apache-2.0.</summary>
public sealed record CorpusSources(SourceRepository ChineseSpecs, SourceRepository EnglishSpecs, SourceRepository ChineseErrors, SourceRepository EnglishErrors)
{
    internal static CorpusSources From(JsonElement zhErrors, JsonElement enErrors) => new(
        new SourceRepository("TencentCloud/tencentcloud-cli", "6e53beb521ad", "tccli/services", "Apache-2.0"),
        new SourceRepository("TencentCloud/tencentcloud-cli-intl-en", "94ed72eb", "tccli/services", "Apache-2.0"),
        Repository(zhErrors, "errors.go, client.go"),
        Repository(enErrors, "errors.go, client.go"));

    private static SourceRepository Repository(JsonElement root, string path)
    {
        var source = root.GetProperty("source");
        return new SourceRepository(source.GetProperty("repository").GetString()!, source.GetProperty("commit").GetString()!, path, source.GetProperty("license").GetString()!);
    }
}

/// <summary>A repository at a commit, the path within it, and its licence.</summary>
public sealed record SourceRepository(string Repository, string Commit, string Path, string License);
