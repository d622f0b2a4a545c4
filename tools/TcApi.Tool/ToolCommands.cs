using TcApi.Tool.Commands;

namespace TcApi.Tool;

/// <summary>The tool's commands; each reads its options and returns a process exit code (0 ok, 1 failed, 2 usage).</summary>
public static class ToolCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var options = ToolOptions.Parse(args.Skip(1));
            return args[0] switch
            {
                "import" => await ImportCommand.RunAsync(options, output, error),
                "catalog" => await CatalogCommand.RunAsync(options, output, error),
                _ => Fail(error, $"Unknown command '{args[0]}'.\n{Usage}"),
            };
        }
        catch (ToolUsageException e)
        {
            return Fail(error, e.Message + "\n" + Usage);
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }

    public const string Usage = """
        Usage: tcapi <command> [options]

          import <service> [--version yyyy-MM-dd] [--out <file>] [--corpus <dir>]
              Imports one service version from Tencent's metadata (spec/tencent) into a base spec (format 2).
              Without --version, the newest. Without --out, writes spec/<service>/<service>-v<version>.tcapi.json.

          catalog --out <dir> [--services a,b] [--overlays <dir>] [--corpus <dir>]
              Writes the service catalogue the package carries: every service version's base spec (compact, without
              published examples), the overlays found under --overlays (default spec/), and index.json.
        """;
}
