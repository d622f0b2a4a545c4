namespace TcApi.Package.Tests;

/// <summary>
/// The solution, packed once per test run (the <see cref="PackageCollection"/> shares it) into a temporary folder, with a
/// version no cache has seen.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        // TCAPI_TEST_PACKAGE_FOLDER and TCAPI_TEST_PACKAGE_VERSION: test a package packed before (packing the solution takes
        // longer than a loaded machine's test run allows); the folder is kept.
        if (Environment.GetEnvironmentVariable("TCAPI_TEST_PACKAGE_FOLDER") is { Length: > 0 } packed)
        {
            Folder = packed;
            Version = Environment.GetEnvironmentVariable("TCAPI_TEST_PACKAGE_VERSION") ?? throw new InvalidOperationException("TCAPI_TEST_PACKAGE_FOLDER needs TCAPI_TEST_PACKAGE_VERSION.");
            Arguments = string.Empty;
            PackOutput = string.Empty;
            _keep = true;
            return;
        }

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

    private readonly bool _keep;

    public void Dispose()
    {
        if (!_keep)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
