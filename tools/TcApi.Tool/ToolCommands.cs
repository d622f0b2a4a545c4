using TcApi.Generator.Overlay;
using TcApi.Tool.Commands;

namespace TcApi.Tool;

/// <summary>
/// The tool's commands; each reads its options and returns a process exit code (0 ok, 1 failed, 2 usage: an unknown
/// command, option, service or version, or a value that does not parse, reported in one line).
/// </summary>
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
                "mine-stats" => await MineStatsCommand.RunAsync(options, output, error),
                "corpus-check" => await CorpusCheckCommand.RunAsync(options, output, error),
                _ => throw new ToolUsageException($"no such command{NearestNames.Hint(args[0], Commands)}; `tcapi help` lists the commands."),
            };
        }
        catch (ToolUsageException e)
        {
            // One line, as the build reports an unknown <TcApiService>: what was wrong and the nearest right names.
            error.WriteLine($"tcapi {args[0]}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"tcapi {args[0]}: {e.Message}");
            return 1;
        }
    }

    private static readonly string[] Commands = ["import", "catalog", "mine-stats", "corpus-check", "help"];

    public const string Usage = """
        Usage: tcapi <command> [options]

          import <service> [--version yyyy-MM-dd] [--out <file>] [--no-mining] [--corpus <dir>]
              Imports one service version from Tencent's metadata (spec/tencent) into a base spec (format 2).
              Without --version, the newest. Without --out, writes spec/<service>/<service>-v<version>.tcapi.json.
              --no-mining leaves out the constraints and rules read from the documentation.

          catalog --out <dir> [--services a,b] [--overlays <dir>] [--corpus <dir>] [--doc <file>]
              Writes the service catalogue the package carries: every service version's base spec (compact, without
              published examples), the overlays found under --overlays (default spec/), and index.json;
              --doc writes the list of services (docs/services.md).

          mine-stats [--out <file>] [--list constraints] [--corpus <dir>]
              Runs the constraint reader over every service version: constraints per kind and per service, members
              covered, and every published example checked against them; --out writes the report with each violation.

          mine-stats --grep <regex> [--members all] [--corpus <dir>]
              Lists every documentation sentence of a request member (--members all: of input objects too) that the
              pattern matches (folded text, ignoring case), one per line: member, type, language, sentence, and what
              the reader mines from the member (a star marks what it read from that sentence); then how many
              sentences and members matched.

          mine-stats --census [--examples n] [--corpus <dir>]
              Counts the members whose documentation states what format 2 cannot hold — a range with special values,
              a length in bytes, a bound under a condition on another member — with examples of each (five from
              different services, or the first n members with --examples n).

          corpus-check [--services a,b] [--sample] [--out <file>] [--parallel n] [--overlays <dir>] [--corpus <dir>]
              Imports, generates and compiles every service version (or those of --services, or CI's fixed --sample)
              as a consumer's build does, and reads every published example with the generated readers; --out writes
              the markdown report (docs/corpus-check.md for the whole corpus). Exits 1 when a service version fails.
        """;
}
