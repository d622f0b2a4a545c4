using TcApi.Gaap.V20180529;
using TcApi.Validation;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>
/// What a violation and a result print: the severity, the rule, the place and the message, as README.md shows it.
/// Before, a violation printed no severity and a result with only warnings gave no sign that it was still valid.
/// </summary>
public class ValidationTextTests
{
    private static readonly byte[] Published = """{"RealServerType":"IP","ConnectTimeout":"20","ProxyId":"link-bjkpdum1","HealthCheck":"1","ListenerName":"test1","Scheduler":"rr","Ports":["90"],"DelayLoop":"20"}"""u8.ToArray();

    [Fact]
    public void A_violation_prints_the_line_the_readme_shows()
    {
        var violation = Assert.Single(CreateTCPListenersRequest.ReadFrom(Published).Validate().Violations);

        const string Expected = "error CreateTCPListeners.ConnectTimeoutLessThanDelayLoop at /ConnectTimeout: ConnectTimeout (20) must be less than DelayLoop (20)";
        Assert.Equal(Expected, violation.ToString());
        Assert.Contains("\n" + Expected + "\n", File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_says_whether_it_is_valid_and_counts_errors_and_warnings()
    {
        var warning = new ValidationViolation("A.Limit.range", "/Limit", [], "Limit should be at most 100 (was 500)", RuleSeverity.Warning, "InvalidParameterValue");
        var error = new ValidationViolation("A.Ports.range", "/Ports/0", [], "Ports must be between 1 and 65535 (was 0)", RuleSeverity.Error, "InvalidParameterValue");

        Assert.Equal("valid", ValidationResult.Valid.ToString());
        Assert.Equal(string.Join(Environment.NewLine, "valid, 1 warning:", "warning A.Limit.range at /Limit: Limit should be at most 100 (was 500)"), new ValidationResult([warning]).ToString());
        Assert.Equal(
            string.Join(Environment.NewLine, "invalid, 1 error and 2 warnings:", warning.ToString(), error.ToString(), warning.ToString()),
            new ValidationResult([warning, error, warning]).ToString());
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above the test assembly.");
    }
}
