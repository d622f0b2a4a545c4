using TcApi.Import.Corpus;
using TcApi.Import.Import;
using TcApi.Import.Writing;

namespace TcApi.Tool.Commands;

/// <summary><c>import &lt;service&gt;</c>: one service version from Tencent's metadata to a base spec file.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(ToolOptions options, TextWriter output, TextWriter error)
    {
        options.Accept(1, "version", "out", "no-mining", "corpus");
        if (options.Positional.Count != 1)
        {
            throw new ToolUsageException("give one service name, e.g. `tcapi import gaap`");
        }

        var service = options.Positional[0];
        var corpus = TencentCorpus.Load(options.Corpus);
        var files = CorpusNames.Version(corpus, service, options["version"]);

        var path = Path.GetFullPath(options["out"] ?? Path.Combine(ToolOptions.RepositoryRoot(), "spec", service, $"{service}-{files.Version}.tcapi.json"));
        var spec = SpecImporter.Import(files, corpus.Sources, new ImportOptions { MineConstraints = !options.Has("no-mining") }, SchemaReference(path));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, SpecJson.ToUtf8(spec));
        output.WriteLine($"Imported {files} to {path}.");
        return 0;
    }

    /// <summary>A relative path to the repository's schema for a file inside the repository (editors resolve it), else the address.</summary>
    private static string SchemaReference(string path)
    {
        try
        {
            var schema = Path.Combine(ToolOptions.RepositoryRoot(), "spec", "tcapi.schema.json");
            var relative = Path.GetRelativePath(Path.GetDirectoryName(path)!, schema).Replace('\\', '/');
            return relative.StartsWith("../../..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? SpecImporter.SchemaAddress : relative;
        }
        catch (ToolUsageException)
        {
            return SpecImporter.SchemaAddress;
        }
    }
}
