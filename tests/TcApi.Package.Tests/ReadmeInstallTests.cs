using System.Text.RegularExpressions;

namespace TcApi.Package.Tests;

/// <summary>
/// README.md's "Use it in your project", followed line by line in a fresh home folder: its marked blocks are read from
/// the README itself, so the README and this test cannot drift. The pack step is the fixture's own command (the test
/// checks they are the same, but for the folder and a version no cache has seen), so its folder stands in for the feed.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReadmeInstallTests(PackedPackage package)
{
    private const string Feed = "~/tcapi-feed";

    [Fact]
    public void The_readmes_install_steps_work_as_written()
    {
        var readme = PackageReadme.RepositoryReadme;
        var shell = Block(readme, "shell").Split('\n');
        var version = Regex.Match(File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "Directory.Build.props")), "<Version>(.*?)</Version>").Groups[1].Value;
        var addPackage = $"dotnet add package TcApi --version {version}";
        Assert.Equal("dotnet " + package.Arguments, shell[0].Replace(Feed, $"\"{package.Folder}\"", StringComparison.Ordinal) + $" -p:Version={package.Version}");
        Assert.Contains(addPackage, shell);

        var home = Directory.CreateTempSubdirectory("tcapi-home-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(home, "tcapi-feed"), package.Folder);
            var script = string.Join('\n', shell.Skip(1)).Replace(addPackage, $"dotnet add package TcApi --version {package.Version}", StringComparison.Ordinal);
            var setup = Shell.Run(home, script, home);
            Assert.True(setup.ExitCode == 0, setup.Output);

            var project = Path.Combine(home, "TcApiDemo");
            var projectFile = Path.Combine(project, "TcApiDemo.csproj");
            Assert.DoesNotContain("<clear", File.ReadAllText(Path.Combine(project, "nuget.config")), StringComparison.Ordinal);
            File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("</Project>", Block(readme, "project") + "\n</Project>", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(project, "Program.cs"), Block(readme, "program"));
            var run = Shell.Run(project, Block(readme, "run"), home);

            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains(Block(readme, "output"), run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static string Block(string readme, string name) => ReadmeBlock.After(readme, "readme-install:" + name);
}
