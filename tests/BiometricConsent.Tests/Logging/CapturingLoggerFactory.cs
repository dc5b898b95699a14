using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace BiometricConsent.Tests.Logging;

/// <summary>
/// An <see cref="ILoggerFactory"/> that keeps every entry logged through its loggers, for assertions. Also compiled
/// into BiometricConsent.Sqlite.Tests.
/// </summary>
public sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<LogEntry> entries = new ConcurrentQueue<LogEntry>();

    public CapturingLoggerFactory(LogLevel minimumLevel = LogLevel.Trace)
    {
        MinimumLevel = minimumLevel;
    }

    /// <summary>The lowest level the loggers are enabled for.</summary>
    public LogLevel MinimumLevel { get; }

    /// <summary>Every entry so far, in order.</summary>
    public IReadOnlyList<LogEntry> Entries => entries.ToArray();

    /// <summary>The entries with the given event id.</summary>
    public IReadOnlyList<LogEntry> WithEvent(int eventId) => Entries.Where(e => e.EventId.Id == eventId).ToArray();

    public ILogger<T> CreateLogger<T>() => new Logger<T>(this);

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private sealed class CapturingLogger : ILogger
    {
        private readonly CapturingLoggerFactory factory;
        private readonly string category;

        public CapturingLogger(CapturingLoggerFactory factory, string category)
        {
            this.factory = factory;
            this.category = category;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= factory.MinimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? Array.Empty<KeyValuePair<string, object?>>();
            factory.entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), values.ToDictionary(p => p.Key, p => p.Value), exception));
        }
    }
}

/// <summary>One captured log entry: its category, level, event, formatted message, structured values and exception.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception);
