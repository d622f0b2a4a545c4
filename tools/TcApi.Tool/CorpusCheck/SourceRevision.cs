using System.Diagnostics;

namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// The commit a report was made on, so a reader can tell which code it speaks for: the checkout's HEAD, and whether
/// tracked files differed from it.
/// </summary>
public static class SourceRevision
{
    /// <summary>"commit abc… (clean)", "commit abc… with uncommitted changes to 3 tracked files", or null outside a git checkout.</summary>
    public static string? Describe(string repository)
    {
        var head = Git(repository, "rev-parse", "HEAD");
        if (head is not { Length: 40 })
        {
            return null;
        }

        var changed = Git(repository, "status", "--porcelain", "--untracked-files=no")?.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        return changed == 0 ? $"commit {head} (clean)" : $"commit {head} with uncommitted changes to {changed} tracked file{(changed == 1 ? string.Empty : "s")}";
    }

    private static string? Git(string repository, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-C");
        info.ArgumentList.Add(repository);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(info)!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on the machine: the report says the commit is unknown.
            return null;
        }
    }
}
