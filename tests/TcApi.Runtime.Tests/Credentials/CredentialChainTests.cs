using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using TcApi.Credentials;
using TcApi.Errors;
using TcApi.Runtime.Tests.Support;
using TcApi.Signing;

namespace TcApi.Runtime.Tests.Credentials;

public class CredentialChainTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory _home = new();

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task The_first_provider_that_applies_wins_and_is_kept()
    {
        var skipped = new CountingProvider("first", () => throw new CredentialUnavailableException("first", "not here"));
        var chosen = new CountingProvider("second", () => new Credential("AKIDsecond", Secrets.Key));
        var never = new CountingProvider("third", () => new Credential("AKIDthird", Secrets.Key));
        var chain = new CredentialChain(skipped, chosen, never);

        var credential = await chain.GetCredentialAsync();
        await chain.GetCredentialAsync();

        Assert.Equal("AKIDsecond", credential.SecretId);
        Assert.Same(chosen, chain.SelectedProvider);
        Assert.Equal((1, 2, 0), (skipped.Calls, chosen.Calls, never.Calls));
    }

    [Fact]
    public async Task When_nothing_applies_the_exception_names_every_provider_and_why()
    {
        var chain = new CredentialChain(
            new CountingProvider("one", () => throw new CredentialUnavailableException("one", "variable unset")),
            new CountingProvider("two", () => throw new CredentialUnavailableException("two", "file absent")));

        var error = await Assert.ThrowsAsync<CredentialNotFoundException>(() => chain.GetCredentialAsync().AsTask());

        Assert.Equal([new CredentialAttempt("one", "variable unset"), new CredentialAttempt("two", "file absent")], error.Attempts);
        Assert.Equal("No credentials found. Tried: one (variable unset); two (file absent).", error.Message);
    }

    [Fact]
    public async Task A_provider_that_applies_but_fails_stops_the_chain_and_names_the_earlier_ones()
    {
        var never = new CountingProvider("three", () => new Credential("AKID", Secrets.Key));
        var chain = new CredentialChain(
            new CountingProvider("one", () => throw new CredentialUnavailableException("one", "variable unset")),
            new CountingProvider("two", () => throw new CredentialRefreshException("two", "malformed file")),
            never);

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => chain.GetCredentialAsync().AsTask());

        Assert.Equal("two", error.Provider);
        Assert.Equal([new CredentialAttempt("one", "variable unset")], error.EarlierAttempts);
        Assert.Equal("Credentials from two could not be obtained: malformed file (tried before: one (variable unset))", error.Message);
        Assert.Equal(0, never.Calls);
    }

    [Fact]
    public async Task A_later_refresh_failure_of_the_chosen_provider_names_it_and_the_earlier_ones()
    {
        var fail = false;
        var chosen = new ScriptedProvider(new CredentialRefreshOptions { TimeProvider = _time }, n => fail
            ? throw new HttpRequestException("metadata down")
            : new Credential($"AKID{n}", Secrets.Key, Secrets.Token, _time.GetUtcNow().AddHours(1)));
        var chain = new CredentialChain(new CountingProvider("env", () => throw new CredentialUnavailableException("env", "unset")), chosen);
        await chain.GetCredentialAsync();
        fail = true;
        _time.Advance(TimeSpan.FromHours(1));

        var error = await Assert.ThrowsAsync<CredentialRefreshException>(() => chain.GetCredentialAsync().AsTask());

        Assert.Equal("scripted provider", error.Provider);
        Assert.Equal("metadata down", error.Reason);
        Assert.Equal([new CredentialAttempt("env", "unset")], error.EarlierAttempts);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_search()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new ScriptedProvider(new CredentialRefreshOptions { TimeProvider = _time }, _ => new Credential("AKID", Secrets.Key)) { Gate = gate };
        var skipped = new CountingProvider("first", () => throw new CredentialUnavailableException("first", "not here"));
        var chain = new CredentialChain(skipped, slow);

        var calls = Enumerable.Range(0, 50).Select(_ => chain.GetCredentialAsync().AsTask()).ToArray();
        gate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal((1, 1), (skipped.Calls, slow.Fetches));
    }

    [Fact]
    public async Task The_default_chain_tries_environment_profile_oidc_and_cvm_role_in_that_order()
    {
        var chain = DefaultCredentialChain.Create(Options(new() { ["HOME"] = _home.Path }, metadata: ClosedEndpoint()));

        var error = await Assert.ThrowsAsync<CredentialNotFoundException>(() => chain.GetCredentialAsync().AsTask());

        Assert.Equal(["environment variables", "profile file", "OIDC web identity (TKE)", "CVM instance role"], error.Attempts.Select(a => a.Provider));
        Assert.Equal("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set", error.Attempts[0].Reason);
        Assert.StartsWith("no credentials file at ", error.Attempts[1].Reason);
        Assert.Equal("TKE_ROLE_ARN, TKE_PROVIDER_ID and TKE_WEB_IDENTITY_TOKEN_FILE are not set", error.Attempts[2].Reason);
        Assert.StartsWith("the metadata service at ", error.Attempts[3].Reason);
    }

    [Fact]
    public async Task The_default_chain_reads_the_profile_file_after_the_environment()
    {
        _home.Write(".tencentcloud/credentials", "[default]\nsecret_id = AKIDprofile\nsecret_key = k\n");
        var chain = DefaultCredentialChain.Create(Options(new() { ["HOME"] = _home.Path }, metadata: ClosedEndpoint()));

        var credential = await chain.GetCredentialAsync();

        Assert.Equal("AKIDprofile", credential.SecretId);
        Assert.IsType<ProfileCredentialProvider>(chain.SelectedProvider);
    }

    [Fact]
    public async Task The_default_chain_prefers_a_pods_oidc_identity_to_the_nodes_cvm_role()
    {
        await using var metadata = await MetadataServer.StartAsync();
        var sts = new FakeStsTokenSource(_time, TimeSpan.FromHours(2));
        var options = Options(new()
        {
            ["HOME"] = _home.Path,
            ["TKE_REGION"] = "ap-guangzhou",
            ["TKE_PROVIDER_ID"] = "oidc",
            ["TKE_ROLE_ARN"] = "qcs::cam::uin/1:roleName/pod",
            ["TKE_WEB_IDENTITY_TOKEN_FILE"] = _home.Write("token", Secrets.OidcToken),
        }, metadata.Endpoint);
        options.StsTokenSource = sts;

        var credential = await DefaultCredentialChain.Create(options).GetCredentialAsync();

        Assert.Equal("AKIDsts1", credential.SecretId);
        Assert.Equal(0, metadata.CredentialRequests);
    }

    [Fact]
    public async Task The_default_chain_falls_back_to_the_cvm_role()
    {
        await using var metadata = await MetadataServer.StartAsync();
        metadata.Expiry = _time.GetUtcNow().AddHours(6);

        var credential = await DefaultCredentialChain.Create(Options(new() { ["HOME"] = _home.Path }, metadata.Endpoint)).GetCredentialAsync();

        Assert.Equal("AKIDcvm1", credential.SecretId);
    }

    private DefaultCredentialChainOptions Options(Dictionary<string, string> variables, Uri metadata) => new()
    {
        EnvironmentVariables = new FakeEnvironment(variables).Get,
        GlobalCredentialsFile = Path.Combine(_home.Path, "no-global-file"),
        CvmRole = new CvmRoleOptions { MetadataEndpoint = metadata },
        Refresh = new CredentialRefreshOptions { TimeProvider = _time },
    };

    private static Uri ClosedEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/latest/meta-data/");
    }

    private sealed class CountingProvider(string name, Func<Credential> answer) : ICredentialProvider
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return new ValueTask<Credential>(answer());
        }

        public override string ToString() => name;
    }
}
