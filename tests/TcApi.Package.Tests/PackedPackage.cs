namespace TcApi.Package.Tests;

/// <summary>
/// The solution, packed once per test run (the <see cref="PackageCollection"/> shares it) into a temporary folder, with a
/// version no cache has seen.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Folder = Directory.CreateTempSubdirectory("tcapi-pack-").FullName;
        Arguments = $"pack Toolkit.sln -c Release -o \"{Folder}\" -p:Version={Version}";
        var (exitCode, output) = DotNet.Run(RepositoryRoot, Arguments);
        PackOutput = output;
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + output);
        }
    }

    public string Version { get; }

    /// <summary>The dotnet command line that packed it, run in the repository's root.</summary>
    public string Arguments { get; }

    public string Folder { get; }

    public string PackOutput { get; }

    public string PackagePath => Path.Combine(Folder, $"TcApi.{Version}.nupkg");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
