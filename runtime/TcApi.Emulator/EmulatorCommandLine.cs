using System.Globalization;
using TcApi.Signing;

namespace TcApi.Emulator;

/// <summary>
/// The program's options: <c>[--port N] [--secret-id ID --secret-key KEY]</c>. Anything else is a one-line error for
/// standard error (and exit code 2), never an exception.
/// </summary>
internal static class EmulatorCommandLine
{
    public const string Name = "TcApi GAAP emulator";

    /// <summary>The options <paramref name="args"/> give, or the error that says what is wrong with them.</summary>
    public static (EmulatorOptions? Options, string? Error) Parse(string[] args)
    {
        var options = new EmulatorOptions { Port = 9000 };
        string? secretId = null, secretKey = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--port" or "--secret-id" or "--secret-key"))
            {
                return (null, $"unknown option {name}; the options are [--port N] [--secret-id ID --secret-key KEY]");
            }

            if (i + 1 >= args.Length)
            {
                return (null, $"{name} needs a value");
            }

            var value = args[++i];
            switch (name)
            {
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                    {
                        return (null, $"--port takes a port number from 0 to 65535, not '{value}'");
                    }

                    options.Port = port;
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
            return (null, "give both --secret-id and --secret-key, or neither (the fixed test credential is used)");
        }

        if (secretId is not null)
        {
            options.Credential = new Credential(secretId, secretKey!);
        }

        return (options, null);
    }
}
