using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using TcApi.Client;

namespace TcApi.Extensions.DependencyInjection;

/// <summary>
/// Reads the <c>TencentCloud</c> section by hand: no reflection (trimming and AOT stay safe), only the keys documented
/// in docs/production.md, and an error naming the key and the expected form for a value that does not parse.
/// </summary>
internal static class TcApiConfigurationBinder
{
    public static void Bind(IConfiguration section, TcApiOptions options)
    {
        BindClient(section, options.Client);
        var chain = options.CredentialChain;
        Text(section, "Profile", v => chain.Profile = v);
        Text(section, "CredentialsFile", v => chain.CredentialsFile = v);
        Text(section, "StsEndpoint", v => chain.StsEndpoint = v);
        var cvm = section.GetSection("CvmRole");
        Text(cvm, "MetadataEndpoint", v => chain.CvmRole.MetadataEndpoint = ParseUri(cvm, "MetadataEndpoint", v, s => Uri.TryCreate(s, UriKind.Absolute, out var u) ? u : null, "an absolute URL"));
        Text(cvm, "RoleName", v => chain.CvmRole.RoleName = v);
        Time(cvm, "Timeout", v => chain.CvmRole.Timeout = v);
        var refresh = section.GetSection("CredentialRefresh");
        Time(refresh, "RefreshBefore", v => chain.Refresh.RefreshBefore = v);
        Time(refresh, "MinimumValidity", v => chain.Refresh.MinimumValidity = v);
        Time(refresh, "RetryAfterFailure", v => chain.Refresh.RetryAfterFailure = v);
    }

    public static void BindClient(IConfiguration section, TencentCloudClientOptions options)
    {
        Text(section, "Region", v => options.Region = v);
        Text(section, "Endpoint", v => options.Endpoint = v);
        Text(section, "Host", v => options.Host = v);
        Text(section, "BackupEndpoint", v => options.BackupEndpoint = v);
        var breaker = section.GetSection("CircuitBreaker");
        Number(breaker, "FailureThreshold", v => options.CircuitBreaker.FailureThreshold = v);
        Time(breaker, "BreakDuration", v => options.CircuitBreaker.BreakDuration = v);
        Text(section, "Language", v => options.Language = v);
        Text(section, "RequestClient", v => options.RequestClient = v);
        Time(section, "Timeout", v => options.Timeout = v);
        Flag(section, "ValidateRequests", v => options.ValidateRequests = v);
        Flag(section, "TreatWarningsAsErrors", v => options.TreatWarningsAsErrors = v);
        RuleIds(section, "WarningsNotAsErrors", options.WarningsNotAsErrors);
        Flag(section, "RateLimiting", v => options.RateLimiting = v);
        Flag(section, "LogBodies", v => options.LogBodies = v);
        Flag(section, "StrictResponseReading", v => options.StrictResponseReading = v);
        Number(section, "MaxResponseBytes", v => options.MaxResponseBytes = v);
        var retry = section.GetSection("Retry");
        Number(retry, "MaxAttempts", v => options.Retry.MaxAttempts = v);
        Time(retry, "BaseDelay", v => options.Retry.BaseDelay = v);
        Time(retry, "MaxDelay", v => options.Retry.MaxDelay = v);
        Flag(retry, "Jitter", v => options.Retry.Jitter = v);
    }

    private static void Text(IConfiguration section, string key, Action<string> set)
    {
        if (section[key] is { } value && !string.IsNullOrWhiteSpace(value))
        {
            set(value.Trim());
        }
    }

    /// <summary>A list of rule ids: array items (<c>Key:0</c>, <c>Key:1</c>) or one value separated by <c>;</c> or <c>,</c>, as MSBuild writes it.</summary>
    private static void RuleIds(IConfiguration section, string key, ICollection<string> ids)
    {
        Text(section, key, v => Add(v.Split(';', ',')));
        foreach (var item in section.GetSection(key).GetChildren())
        {
            Text(section.GetSection(key), item.Key, v => Add(new[] { v }));
        }

        void Add(string[] values)
        {
            foreach (var value in values)
            {
                if (value.Trim() is { Length: > 0 } id)
                {
                    ids.Add(id);
                }
            }
        }
    }

    private static void Time(IConfiguration section, string key, Action<TimeSpan> set) =>
        Text(section, key, v => set(Parse<TimeSpan>(section, key, v, s => TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var t) && t >= TimeSpan.Zero ? t : null, "a time span such as 00:00:30")));

    private static void Flag(IConfiguration section, string key, Action<bool> set) =>
        Text(section, key, v => set(Parse<bool>(section, key, v, s => bool.TryParse(s, out var b) ? b : null, "true or false")));

    private static void Number(IConfiguration section, string key, Action<int> set) =>
        Text(section, key, v => set(Parse<int>(section, key, v, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null, "a positive whole number")));

    private static T Parse<T>(IConfiguration section, string key, string value, Func<string, T?> parse, string expected)
        where T : struct =>
        parse(value) ?? throw Invalid(section, key, value, expected);

    private static Uri ParseUri(IConfiguration section, string key, string value, Func<string, Uri?> parse, string expected) =>
        parse(value) ?? throw Invalid(section, key, value, expected);

    private static InvalidOperationException Invalid(IConfiguration section, string key, string value, string expected)
    {
        var path = section is IConfigurationSection named ? named.Path + ":" + key : key;
        return new InvalidOperationException($"Configuration {path}: '{value}' is not {expected}.");
    }
}
