using System.Diagnostics;

namespace TcApi.Package.Tests;

/// <summary>Runs a bash script as a user would type it, with its own home folder.</summary>
internal static class Shell
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string script, string home)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-euo", "pipefail", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        // The packages already in this machine's NuGet cache stay usable; everything else is the new home's.
        start.Environment["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(25)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bash -c '{script}' did not finish in time.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
