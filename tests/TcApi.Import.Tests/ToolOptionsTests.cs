using TcApi.Tool;

namespace TcApi.Import.Tests;

public class ToolOptionsTests
{
    [Fact]
    public void A_flag_takes_no_value_and_an_option_takes_the_next_argument()
    {
        var options = ToolOptions.Parse(["--sample", "--out", "docs/corpus-check.md", "cvm"]);

        Assert.True(options.Has("sample"));
        Assert.False(options.Has("out"));
        Assert.Equal("docs/corpus-check.md", options["out"]);
        Assert.Equal(["cvm"], options.Positional);
    }

    [Fact]
    public void An_option_without_its_value_is_a_usage_error() =>
        Assert.Throws<ToolUsageException>(() => ToolOptions.Parse(["--parallel"]));
}
