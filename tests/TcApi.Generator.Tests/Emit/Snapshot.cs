using System.Text;

namespace TcApi.Generator.Tests.Emit;

/// <summary>
/// Compares text with a checked-in <c>.verified.cs</c> file. A mismatch writes <c>.received.cs</c> beside it and fails
/// with a line diff; set TCAPI_ACCEPT_SNAPSHOTS=1 to accept the new text instead.
/// </summary>
internal static class Snapshot
{
    /// <summary>
    /// The checked-in snapshots, found from the test assembly upwards: CI builds map source paths to "/_/"
    /// (ContinuousIntegrationBuild), so [CallerFilePath] cannot be trusted to point into the checkout.
    /// </summary>
    public static string Directory() => Path.Combine(RepositoryRoot(), "tests", "TcApi.Generator.Tests", "Snapshots");

    /// <summary>The folder holding Toolkit.sln, found from the test assembly upwards.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
    }

    public static string? Compare(string name, string actual)
    {
        var directory = Directory();
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }

        if (Environment.GetEnvironmentVariable("TCAPI_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual);
        return expected is null
            ? $"{name}: no verified snapshot; wrote {received}"
            : $"{name}: differs from its snapshot (wrote {received}):\n{Diff(expected, actual)}";
    }

    /// <summary>The first differing lines, enough to see what changed.</summary>
    private static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < 20; i++)
        {
            var l = i < left.Length ? left[i] : "<end>";
            var r = i < right.Length ? right[i] : "<end>";
            if (l != r)
            {
                text.AppendLine($"  line {i + 1}:").AppendLine("  - " + l).AppendLine("  + " + r);
                shown++;
            }
        }

        return text.ToString();
    }
}
