using System.Text;
using TcApi.Gaap.V20180529;
using TcApi.Validation;

// 1. Build a request. Required members are C# `required`; every property has IntelliSense docs from the spec.
var request = new CreateTCPListenersRequest
{
    ListenerName = "web",
    Ports = [80, 443],
    Scheduler = Scheduler.WeightedRoundRobin,
    HealthCheck = true,
    RealServerType = RealServerType.Ip,
    ProxyId = "link-bjkpdum1",
    DelayLoop = 20,
    ConnectTimeout = 10,
};

// 2. Validate it against every documented constraint and rule.
var result = request.Validate();
Console.WriteLine($"Our request is {(result.IsValid ? "valid" : "invalid")}.");

// 3. Its wire JSON, exactly as it will be signed and sent.
Console.WriteLine("Wire JSON: " + Encoding.UTF8.GetString(request.ToJsonUtf8()));
Console.WriteLine();

// 4. The documentation's own example request, as published (numbers written as strings).
var published = """
    {
        "RealServerType": "IP",
        "ConnectTimeout": "20",
        "ProxyId": "link-bjkpdum1",
        "HealthCheck": "1",
        "ListenerName": "test1",
        "Scheduler": "rr",
        "Ports": ["90"],
        "DelayLoop": "20"
    }
    """u8;
var example = CreateTCPListenersRequest.ReadFrom(published);
Console.WriteLine("The documentation's example request breaks its own rule:");
foreach (var violation in example.Validate().Violations)
{
    Console.WriteLine($"  {violation.Severity.ToString().ToLowerInvariant()} {violation.RuleId} at {violation.Path}: {violation.Message}");
}

// 5. Constants that break a rule do not compile (try DelayLoop = 400: error TCAPI1001). Values known only at run
//    time, say from configuration, are checked by EnsureValid(), which throws one exception listing every violation.
var configuredPorts = new List<int> { 0, 443, 443 };
var configuredDelay = int.Parse("400", System.Globalization.CultureInfo.InvariantCulture);
try
{
    (request with { Ports = configuredPorts, DelayLoop = configuredDelay }).EnsureValid();
}
catch (RequestValidationException e)
{
    Console.WriteLine();
    Console.WriteLine(e.Message);
}
