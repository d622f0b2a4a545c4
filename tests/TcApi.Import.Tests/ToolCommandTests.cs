using TcApi.Tool;

namespace TcApi.Import.Tests;

/// <summary>
/// Wrong names on the tool's command line: an error in one line naming the nearest right ones, exit code 2, nothing
/// selected in silence — as the build reports an unknown <c>&lt;TcApiService&gt;</c>.
/// </summary>
[Collection(nameof(CorpusCollection))]
public class ToolCommandTests(CorpusFixture fixture)
{
    private static readonly string Corpus = Path.Combine(CorpusFixture.RepositoryRoot(), "spec", "tencent");

    [Theory]
    [InlineData("catalog", "--services", "autoscaling", "--out", "{out}")]
    [InlineData("corpus-check", "--services", "autoscaling", "--out", "{out}")]
    [InlineData("import", "autoscaling", "--out", "{out}")]
    public async Task A_service_named_by_its_folder_is_an_error_naming_its_key(params string[] command)
    {
        var (exit, error, written) = await RunAsync(command, corpus: true);

        Assert.Equal(2, exit);
        Assert.Equal($"tcapi {command[0]}: the corpus has no service 'autoscaling'{(command[0] == "import" ? string.Empty : " (--services)")}; nearest: as, ca", error);
        Assert.False(written);
    }

    [Fact]
    public async Task An_unknown_version_names_the_versions_the_service_has()
    {
        var (exit, error, _) = await RunAsync(["import", "cvm", "--version", "2017-03-13", "--out", "{out}"], corpus: true);

        Assert.Equal(2, exit);
        Assert.Equal("tcapi import: the corpus has no version '2017-03-13' of cvm (--version); it has 2017-03-12", error);
    }

    [Theory]
    [InlineData("catalog --service cvm --out {out}", "tcapi catalog: no option --service; nearest: --services; `tcapi help` lists the options.")]
    [InlineData("corpus-check --parallel abc", "tcapi corpus-check: --parallel takes a whole number of at least 1, not 'abc'")]
    [InlineData("corpus-check --sample --services cvm", "tcapi corpus-check: give --sample or --services, not both")]
    [InlineData("mine-stats --list everything", "tcapi mine-stats: --list takes 'constraints', not 'everything'")]
    [InlineData("catalog cvm --out {out}", "tcapi catalog: unexpected argument 'cvm'; `tcapi help` lists the options.")]
    [InlineData("catalogue --out {out}", "tcapi catalogue: no such command; nearest: catalog; `tcapi help` lists the commands.")]
    [InlineData("catalog --out {out} --corpus /nowhere", "tcapi catalog: no Tencent metadata in '/nowhere' (--corpus): it needs the archives of spec/tencent")]
    public async Task A_bad_option_is_one_line_and_exit_code_2(string command, string expected)
    {
        var (exit, error, written) = await RunAsync(command.Split(' '), corpus: !command.Contains("--corpus", StringComparison.Ordinal));

        Assert.Equal(2, exit);
        Assert.Equal(expected, error);
        Assert.False(written);
    }

    [Fact]
    public void Each_service_is_suggested_by_its_key_or_its_folder()
    {
        Assert.Equal(new[] { "as" }, CorpusNames.Services(fixture.Corpus, "services", "as"));
        var error = Assert.Throws<ToolUsageException>(() => CorpusNames.Services(fixture.Corpus, "services", "autoscaling, cvmm"));
        Assert.Equal("the corpus has no services (--services): 'autoscaling' (nearest: as, ca), 'cvmm' (nearest: cvm, cam, ciam)", error.Message);
        Assert.Throws<ToolUsageException>(() => CorpusNames.Services(fixture.Corpus, "services", " , "));
    }

    /// <summary>Runs the tool with <c>{out}</c> standing for a fresh temporary path; the exit code, standard error and whether anything was written there.</summary>
    private static async Task<(int Exit, string Error, bool Written)> RunAsync(string[] command, bool corpus)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tcapi-tool-{Guid.NewGuid():N}");
        var args = command.Select(a => a.Replace("{out}", path, StringComparison.Ordinal)).ToList();
        if (corpus)
        {
            args.AddRange(["--corpus", Corpus]);
        }

        var error = new StringWriter();
        try
        {
            var exit = await ToolCommands.RunAsync([.. args], TextWriter.Null, error);
            return (exit, error.ToString().TrimEnd('\r', '\n'), File.Exists(path) || Directory.Exists(path));
        }
        finally
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            File.Delete(path);
        }
    }
}
