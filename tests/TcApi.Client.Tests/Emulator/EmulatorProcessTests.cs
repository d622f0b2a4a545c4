using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using TcApi.Emulator;

namespace TcApi.Client.Tests.Emulator;

/// <summary>
/// The emulator as a program, the way `docker stop`, systemd or a test harness stops it: SIGTERM or SIGINT ends it,
/// with exit code 0, and frees its port. A start that cannot succeed (a bad option, a port in use) ends with one line
/// on standard error and exit code 2, never a stack trace.
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
        using var emulator = StartProgram("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

    [Theory]
    [InlineData("--port abc", "--port takes a port number from 0 to 65535, not 'abc'")]
    [InlineData("--port 70000", "--port takes a port number from 0 to 65535, not '70000'")]
    [InlineData("--port", "--port needs a value")]
    [InlineData("--secret-id AKID", "give both --secret-id and --secret-key, or neither (the fixed test credential is used)")]
    [InlineData("--verbose", "unknown option --verbose; the options are [--port N] [--secret-id ID --secret-key KEY]")]
    public async Task A_bad_option_is_one_line_and_exit_code_2(string arguments, string message)
    {
        var (exit, error) = await RunToExitAsync(arguments.Split(' '));

        Assert.Equal(2, exit);
        Assert.Equal("TcApi GAAP emulator: " + message, error);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_2()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var (exit, error) = await RunToExitAsync("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(2, exit);
            Assert.StartsWith($"TcApi GAAP emulator: cannot listen on 127.0.0.1:{port}: ", error);
            Assert.EndsWith("; choose another with --port N (0 picks a free one)", error);
        }
        finally
        {
            taken.Stop();
        }
    }

    /// <summary>Runs the program to its end: its exit code and standard error, which must be one line without a stack trace.</summary>
    private static async Task<(int Exit, string Error)> RunToExitAsync(params string[] arguments)
    {
        using var program = StartProgram(arguments);
        program.Start();
        var error = program.StandardError.ReadToEndAsync();
        var output = program.StandardOutput.ReadToEndAsync();
        using (var stopped = new CancellationTokenSource(StartTimeout))
        {
            try
            {
                await program.WaitForExitAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
                program.Kill(entireProcessTree: true);
                Assert.Fail($"The emulator was still running {StartTimeout.TotalSeconds} s after starting with {string.Join(' ', arguments)}. Output:\n{await output}");
            }
        }

        var text = (await error).TrimEnd('\r', '\n');
        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return (program.ExitCode, text);
    }

    private const int SigInt = 2;   // the same on Linux and macOS
    private const int SigTerm = 15;

    // DllImport rather than LibraryImport: the source-generated form needs unsafe code enabled in the project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>The real program: TcApi.Emulator.dll, copied next to this assembly by the project reference.</summary>
    private static Process StartProgram(params string[] arguments)
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
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

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
