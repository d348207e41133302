using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Tests.OpenApi.Support;

/// <summary>One captured log line: the formatted message and every structured value.</summary>
internal sealed record CapturedLog(LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)
{
    /// <summary>The message and every value as text: what a log sink could ever show.</summary>
    public string AllText => Message + " | " + string.Join(" | ", State.Select(s => $"{s.Key}={s.Value}"));
}

/// <summary>An <see cref="ILoggerProvider"/> that keeps every log line at every level.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<CapturedLog> _logs = [];

    public IReadOnlyList<CapturedLog> Logs
    {
        get
        {
            lock (_logs)
            {
                return _logs.ToArray();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            var message = formatter(state, exception) + (exception is null ? string.Empty : " " + exception);
            lock (owner._logs)
            {
                owner._logs.Add(new CapturedLog(logLevel, eventId, message, values.ToArray()));
            }
        }
    }
}
