using System.Diagnostics;

namespace TcApi.Client.Tests.Emulator;

/// <summary>The emulator program started as other languages' tests start it, stopped (killed) when disposed.</summary>
internal sealed class StandaloneCloud : IDisposable
{
    private readonly Process _process;

    private StandaloneCloud(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<StandaloneCloud> StartAsync(params string[] arguments)
    {
        var dll = typeof(TcApi.Emulator.GaapEmulator).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                if (line.Split(" listening on ", 2) is [_, var address])
                {
                    return new StandaloneCloud(process, new Uri(address));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"The local cloud did not start: {await process.StandardError.ReadToEndAsync()}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
