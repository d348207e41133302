using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Hosting.Queues;

/// <summary>A long invocation keeps its message hidden: the listener renews the visibility on the injected clock.</summary>
[Collection(StandaloneAzuriteCollection.Name)]
public sealed class QueueVisibilityRenewalTests(AzuriteFixture azurite) : IDisposable
{
    private const int VisibilityRenewedEvent = 28;
    private readonly ServiceProvider _clients = StandaloneStorage.Clients(azurite.ConnectionString);

    private StorageQueues Queues => _clients.GetRequiredService<StorageQueues>();

    public void Dispose() => _clients.Dispose();

    [Fact]
    public async Task Listener_InvocationOutlivesHalfTheVisibility_RenewsItAndDeletesWithTheNewReceipt()
    {
        var queue = StandaloneStorage.QueueName("long");
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var capture = new EventCapture();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var invocations = 0;
        var function = new QueueFunction("test-executor", queue, async (_, _) =>
        {
            Interlocked.Increment(ref invocations);
            started.TrySetResult();
            await release.Task;
        });
        await Queues.CreateIfNotExistsAsync(queue);
        var sent = await Queues.SendAsync(queue, """{"Long":true}""");
        var settings = StandaloneStorage.Settings(azurite.ConnectionString);
        settings["Logging:LogLevel:Default"] = "Debug";

        // Hidden for 60 s (Azurite's real clock) per receive or renewal; renewed every 30 s of the injected clock.
        await using var app = await TestApp.StartAsync(underHost: false, a => a.MapFunction(function), settings, s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddSingleton(new QueueListenerTimings(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5)));
            s.AddSingleton<ILoggerProvider>(capture);
        });
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(capture.Has(VisibilityRenewedEvent));

        time.Advance(TimeSpan.FromSeconds(31));
        await Eventually.TrueAsync(() => capture.Has(VisibilityRenewedEvent), "the renewal");
        release.SetResult();

        // The delete only succeeds with the receipt of the renewal: the received one is stale by now.
        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(queue).Result == 0, "the delete");
        Assert.Equal(1, Volatile.Read(ref invocations));
        Assert.Contains(capture.Events, e => e.Id == 23 && e.Message.Contains(sent.MessageId, StringComparison.Ordinal));
    }
}
