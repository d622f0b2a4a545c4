using System.Globalization;
using TcApi.Signing;

namespace TcApi.Emulator;

/// <summary>
/// The program's options: <c>[--service NAME[@VERSION]]... [--port N] [--secret-id ID --secret-key KEY]</c>. Anything
/// else (an unknown service or version among them) is a one-line error for standard error (and exit code 2), never an
/// exception.
/// </summary>
internal static class EmulatorCommandLine
{
    public const string Name = "TcApi GAAP emulator";

    public const string CloudName = "TcApi local cloud";

    private const string Usage = "[--service NAME[@VERSION]]... [--port N] [--secret-id ID --secret-key KEY]";

    /// <summary>The options <paramref name="args"/> give, or the error that says what is wrong with them.</summary>
    public static (EmulatorOptions? Options, string? Error) Parse(string[] args)
    {
        var (options, _, error) = ParseWithServices(args);
        return (options, error);
    }

    /// <summary>
    /// The options and the services <paramref name="args"/> select (none: the GAAP emulator as before), or the error.
    /// </summary>
    public static (EmulatorOptions? Options, IReadOnlyList<string> Services, string? Error) ParseWithServices(string[] args)
    {
        var services = new List<string>();
        var options = new EmulatorOptions { Port = 9000 };
        string? secretId = null, secretKey = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--port" or "--secret-id" or "--secret-key" or "--service"))
            {
                return (null, services, $"unknown option {name}; the options are {Usage}");
            }

            if (i + 1 >= args.Length)
            {
                return (null, services, $"{name} needs a value");
            }

            var value = args[++i];
            switch (name)
            {
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                    {
                        return (null, services, $"--port takes a port number from 0 to 65535, not '{value}'");
                    }

                    options.Port = port;
                    break;
                case "--service":
                    var (service, version) = Cloud.CloudCatalog.ParseSelection(value);
                    try
                    {
                        Cloud.CloudCatalog.Load(service, string.IsNullOrEmpty(version) ? null : version);
                    }
                    catch (ArgumentException e)
                    {
                        return (null, services, $"--service {value}: {e.Message.Split(" (Parameter", 2)[0]}");
                    }

                    services.Add(value);
                    break;
                case "--secret-id":
                    secretId = value;
                    break;
                default:
                    secretKey = value;
                    break;
            }
        }

        if ((secretId is null) != (secretKey is null))
        {
            return (null, services, "give both --secret-id and --secret-key, or neither (the fixed test credential is used)");
        }

        if (secretId is not null)
        {
            options.Credential = new Credential(secretId, secretKey!);
        }

        return (options, services, null);
    }
}
