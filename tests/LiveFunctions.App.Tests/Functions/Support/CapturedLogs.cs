namespace LiveFunctions.App.Tests.Functions.Support;

/// <summary>One captured log line: category, event, the formatted message and every structured value.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)
{
    /// <summary>The message and every value as text: what any log sink could show.</summary>
    public string AllText => Message + " | " + string.Join(" | ", State.Select(s => $"{s.Key}={s.Value}"));
}

/// <summary>An <see cref="ILoggerProvider"/> that keeps every line, at every level, of every category.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly List<CapturedLog> _logs = [];

    public IReadOnlyList<CapturedLog> All
    {
        get
        {
            lock (_logs)
            {
                return _logs.ToArray();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
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
                owner._logs.Add(new CapturedLog(category, logLevel, eventId, message, values.ToArray()));
            }
        }
    }
}
