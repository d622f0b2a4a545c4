using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TcApi.Errors;
using TcApi.Signing;

namespace TcApi.Credentials;

/// <summary>
/// Tries its providers in order and keeps the first that applies (one whose answer is not a
/// <see cref="CredentialUnavailableException"/>): later calls go straight to it, so its refreshes are its own. Nothing
/// applies: <see cref="CredentialNotFoundException"/> naming every provider and why. The chosen one fails: a
/// <see cref="CredentialRefreshException"/> naming it and the providers tried before it. A failed search is not
/// remembered; the next call searches again. Concurrent first calls share one search.
/// </summary>
public sealed class CredentialChain : ICredentialProvider
{
    private readonly ICredentialProvider[] _providers;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private Selection? _selected;
    private Task<Credential>? _search;

    /// <summary>Creates a chain of <paramref name="providers"/>, tried in order.</summary>
    public CredentialChain(params ICredentialProvider[] providers)
        : this(providers, loggerFactory: null)
    {
    }

    /// <summary>Creates a chain of <paramref name="providers"/>, tried in order, logging which applies.</summary>
    public CredentialChain(IEnumerable<ICredentialProvider> providers, ILoggerFactory? loggerFactory)
    {
        _providers = (providers ?? throw new ArgumentNullException(nameof(providers))).ToArray();
        if (_providers.Length == 0 || _providers.Any(p => p is null))
        {
            throw new ArgumentException("A credential chain needs providers, none of them null.", nameof(providers));
        }

        _logger = loggerFactory?.CreateLogger(CredentialLog.Category) ?? NullLogger.Instance;
    }

    /// <summary>The providers, in the order they are tried.</summary>
    public IReadOnlyList<ICredentialProvider> Providers => _providers;

    /// <summary>The provider that applied, once one has.</summary>
    public ICredentialProvider? SelectedProvider => Volatile.Read(ref _selected)?.Provider;

    /// <inheritdoc />
    public ValueTask<Credential> GetCredentialAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _selected) is not { } selected)
        {
            return JoinSearchAsync(cancellationToken);
        }

        ValueTask<Credential> pending;
        try
        {
            pending = selected.Provider.GetCredentialAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ValueTask.FromException<Credential>(selected.Failed(e));
        }

        return pending.IsCompletedSuccessfully ? pending : AwaitSelectedAsync(selected, pending);
    }

    /// <inheritdoc />
    public override string ToString() => "credential chain (" + string.Join(", ", _providers.Select(NameOf)) + ")";

    private static string NameOf(ICredentialProvider provider) => provider.ToString() ?? provider.GetType().Name;

    private static async ValueTask<Credential> AwaitSelectedAsync(Selection selected, ValueTask<Credential> pending)
    {
        try
        {
            return await pending.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw selected.Failed(e);
        }
    }

    private ValueTask<Credential> JoinSearchAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<Credential>? mine = null;
        Task<Credential> search;
        lock (_gate)
        {
            if (_selected is not null)
            {
                return GetCredentialAsync(cancellationToken);
            }

            if (_search is null)
            {
                mine = new TaskCompletionSource<Credential>(TaskCreationOptions.RunContinuationsAsynchronously);
                _search = mine.Task;
            }

            search = _search;
        }

        if (mine is not null)
        {
            _ = SearchAsync(mine);
        }

        return new ValueTask<Credential>(cancellationToken.CanBeCanceled ? search.WaitAsync(cancellationToken) : search);
    }

    private async Task SearchAsync(TaskCompletionSource<Credential> completion)
    {
        var attempts = new List<CredentialAttempt>(_providers.Length);
        Exception? failure = null;
        foreach (var provider in _providers)
        {
            try
            {
                // Not any caller's token: the other callers wait for the same search.
                var credential = await provider.GetCredentialAsync(CancellationToken.None).ConfigureAwait(false);
                var selection = new Selection(provider, attempts.ToArray());
                lock (_gate)
                {
                    Volatile.Write(ref _selected, selection);
                    _search = null;
                }

                CredentialLog.ChainSelected(_logger, selection.Name, attempts.Count == 0 ? "none" : string.Join("; ", attempts));
                completion.SetResult(credential);
                return;
            }
            catch (CredentialUnavailableException e)
            {
                attempts.Add(new CredentialAttempt(NameOf(provider), e.Reason));
            }
            catch (Exception e)
            {
                failure = new Selection(provider, attempts.ToArray()).Failed(e);
                break;
            }
        }

        failure ??= new CredentialNotFoundException(attempts.ToArray());
        lock (_gate)
        {
            _search = null;
        }

        CredentialLog.RefreshFailed(_logger, ToString(), ((CredentialException)failure).Reason);
        completion.SetException(failure);
    }

    private sealed class Selection(ICredentialProvider provider, CredentialAttempt[] earlier)
    {
        public ICredentialProvider Provider { get; } = provider;

        public string Name { get; } = NameOf(provider);

        /// <summary>The provider's failure, naming it and the providers tried before it.</summary>
        public CredentialRefreshException Failed(Exception e) => e switch
        {
            CredentialRefreshException refresh when refresh.EarlierAttempts.Count == earlier.Length => refresh,
            CredentialException credential => new CredentialRefreshException(credential.Provider, credential.Reason, earlier, credential.InnerException ?? credential),
            _ => new CredentialRefreshException(Name, e.Message, earlier, e),
        };
    }
}
