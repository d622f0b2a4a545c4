using System.Diagnostics;
using System.Text.Json;
using TcApi.Client.Tests.Client;

namespace TcApi.Client.Tests.Emulator;

/// <summary>
/// Tencent's official Node.js SDK (npm tencentcloud-sdk-nodejs, pinned in NodeSdk/package-lock.json) drives the listener
/// workflow against the emulator, unchanged but for its endpoint: the emulator speaks the real protocol, not just ours.
/// Needs Node.js and npm (the first run installs the SDK from the npm registry); set TCAPI_SKIP_NODE=1 to opt out.
/// </summary>
public class NodeSdkTests
{
    [Fact]
    public async Task The_official_Node_SDK_drives_the_listener_workflow()
    {
        if (Environment.GetEnvironmentVariable("TCAPI_SKIP_NODE") == "1")
        {
            return;
        }

        var project = Path.Combine(RepositoryPaths.Root(), "tests", "TcApi.EndToEnd.Tests", "NodeSdk");
        await InstallAsync(project);
        await using var fixture = await EmulatorFixture.StartAsync();
        var credential = fixture.Emulator.Credential;

        var (exit, output, error) = await RunAsync("node", project, TimeSpan.FromSeconds(60),
            "workflow.js", $"127.0.0.1:{fixture.Emulator.Address.Port}", credential.SecretId, credential.SecretKey);

        Assert.True(exit == 0, $"node workflow.js exited {exit}: {error}");
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        var created = root.GetProperty("created").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(2, created.Count);
        Assert.Equal(2, root.GetProperty("listed").GetProperty("total").GetInt32());
        Assert.Equal([created[0]], root.GetProperty("listed").GetProperty("first").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("renamed", root.GetProperty("modified").GetProperty("name").GetString());
        Assert.Equal(40, root.GetProperty("modified").GetProperty("delayLoop").GetInt32());
        Assert.Equal(created, root.GetProperty("deleted").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, root.GetProperty("left").GetInt32());
        Assert.Contains("link-bjkpdum1", root.GetProperty("proxies").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("lg-bjkpdum1", root.GetProperty("groups").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("InvalidParameterValue", root.GetProperty("invalid").GetString());
        Assert.Empty(fixture.Emulator.State.Listeners);
    }

    [Fact]
    public async Task The_official_Node_SDK_calls_CVM_and_VPC_on_the_standalone_local_cloud()
    {
        if (Environment.GetEnvironmentVariable("TCAPI_SKIP_NODE") == "1")
        {
            return;
        }

        var project = Path.Combine(RepositoryPaths.Root(), "tests", "TcApi.EndToEnd.Tests", "NodeSdk");
        await InstallAsync(project);
        var credential = TcApi.Emulator.EmulatorOptions.TestCredential;
        using var server = await StandaloneCloud.StartAsync("--service", "cvm", "--service", "vpc", "--port", "0");

        var (exit, output, error) = await RunAsync("node", project, TimeSpan.FromSeconds(60),
            "cloud.js", $"127.0.0.1:{server.Address.Port}", credential.SecretId, credential.SecretKey);

        Assert.True(exit == 0, $"node cloud.js exited {exit}: {error}");
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.Equal(1, root.GetProperty("instances").GetProperty("total").GetInt32());
        Assert.Equal(["ins-xlsyru2j"], root.GetProperty("instances").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.NotEmpty(root.GetProperty("vpcs").EnumerateArray());
        Assert.Equal("UnknownParameter", root.GetProperty("unknown").GetString());
    }

    /// <summary>Installs the pinned SDK once (npm ci from the lock file); later runs reuse it.</summary>
    private static async Task InstallAsync(string project)
    {
        if (Directory.Exists(Path.Combine(project, "node_modules", "tencentcloud-sdk-nodejs")))
        {
            return;
        }

        var (exit, output, error) = await RunAsync("npm", project, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        Assert.True(exit == 0, $"npm ci failed ({exit}): {error}\n{output}");
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, string directory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' could not be started ({e.Message}). This test needs Node.js and npm on the PATH; set TCAPI_SKIP_NODE=1 to skip it.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}.");
            }

            return (process.ExitCode, await output, await error);
        }
    }
}
