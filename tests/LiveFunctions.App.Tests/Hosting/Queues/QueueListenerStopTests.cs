using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.Hosting;

namespace LiveFunctions.App.Tests.Hosting.Queues;

/// <summary>Stopping the app: polling ends, invocations in flight finish, and those that cannot are released.</summary>
[Collection(StandaloneAzuriteCollection.Name)]
public sealed class QueueListenerStopTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ServiceProvider _clients = StandaloneStorage.Clients(azurite.ConnectionString);

    private StorageQueues Queues => _clients.GetRequiredService<StorageQueues>();

    public void Dispose() => _clients.Dispose();

    [Fact]
    public async Task Stop_InvocationInFlight_WaitsForItAndDeletesItsMessage()
    {
        var queue = StandaloneStorage.QueueName("drain");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var function = new QueueFunction("test-executor", queue, async (_, _) =>
        {
            started.TrySetResult();
            await release.Task;
        });
        await Queues.CreateIfNotExistsAsync(queue);
        await Queues.SendAsync(queue, "{}");
        await using var app = await TestApp.StartAsync(underHost: false, a => a.MapFunction(function), StandaloneStorage.Settings(azurite.ConnectionString));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        var stop = app.App.StopAsync();
        await Task.Delay(200);
        Assert.False(stop.IsCompleted);
        release.SetResult();
        await stop.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(0, await Queues.GetApproximateCountAsync(queue));
    }

    [Fact]
    public async Task Stop_InvocationOutlivesTheShutdownTimeout_IsCancelledAndItsMessageMadeVisibleAgain()
    {
        var queue = StandaloneStorage.QueueName("abort");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var function = new QueueFunction("test-executor", queue, async (_, context) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken);
        });
        await Queues.CreateIfNotExistsAsync(queue);
        var sent = await Queues.SendAsync(queue, """{"Keep":"me"}""");
        await using var app = await TestApp.StartAsync(underHost: false, a => a.MapFunction(function), StandaloneStorage.Settings(azurite.ConnectionString),
            s => s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(300)));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await app.App.StopAsync();

        // Received with a 10-minute lease; made visible again at once instead of after it.
        await Eventually.TrueAsync(() => Queues.PeekAsync(queue, 1).Result.Count == 1, "the released message");
        var message = Assert.Single(await Queues.PeekAsync(queue, 1));
        Assert.Equal(sent.MessageId, message.MessageId);
        Assert.Equal("""{"Keep":"me"}""", message.Text);
        Assert.Equal(1, message.DequeueCount);
    }
}
