using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ActorGraph.TestSupport;

/// <summary>An <see cref="ILogger"/> that keeps every entry (event id, level, formatted message), so that a test can
/// count what happened (retries, reconnections) instead of timing it.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<(EventId Event, LogLevel Level, string Message)> _entries = new();

    /// <summary>The entries so far, oldest first.</summary>
    public IReadOnlyList<(EventId Event, LogLevel Level, string Message)> Entries => [.. _entries];

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((eventId, logLevel, formatter(state, exception)));
}
