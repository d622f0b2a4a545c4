using Microsoft.CodeAnalysis;

namespace TcApi.Generator.Tests.Analysis;

/// <summary>
/// A string member with documented values gets known-value constants (<c>&lt;Property&gt;Values</c>) and stays a string:
/// code that assigns, compares and reads strings compiles as before (any compile error fails these tests), and the
/// analyzer reads the constants as it reads literals.
/// </summary>
public class KnownValuesTests
{
    private const string Required = """AccessRegion = "a", RealServerRegion = "b", Bandwidth = 10, Concurrent = 2""";

    private static string Method(string body) => $$"""
        class C
        {
            void M(string text)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task String_assignments_and_string_operations_still_compile_beside_the_constants() =>
        Verify.Analyzer(
            Method($$"""
                var literal = new CheckProxyCreateRequest { {{Required}}, NetworkType = "normal", PackageType = text };
                var constant = new CheckProxyCreateRequest { {{Required}}, NetworkType = CheckProxyCreateRequest.NetworkTypeValues.Cn2, IPAddressVersion = CheckProxyCreateRequest.IPAddressVersionValues.IPv6 };
                string? wire = constant.NetworkType;
                var isCn2 = constant.NetworkType == CheckProxyCreateRequest.NetworkTypeValues.Cn2 && wire?.Length == 3;
                var described = constant.PackageType switch { CheckProxyCreateRequest.PackageTypeValues.CrossBorder => "cross-border", null => "none", _ => constant.PackageType };
                const string cn2 = CheckProxyCreateRequest.NetworkTypeValues.Cn2;
                var changed = literal with { NetworkType = cn2 };
                """));

    [Fact]
    public Task A_constant_of_another_members_values_is_checked_like_a_literal() =>
        Verify.Analyzer(
            Method($$"""var r = new CheckProxyCreateRequest { {{Required}}, NetworkType = {|#0:CheckProxyCreateRequest.PackageTypeValues.Thunder|} };"""),
            Verify.Diagnostic("TCAPI2014").WithSeverity(DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("NetworkType should be one of normal, cn2 (was Thunder)", "CheckProxyCreate.NetworkType.allowedValues", "网络类型，可取值：normal、cn2"));
}
