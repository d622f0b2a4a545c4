using TcApi.Credentials.Sts;

namespace TcApi.Runtime.Tests.Support;

/// <summary>STS faked: records each request and answers with numbered temporary credentials (or throws).</summary>
internal sealed class FakeStsTokenSource(TimeProvider time, TimeSpan lifetime) : IStsTokenSource
{
    public List<StsAssumeRoleRequest> AssumeRoleRequests { get; } = new();

    public List<StsWebIdentityRequest> WebIdentityRequests { get; } = new();

    public Exception? Failure { get; set; }

    public Task<StsToken> AssumeRoleAsync(StsAssumeRoleRequest request, CancellationToken cancellationToken)
    {
        lock (AssumeRoleRequests)
        {
            AssumeRoleRequests.Add(request);
            return Answer(AssumeRoleRequests.Count);
        }
    }

    public Task<StsToken> AssumeRoleWithWebIdentityAsync(StsWebIdentityRequest request, CancellationToken cancellationToken)
    {
        lock (WebIdentityRequests)
        {
            WebIdentityRequests.Add(request);
            return Answer(WebIdentityRequests.Count);
        }
    }

    private Task<StsToken> Answer(int number) => Failure is { } failure
        ? Task.FromException<StsToken>(failure)
        : Task.FromResult(new StsToken($"AKIDsts{number}", Secrets.Key + number, Secrets.Token + number, time.GetUtcNow() + lifetime));
}
