using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// The base of providers of temporary credentials: hands out the cached credentials until they come within
/// <see cref="CredentialRefreshOptions.RefreshBefore"/> of their expiry, then fetches new ones — once, however many
/// callers race for them. If a refresh fails while the current credentials have more than
/// <see cref="CredentialRefreshOptions.MinimumValidity"/> left, those stay in use (and the failure is logged);
/// otherwise the failure reaches every waiting caller as a <see cref="CredentialException"/> naming the provider.
/// </summary>
public abstract class RefreshingCredentialProvider : ICredentialProvider
{
    private readonly object _gate = new();
    private readonly CredentialRefreshOptions _options;
    private readonly ILogger _logger;
    private Credential? _current;
    private Task<Credential>? _refresh;
    private DateTimeOffset _retryAfter = DateTimeOffset.MinValue;

    /// <summary>Creates the provider.</summary>
    protected RefreshingCredentialProvider(CredentialRefreshOptions? options)
    {
        _options = options ?? new CredentialRefreshOptions();
        _options.Validate();
        _logger = _options.LoggerFactory?.CreateLogger(CredentialLog.Category) ?? NullLogger.Instance;
    }

    private string Name => ToString() ?? GetType().Name;

    /// <summary>The clock of <see cref="CredentialRefreshOptions.TimeProvider"/>.</summary>
    protected TimeProvider TimeProvider => _options.TimeProvider;

    /// <inheritdoc />
    public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _current);
        return current is not null && IsFresh(current, TimeProvider.GetUtcNow())
            ? new ValueTask<Credential>(current)
            : JoinRefreshAsync(cancellationToken);
    }

    /// <summary>
    /// Fetches new credentials. Called by one caller at a time; not cancelled by any caller's token (others wait for
    /// the same result), so it must bound its own time. Throw <see cref="CredentialUnavailableException"/> when the
    /// provider does not apply here.
    /// </summary>
    protected abstract Task<Credential> FetchAsync(CancellationToken cancellationToken);

    private ValueTask<Credential> JoinRefreshAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<Credential>? mine = null;
        Task<Credential> refresh;
        lock (_gate)
        {
            var now = TimeProvider.GetUtcNow();
            var current = _current;
            if (current is not null && (IsFresh(current, now) || (now < _retryAfter && IsUsable(current, now))))
            {
                return new ValueTask<Credential>(current);
            }

            if (_refresh is null)
            {
                mine = new TaskCompletionSource<Credential>(TaskCreationOptions.RunContinuationsAsynchronously);
                _refresh = mine.Task;
            }

            refresh = _refresh;
        }

        if (mine is not null)
        {
            _ = RefreshAsync(mine);
        }

        return new ValueTask<Credential>(cancellationToken.CanBeCanceled ? refresh.WaitAsync(cancellationToken) : refresh);
    }

    private async Task RefreshAsync(TaskCompletionSource<Credential> completion)
    {
        Credential? fresh = null;
        CredentialException? failure = null;
        try
        {
            fresh = await FetchAsync(CancellationToken.None).ConfigureAwait(false);
            if (!IsUsable(fresh, TimeProvider.GetUtcNow()))
            {
                failure = new CredentialRefreshException(Name, $"the new credentials expire at {fresh.Expiration:u}, within the minimum validity of {_options.MinimumValidity}");
                fresh = null;
            }
        }
        catch (Exception e)
        {
            failure = e as CredentialException ?? new CredentialRefreshException(Name, e.Message, e);
        }

        Credential? fallback = null;
        var retryAfter = DateTimeOffset.MinValue;
        lock (_gate)
        {
            // Forget the refresh before completing it, so no later caller joins a finished one.
            _refresh = null;
            if (fresh is not null)
            {
                Volatile.Write(ref _current, fresh);
                _retryAfter = DateTimeOffset.MinValue;
            }
            else
            {
                var now = TimeProvider.GetUtcNow();
                _retryAfter = retryAfter = now + _options.RetryAfterFailure;
                if (_current is { } current && IsUsable(current, now))
                {
                    fallback = current;
                }
            }
        }

        if (fresh is not null)
        {
            CredentialLog.Refreshed(_logger, Name, fresh.Expiration);
            completion.SetResult(fresh);
        }
        else if (fallback is not null)
        {
            CredentialLog.RefreshFailedKeptCurrent(_logger, Name, failure!.Reason, fallback.Expiration, retryAfter);
            completion.SetResult(fallback);
        }
        else
        {
            CredentialLog.RefreshFailed(_logger, Name, failure!.Reason);
            completion.SetException(failure);
        }
    }

    private bool IsFresh(Credential credential, DateTimeOffset now) =>
        credential.Expiration is not { } expiration || now < expiration - _options.RefreshBefore;

    private bool IsUsable(Credential credential, DateTimeOffset now) =>
        credential.Expiration is not { } expiration || now < expiration - _options.MinimumValidity;
}
