using System;
using System.Diagnostics.Metrics;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TcApi.Client;
using TcApi.Credentials;
using TcApi.Extensions.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TcApi: the credentials every client signs with, the shared settings, and the service clients.</summary>
public static class TcApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers TcApi's settings and credentials (the default credential chain unless
    /// <see cref="TcApiOptions.Credentials"/> is set or an <see cref="ICredentialProvider"/> is registered).
    /// </summary>
    public static IServiceCollection AddTcApi(this IServiceCollection services, Action<TcApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Registers TcApi with its settings read from <paramref name="configuration"/>: the <c>TencentCloud</c> section of
    /// it, or the section itself when a section is passed. <paramref name="configure"/> runs after the binding.
    /// </summary>
    public static IServiceCollection AddTcApi(this IServiceCollection services, IConfiguration configuration, Action<TcApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration as IConfigurationSection ?? configuration.GetSection(TcApiOptions.SectionName);
        AddCore(services);
        services.Configure<TcApiOptions>(options =>
        {
            options.Section = section;
            TcApiConfigurationBinder.Bind(section, options);
        });
        return services.AddTcApi(configure);
    }

    /// <summary>
    /// Registers the service client <typeparamref name="TClient"/> as a typed client of IHttpClientFactory, made by
    /// <paramref name="create"/> — the generated constructor, e.g. <c>(http, credentials, options) =&gt; new GaapClient(http, credentials, options)</c>.
    /// </summary>
    /// <remarks>
    /// The client's options: a copy of <see cref="TcApiOptions.Client"/>, then the <c>TencentCloud:Clients:&lt;TClient's name&gt;</c>
    /// section, then <paramref name="configure"/>, then the container's <see cref="TimeProvider"/>, <see cref="ILoggerFactory"/>
    /// and <see cref="IMeterFactory"/> where the options name none. Built once: every instance of the (transient) client
    /// shares them, and with them the rate limiters. Returns the HttpClient builder, to add handlers. A test replaces the
    /// client with a double derived from it (its calls are virtual):
    /// <c>services.Replace(ServiceDescriptor.Singleton&lt;GaapClient&gt;(new FakeGaap()))</c>.
    /// </remarks>
    public static IHttpClientBuilder AddTencentCloudClient<TClient>(
        this IServiceCollection services,
        Func<HttpClient, ICredentialProvider, TencentCloudClientOptions, TClient> create,
        Action<TencentCloudClientOptions>? configure = null)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        AddCore(services);
        services.TryAddSingleton(sp => new ClientOptions<TClient>(CreateClientOptions(sp, typeof(TClient).Name, configure)));
        return services
            .AddHttpClient<TClient, TClient>(typeof(TClient).FullName ?? typeof(TClient).Name, (HttpClient http, IServiceProvider sp) =>
                create(http, sp.GetRequiredService<ICredentialProvider>(), sp.GetRequiredService<ClientOptions<TClient>>().Options))
            // The client times each attempt itself (TencentCloudClientOptions.Timeout); HttpClient's 100 s must not cut in.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(["Authorization", "X-TC-Token"]);
    }

    private static void AddCore(IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(CreateCredentials);
    }

    private static ICredentialProvider CreateCredentials(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TcApiOptions>>().Value;
        if (options.Credentials is { } credentials)
        {
            return credentials;
        }

        var chain = options.CredentialChain;
        chain.Refresh.LoggerFactory ??= services.GetService<ILoggerFactory>();
        if (chain.Refresh.TimeProvider == TimeProvider.System && services.GetService<TimeProvider>() is { } time)
        {
            chain.Refresh.TimeProvider = time;
        }

        return DefaultCredentialChain.Create(chain);
    }

    private static TencentCloudClientOptions CreateClientOptions(IServiceProvider services, string clientName, Action<TencentCloudClientOptions>? configure)
    {
        var shared = services.GetRequiredService<IOptions<TcApiOptions>>().Value;
        var options = shared.Client.Clone();
        if (shared.Section?.GetSection("Clients").GetSection(clientName) is { } section && section.Exists())
        {
            TcApiConfigurationBinder.BindClient(section, options);
        }

        configure?.Invoke(options);
        if (options.TimeProvider == TimeProvider.System && services.GetService<TimeProvider>() is { } time)
        {
            options.TimeProvider = time;
        }

        options.LoggerFactory ??= services.GetService<ILoggerFactory>();
        options.MeterFactory ??= services.GetService<IMeterFactory>();
        return options;
    }

    /// <summary>The options of one client type, built once.</summary>
    private sealed class ClientOptions<TClient>(TencentCloudClientOptions options)
    {
        public TencentCloudClientOptions Options { get; } = options;
    }
}
