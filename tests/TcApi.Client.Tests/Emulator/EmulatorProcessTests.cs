using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using TcApi.Emulator;

namespace TcApi.Client.Tests.Emulator;

/// <summary>
/// The emulator as a program, the way `docker stop`, systemd or a test harness stops it: SIGTERM or SIGINT ends it,
/// with exit code 0, and frees its port.
/// </summary>
[Collection(nameof(EmulatorProcessTests))]
public class EmulatorProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    // A hang detector, not a speed check: the failure this guards against is a process that keeps its port until SIGKILL.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("SIGTERM")]
    [InlineData("SIGINT")]
    public async Task A_signal_stops_the_program_with_exit_code_0_and_frees_the_port(string signal)
    {
        // Windows has no POSIX signals to send; CI runs on Linux.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A shell starts a background job (`cmd &`) with SIGINT and SIGQUIT ignored, and a child inherits that: the
        // emulator then rightly does not stop on SIGINT, as any program would not. Nothing to check in such a run.
        if (signal == "SIGINT" && IgnoresSigInt())
        {
            return;
        }

        var port = FreePort();
        using var emulator = StartProgram(port);
        var output = new StringBuilder();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        emulator.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        emulator.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };

        emulator.Start();
        try
        {
            emulator.BeginOutputReadLine();
            emulator.BeginErrorReadLine();
            var started = await Task.WhenAny(listening.Task, emulator.WaitForExitAsync(), Task.Delay(StartTimeout));
            Assert.True(started == listening.Task, $"The emulator did not report it was listening within {StartTimeout.TotalSeconds} s. Output:\n{Output()}");

            Assert.True(Kill(emulator.Id, signal == "SIGTERM" ? SigTerm : SigInt) == 0, $"kill({emulator.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");

            using (var stopped = new CancellationTokenSource(StopTimeout))
            {
                try
                {
                    await emulator.WaitForExitAsync(stopped.Token);
                }
                catch (OperationCanceledException)
                {
                    Assert.Fail($"The emulator was still running {StopTimeout.TotalSeconds} s after {signal}. Output:\n{Output()}");
                }
            }

            Assert.True(emulator.ExitCode == 0, $"Exit code {emulator.ExitCode} after {signal}. Output:\n{Output()}");
            Assert.Contains($"stopped ({signal})", Output(), StringComparison.Ordinal);

            var again = new TcpListener(IPAddress.Loopback, port);
            again.Start();
            again.Stop();
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill(entireProcessTree: true);
            }
        }

        string Output()
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    private const int SigInt = 2;   // the same on Linux and macOS
    private const int SigTerm = 15;

    // DllImport rather than LibraryImport: the source-generated form needs unsafe code enabled in the project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>The real program: TcApi.Emulator.dll, copied next to this assembly by the project reference.</summary>
    private static Process StartProgram(int port)
    {
        var dll = typeof(GaapEmulator).Assembly.Location;
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), $"No runtimeconfig.json next to {dll}: it cannot run as a program.");
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new Process { StartInfo = info };
    }

    /// <summary>The dotnet host running these tests, so the program runs on the same installation.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    /// <summary>Whether this process was started with SIGINT ignored (Linux: bit 2 of SigIgn in /proc/self/status).</summary>
    private static bool IgnoresSigInt()
    {
        const string field = "SigIgn:";
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) : null;
        return line is not null && (Convert.ToUInt64(line[field.Length..].Trim(), 16) & (1UL << (2 - 1))) != 0;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>
/// Alone, not beside the other tests: starting a second runtime is a burst of CPU that would disturb their tight
/// timeouts, and their load would eat into the two seconds given here.
/// </summary>
[CollectionDefinition(nameof(EmulatorProcessTests), DisableParallelization = true)]
public class EmulatorProcessTestsCollection;
