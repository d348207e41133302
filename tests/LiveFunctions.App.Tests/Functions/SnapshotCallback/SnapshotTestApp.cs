using System.Collections.Concurrent;
using System.Globalization;
using LiveFunctions.App.Functions.SnapshotCallback;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Testing;

namespace LiveFunctions.App.Tests.Functions.SnapshotCallback;

/// <summary>One log entry as the app wrote it.</summary>
internal sealed record LoggedLine(string Category, LogLevel Level, int EventId, string Message);

/// <summary>Keeps every log entry of the app under test.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<LoggedLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue(new LoggedLine(category, logLevel, eventId.Id, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}

/// <summary>
/// The app with the snapshot function group as Program.cs maps it, in-process on a free port, on a manual clock, with the
/// queue outputs recorded (standalone) and every log entry captured.
/// </summary>
internal sealed class SnapshotTestApp : IAsyncDisposable
{
    public const string CallbackHost = "callbacks.example.com";
    public const string Key = "current-key-0123456789";
    public const string PreviousKey = "previous-key-0123456789";
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private SnapshotTestApp(TestApp app, ManualTimeProvider time, RecordingQueueOutputWriter writer, CapturedLogs logs)
    {
        App = app;
        Time = time;
        Writer = writer;
        Logs = logs;
    }

    public TestApp App { get; }

    public HttpClient Client => App.Client;

    public ManualTimeProvider Time { get; }

    public RecordingQueueOutputWriter Writer { get; }

    public CapturedLogs Logs { get; }

    /// <summary>The settings of a key-protected intake (override or add with <paramref name="settings"/>; null removes).</summary>
    public static Dictionary<string, string?> KeySettings(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["SnapshotCallbacks:AuthKey"] = Key,
            ["SnapshotCallbacks:CallbackHost"] = CallbackHost,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            all[name] = value;
        }

        return all;
    }

    public static async Task<SnapshotTestApp> StartAsync(IReadOnlyDictionary<string, string?> settings, bool underHost = false)
    {
        if (underHost && !settings.ContainsKey("AzureWebJobsStorage"))
        {
            // The host always has its storage setting; standalone falls back to Azurite's. Nothing here touches it.
            settings = new Dictionary<string, string?>(settings) { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" };
        }

        var time = new ManualTimeProvider(Now);
        var writer = new RecordingQueueOutputWriter();
        var logs = new CapturedLogs();
        var app = await TestApp.StartAsync(underHost, a => a.MapSnapshotFunctions(), settings, services =>
        {
            services.AddSnapshotFunctions();
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IQueueOutputWriter>(writer);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        return new SnapshotTestApp(app, time, writer, logs);
    }

    /// <summary>A callback POST signed like Live does at <paramref name="at"/> (headers left out when null).</summary>
    public static HttpRequestMessage Callback(string body, DateTimeOffset? at, string? key, string host = CallbackHost)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/callbacks/snapshot") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        if (at is { } time && key is not null)
        {
            var stamp = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add(SnapshotCallbackHeaders.Timestamp, stamp);
            request.Headers.Add(SnapshotCallbackHeaders.Signature, CallbackSignature.Compute(host, stamp, key));
        }

        return request;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
