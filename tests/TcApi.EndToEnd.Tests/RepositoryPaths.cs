namespace TcApi.Client.Tests;

/// <summary>Files of the repository, found from the test assembly upwards (CI maps source paths, so [CallerFilePath] cannot be used).</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
    }
}
