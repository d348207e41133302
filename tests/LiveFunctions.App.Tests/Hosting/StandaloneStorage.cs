using System.Collections.Concurrent;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Hosting;

/// <summary>One Azurite for the standalone trigger source tests of this assembly; each test uses its own names.</summary>
[CollectionDefinition(Name)]
public sealed class StandaloneAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Standalone storage (Azurite)";
}

/// <summary>Storage clients and app settings for tests against the shared Azurite.</summary>
internal static class StandaloneStorage
{
    /// <summary>A fresh queue name (short enough for its -poison queue).</summary>
    public static string QueueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 25, 56)];

    /// <summary>A fresh Standalone:HostId.</summary>
    public static string HostId() => "t" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>The storage clients for <paramref name="connectionString"/>, as the app registers them.</summary>
    public static ServiceProvider Clients(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = connectionString })
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddAzureStorage().BuildServiceProvider();
    }

    /// <summary>App settings: the storage, fast polling, and the given host.json queue overrides.</summary>
    public static Dictionary<string, string?> Settings(
        string connectionString, string? hostId = null, int? batchSize = null, int? maxDequeueCount = null, string visibilityTimeout = "00:00:00")
    {
        const string queues = "AzureFunctionsJobHost:extensions:queues:";
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            [queues + "maxPollingInterval"] = "00:00:00.200",
            [queues + "visibilityTimeout"] = visibilityTimeout,
        };
        if (hostId is not null)
        {
            settings["Standalone:HostId"] = hostId;
        }

        if (batchSize is { } b)
        {
            settings[queues + "batchSize"] = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (maxDequeueCount is { } m)
        {
            settings[queues + "maxDequeueCount"] = m.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    /// <summary>Every message now visible in <paramref name="queue"/> (peeked, so nothing changes).</summary>
    public static async Task<IReadOnlyList<QueueMessage>> PeekAllAsync(StorageQueues queues, string queue) =>
        await queues.PeekAsync(queue, 32);
}

/// <summary>Keeps the event ids of every log event, to see what the listener did.</summary>
internal sealed class EventCapture : ILoggerProvider
{
    public ConcurrentQueue<(int Id, string Message)> Events { get; } = new();

    public bool Has(int eventId) => Events.Any(e => e.Id == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(EventCapture owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Events.Enqueue((eventId.Id, formatter(state, exception)));
    }
}
