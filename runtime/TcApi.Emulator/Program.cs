using System.Runtime.InteropServices;
using TcApi.Emulator;

// dotnet run --project runtime/TcApi.Emulator -- --port 9000 [--secret-id ID --secret-key KEY]
// A bad option or a port it cannot take: one line on standard error, exit code 2.
var (options, invalid) = EmulatorCommandLine.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"{EmulatorCommandLine.Name}: {invalid}");
    return 2;
}

// The host under the emulator (its ConsoleLifetime) catches these signals too, cancels the default termination and
// only asks the application to stop; the emulator is started rather than run, so nothing would act on that request and
// the process would keep its port until SIGKILL. Stop here instead: dispose the server, then exit 0.
var stop = new TaskCompletionSource<PosixSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult(context.Signal);
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var onQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop);

GaapEmulator emulator;
try
{
    emulator = await GaapEmulator.StartAsync(options);
}
catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
{
    // Kestrel's bind failure: the port is taken, or not ours to take.
    Console.Error.WriteLine($"{EmulatorCommandLine.Name}: cannot listen on 127.0.0.1:{options.Port}: {e.Message.TrimEnd('.')}; choose another with --port N (0 picks a free one)");
    return 2;
}

PosixSignal signal;
await using (emulator)
{
    Console.WriteLine($"TcApi GAAP emulator listening on {emulator.Address}");
    Console.WriteLine(ReferenceEquals(options.Credential, EmulatorOptions.TestCredential)
        ? $"Accepting the test credential: SecretId {emulator.Credential.SecretId}, SecretKey {emulator.Credential.SecretKey}"
        : $"Accepting SecretId {emulator.Credential.SecretId} with the secret key given");
    Console.WriteLine("Press Ctrl+C to stop.");
    signal = await stop.Task;
}

Console.WriteLine($"TcApi GAAP emulator stopped ({signal}).");
return 0;
