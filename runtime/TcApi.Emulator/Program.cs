using System.Runtime.InteropServices;
using TcApi.Emulator;
using TcApi.Signing;

// dotnet run --project runtime/TcApi.Emulator -- --port 9000 [--secret-id ID --secret-key KEY]
var options = new EmulatorOptions { Port = 9000 };
string? secretId = null, secretKey = null;
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--port": options.Port = int.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture); break;
        case "--secret-id": secretId = Value(); break;
        case "--secret-key": secretKey = Value(); break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}. Usage: [--port N] [--secret-id ID --secret-key KEY]");
            return 2;
    }
}

if ((secretId is null) != (secretKey is null))
{
    Console.Error.WriteLine("Give both --secret-id and --secret-key, or neither (the fixed test credential is used).");
    return 2;
}

if (secretId is not null)
{
    options.Credential = new Credential(secretId, secretKey!);
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

PosixSignal signal;
await using (var emulator = await GaapEmulator.StartAsync(options))
{
    Console.WriteLine($"TcApi GAAP emulator listening on {emulator.Address}");
    Console.WriteLine(secretId is null
        ? $"Accepting the test credential: SecretId {emulator.Credential.SecretId}, SecretKey {emulator.Credential.SecretKey}"
        : $"Accepting SecretId {emulator.Credential.SecretId} with the secret key given");
    Console.WriteLine("Press Ctrl+C to stop.");
    signal = await stop.Task;
}

Console.WriteLine($"TcApi GAAP emulator stopped ({signal}).");
return 0;
