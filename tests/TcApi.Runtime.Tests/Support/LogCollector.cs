using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TcApi.Runtime.Tests.Support;

/// <summary>An ILoggerFactory that keeps every formatted line, for tests to read.</summary>
public sealed class LogCollector : ILoggerFactory
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception), exception?.ToString()));
    }
}

public sealed record LogLine(string Category, LogLevel Level, int EventId, string Message, string? Exception = null);
