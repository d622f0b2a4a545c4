using System.Diagnostics;

namespace TcApi.Package.Tests;

/// <summary>Runs the dotnet CLI and returns its exit code and output.</summary>
internal static class DotNet
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Hang protection only, never a speed check: packing the whole solution in Release on two loaded cores takes more
        // than the eight minutes this once allowed (the local cloud's service packs and the new test projects build too).
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(25)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} did not finish in time.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
