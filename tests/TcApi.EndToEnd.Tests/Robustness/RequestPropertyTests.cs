using CsCheck;
using TcApi.Gaap.V20180529;

namespace TcApi.Client.Tests.Robustness;

/// <summary>
/// For random requests, Validate() finds exactly the rules an independent checker — written from the
/// CreateTCPListeners documentation, not from the generator — finds; every valid request's wire JSON reads back equal.
/// </summary>
public class RequestPropertyTests
{
    private static readonly Gen<int?> OptionalInt = Gen.Int[-3, 400].Select(Gen.Bool, (v, present) => present ? v : (int?)null);
    private static readonly Gen<IReadOnlyList<int>?> Ports = Gen.Int[-1, 65537].Array[0, 4].Select(Gen.Int[0, 9], (ports, shape) =>
        shape == 0 ? null : shape < 3 ? ports.Concat(ports.Take(1)).ToArray() : (IReadOnlyList<int>?)ports);

    private static readonly Gen<CreateTCPListenersRequest> Requests =
        Gen.Select(
            Gen.Select(Gen.Int[0, 9], Ports, Gen.Int[0, 5], Gen.Bool, Gen.Int[0, 3], Gen.Int[0, 3]),
            Gen.Select(OptionalInt, OptionalInt, Ports, Gen.Int[-1, 2], Gen.Int[0, 2], OptionalInt, OptionalInt),
            (a, b) => new CreateTCPListenersRequest
            {
                ListenerName = a.Item1 == 0 ? null! : "l" + a.Item1,
                Ports = a.Item2 ?? (a.Item1 == 1 ? null! : [80]),
                Scheduler = (Scheduler)a.Item3,
                HealthCheck = a.Item4,
                RealServerType = (RealServerType)a.Item5,
                ProxyId = (a.Item6 & 1) == 1 ? "link-1" : null,
                GroupId = (a.Item6 & 2) == 2 ? "lg-1" : null,
                DelayLoop = b.Item1,
                ConnectTimeout = b.Item2 is { } t ? t % 70 : null,
                RealServerPorts = b.Item3,
                ClientIPMethod = b.Item4 < 0 ? null : (ClientIPMethod)b.Item4,
                FailoverSwitch = b.Item5 == 2 ? null : b.Item5 == 1,
                HealthyThreshold = b.Item6 is { } h ? h % 13 : null,
                UnhealthyThreshold = b.Item7 is { } u ? u % 13 : null,
            });

    private static readonly Gen<CreateTCPListenersRequest> ValidRequests =
        Gen.Select(
            Gen.Select(Gen.String[1, 20], Gen.Int[1, 65535].ArrayUnique[1, 5], Gen.Int[1, 4], Gen.Bool, Gen.Bool, Gen.Bool),
            Gen.Select(Gen.Int[5, 300], Gen.Bool, Gen.Int[1, 65535].Array[0, 3], Gen.Int[-1, 1], Gen.Int[1, 10], Gen.Int[1, 10]),
            (a, b) => new CreateTCPListenersRequest
            {
                ListenerName = a.Item1,
                Ports = a.Item2,
                Scheduler = (Scheduler)a.Item3,
                HealthCheck = a.Item4,
                RealServerType = a.Item5 ? RealServerType.Domain : RealServerType.Ip,
                ProxyId = a.Item6 ? "link-1" : null,
                GroupId = a.Item6 ? null : "lg-1",
                DelayLoop = b.Item1,
                ConnectTimeout = b.Item2 ? Math.Min(60, Math.Max(2, b.Item1 - 1)) : null,
                RealServerPorts = b.Item3.Length == 0 ? null : b.Item3,
                ClientIPMethod = b.Item4 < 0 ? null : (ClientIPMethod)b.Item4,
                FailoverSwitch = a.Item5 ? false : b.Item5 > 5,
                HealthyThreshold = b.Item5,
                UnhealthyThreshold = b.Item6,
            });

    [Fact]
    public void Validate_agrees_with_an_independent_reading_of_the_documentation()
    {
        Requests.Sample(request =>
        {
            var expected = IndependentChecker.Broken(request);
            var actual = request.Validate().Violations.Select(v => v.RuleId).ToHashSet();

            Assert.Equal(expected.Order(), actual.Order());
        }, seed: "0N0XIzNsQ0O2", iter: 5000, threads: 1, print: r => r.ToString());
    }

    [Fact]
    public void Every_valid_request_reads_back_equal_from_its_wire_json()
    {
        ValidRequests.Sample(request =>
        {
            Assert.True(request.Validate().IsValid, request.Validate().ToString());
            Assert.Equal(request, CreateTCPListenersRequest.ReadFrom(request.ToJsonUtf8()));
        }, seed: "0N0XIzNsQ0O2", iter: 2000, threads: 1, print: r => r.ToString());
    }

    /// <summary>The documented rules, written out by hand from the seed document.</summary>
    private static class IndependentChecker
    {
        public static HashSet<string> Broken(CreateTCPListenersRequest r)
        {
            const string A = "CreateTCPListeners.";
            var broken = new HashSet<string>();
            void If(bool condition, string id)
            {
                if (condition)
                {
                    broken.Add(A + id);
                }
            }

            static bool Port(int p) => p is >= 1 and <= 65535;
            If(r.ListenerName is null, "ListenerName.required");
            If(r.Ports is null, "Ports.required");
            If(r.Ports is { Count: 0 }, "Ports.notEmpty");
            If(r.Ports is { } ports && ports.Any(p => !Port(p)), "Ports.range");
            If(r.Ports is { } list && list.Distinct().Count() != list.Count, "Ports.unique");
            If((int)r.Scheduler is < 1 or > 4, "Scheduler.enum");
            If((int)r.RealServerType is < 1 or > 2, "RealServerType.enum");
            If(r.DelayLoop is < 5 or > 300, "DelayLoop.range");
            If(r.ConnectTimeout is < 2 or > 60, "ConnectTimeout.range");
            If(r.RealServerPorts is { } real && real.Any(p => !Port(p)), "RealServerPorts.range");
            If(r.ClientIPMethod is { } m && (int)m is not (0 or 1), "ClientIPMethod.enum");
            If(r.HealthyThreshold is < 1 or > 10, "HealthyThreshold.range");
            If(r.UnhealthyThreshold is < 1 or > 10, "UnhealthyThreshold.range");
            If((r.ProxyId is null) == (r.GroupId is null), "ProxyIdOrGroupId");
            If(r.ConnectTimeout is { } timeout && r.DelayLoop is { } delay && timeout >= delay, "ConnectTimeoutLessThanDelayLoop");
            If(r.RealServerType == RealServerType.Domain && r.FailoverSwitch == true, "NoFailoverForDomain");
            return broken;
        }
    }
}
