using System.Collections.Concurrent;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Hosting.Queues;

/// <summary>The standalone queue listener against a real Azurite, with the system clock and fast polling.</summary>
[Collection(StandaloneAzuriteCollection.Name)]
public sealed class QueueListenerTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ServiceProvider _clients = StandaloneStorage.Clients(azurite.ConnectionString);

    private StorageQueues Queues => _clients.GetRequiredService<StorageQueues>();

    public void Dispose() => _clients.Dispose();

    private Task<TestApp> StartAsync(FunctionDefinition function, Dictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        TestApp.StartAsync(underHost: false, a => a.MapFunction(function), settings, services);

    private async Task<int> CountAsync(string queue) => await Queues.GetApproximateCountAsync(queue) ?? -1;

    [Fact]
    public async Task Listener_MessageSent_IsDeliveredThroughTheEnvelopeAndDeleted()
    {
        var queue = StandaloneStorage.QueueName("deliver");
        var seen = new ConcurrentQueue<QueueMessageInput>();
        var function = new QueueFunction("test-executor", queue, (message, _) =>
        {
            seen.Enqueue(message);
            return ValueTask.CompletedTask;
        });
        await using var app = await StartAsync(function, StandaloneStorage.Settings(azurite.ConnectionString));
        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(queue).Result is not null, "the listener creating the queue");
        Assert.NotNull(await Queues.GetApproximateCountAsync(queue + "-poison"));

        var sent = await Queues.SendAsync(queue, """{"Stream":"s1","Hour":"2026-03-01T10:00:00Z"}""");
        await Eventually.TrueAsync(() => !seen.IsEmpty, "the delivery");
        await Eventually.TrueAsync(() => CountAsync(queue).Result == 0, "the delete");

        var message = Assert.Single(seen);
        Assert.Equal("""{"Stream":"s1","Hour":"2026-03-01T10:00:00Z"}""", message.Text);
        Assert.Equal(sent.MessageId, message.Id);
        Assert.Equal(1, message.DequeueCount);
        Assert.False(string.IsNullOrEmpty(message.PopReceipt));
        Assert.Equal(sent.InsertionTime, message.InsertionTime);
        Assert.Equal(sent.ExpirationTime, message.ExpirationTime);
        Assert.Equal(0, await CountAsync(queue + "-poison"));
    }

    [Fact]
    public async Task Listener_FunctionKeepsFailing_RetriesThenMovesTheOriginalTextToPoison()
    {
        var queue = StandaloneStorage.QueueName("failing");
        var attempts = new ConcurrentQueue<long>();
        var function = new QueueFunction("test-executor", queue, (message, _) =>
        {
            attempts.Enqueue(message.DequeueCount);
            throw new InvalidOperationException("Throttling.User");
        });
        await using var app = await StartAsync(function, StandaloneStorage.Settings(azurite.ConnectionString, maxDequeueCount: 3));
        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(queue).Result is not null, "the listener creating the queue");

        const string Text = """{"JobId":"job-1","Note":"ünïcödé & <xml>"}""";
        await Queues.SendAsync(queue, Text);
        await Eventually.TrueAsync(() => CountAsync(queue + "-poison").Result == 1, "the move to poison");

        Assert.Equal([1L, 2L, 3L], attempts.ToArray());
        Assert.Equal(0, await CountAsync(queue));
        var poisoned = Assert.Single(await StandaloneStorage.PeekAllAsync(Queues, queue + "-poison"));
        Assert.Equal(Text, poisoned.Text);
        Assert.True(poisoned.IsBase64Encoded);
    }

    [Fact]
    public async Task Listener_MessageThatIsNotBase64_GoesToPoisonWithoutRunning()
    {
        var queue = StandaloneStorage.QueueName("raw");
        var invoked = 0;
        var function = new QueueFunction("test-executor", queue, (_, _) =>
        {
            Interlocked.Increment(ref invoked);
            return ValueTask.CompletedTask;
        });
        await Queues.CreateIfNotExistsAsync(queue);
        using (var http = new HttpClient())
        {
            await SharedKeyRequests.SendRawMessageAsync(http, azurite.Instance, queue, "plain text, not base64!");
        }

        await using var app = await StartAsync(function, StandaloneStorage.Settings(azurite.ConnectionString));
        await Eventually.TrueAsync(() => CountAsync(queue + "-poison").Result == 1, "the move to poison");
        await Eventually.TrueAsync(() => CountAsync(queue).Result == 0, "the original deleted after its copy is in poison");

        Assert.Equal(0, Volatile.Read(ref invoked));
        Assert.Equal("plain text, not base64!", Assert.Single(await StandaloneStorage.PeekAllAsync(Queues, queue + "-poison")).Text);
    }

    [Fact]
    public async Task Listener_FailureWithVisibilityTimeout_HidesTheMessageUntilTheRetry()
    {
        var queue = StandaloneStorage.QueueName("retry");
        var attempts = new ConcurrentQueue<DateTimeOffset>();
        var function = new QueueFunction("test-executor", queue, (_, _) =>
        {
            attempts.Enqueue(DateTimeOffset.UtcNow);
            if (attempts.Count == 1)
            {
                throw new InvalidOperationException("first attempt fails");
            }

            return ValueTask.CompletedTask;
        });
        await using var app = await StartAsync(function, StandaloneStorage.Settings(azurite.ConnectionString, visibilityTimeout: "00:00:01"));
        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(queue).Result is not null, "the listener creating the queue");

        await Queues.SendAsync(queue, "{}");
        await Eventually.TrueAsync(() => attempts.Count == 1, "the first attempt");
        await Task.Delay(300);
        Assert.Single(attempts);
        Assert.Empty(await Queues.PeekAsync(queue, 1));
        await Eventually.TrueAsync(() => attempts.Count == 2 && CountAsync(queue).Result == 0, "the retry and delete");

        var gap = attempts.Last() - attempts.First();
        Assert.True(gap >= TimeSpan.FromMilliseconds(500), $"the retry came {gap} after the failure");
    }

    [Fact]
    public async Task Listener_BatchSize_BoundsTheInvocationsRunningAtOnce()
    {
        var queue = StandaloneStorage.QueueName("batch");
        var running = 0;
        var maxRunning = 0;
        var done = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var function = new QueueFunction("test-executor", queue, async (_, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            await gate.Task;
            Interlocked.Decrement(ref running);
            Interlocked.Increment(ref done);
        });
        await Queues.CreateIfNotExistsAsync(queue);
        for (var i = 0; i < 6; i++)
        {
            await Queues.SendAsync(queue, $$"""{"N":{{i}}}""");
        }

        await using var app = await StartAsync(function, StandaloneStorage.Settings(azurite.ConnectionString, batchSize: 2));
        await Eventually.TrueAsync(() => Volatile.Read(ref running) == 2, "two invocations running");
        await Task.Delay(500);
        Assert.Equal(2, Volatile.Read(ref maxRunning));

        gate.SetResult();
        await Eventually.TrueAsync(() => Volatile.Read(ref done) == 6 && CountAsync(queue).Result == 0, "all six processed");
        Assert.Equal(2, Volatile.Read(ref maxRunning));
    }

    [Fact]
    public async Task Listener_QueueOutputOfAQueueFunction_GoesToTheBindingQueueAsBase64()
    {
        var input = StandaloneStorage.QueueName("in");
        var output = StandaloneStorage.QueueName("out");
        var function = new QueueFunction("test-executor", input, (message, context) =>
        {
            context.Outputs.AddQueueMessage("next", new { Step = 2, From = message.Id });
            return ValueTask.CompletedTask;
        }, [new QueueOutputBinding("next", output)]);
        await using var app = await StartAsync(function, StandaloneStorage.Settings(azurite.ConnectionString));
        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(input).Result is not null, "the listener creating the queue");

        var sent = await Queues.SendAsync(input, "{}");
        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(output).Result == 1, "the output message");

        var written = Assert.Single(await StandaloneStorage.PeekAllAsync(Queues, output));
        var json = $$"""{"Step":2,"From":"{{sent.MessageId}}"}""";
        Assert.Equal(json, written.Text);
        Assert.Equal(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)), written.RawText);
        Assert.True(written.IsBase64Encoded);
        await Eventually.TrueAsync(() => CountAsync(input).Result == 0, "the input's delete");
    }

    [Fact]
    public async Task Listener_OutputToAQueueThisAppListensOn_WakesThatListenerAtOnce()
    {
        // The clock never moves, so an idle poller would wait for ever: only the writer's wake-up gets `second` going.
        var time = new LiveFunctions.Testing.ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var input = StandaloneStorage.QueueName("chain-in");
        var middle = StandaloneStorage.QueueName("chain-mid");
        var seen = new ConcurrentQueue<string>();
        var first = new QueueFunction("first", input, (message, context) =>
        {
            context.Outputs.AddQueueMessage("next", new { Step = 2 });
            return ValueTask.CompletedTask;
        }, [new QueueOutputBinding("next", middle)]);
        var second = new QueueFunction("second", middle, (message, _) =>
        {
            seen.Enqueue(message.Text);
            return ValueTask.CompletedTask;
        });
        await Queues.CreateIfNotExistsAsync(input);
        await Queues.CreateIfNotExistsAsync(middle);
        await Queues.SendAsync(input, "{}");

        await using var app = await TestApp.StartAsync(underHost: false, a =>
        {
            a.MapFunction(first);
            a.MapFunction(second);
        }, StandaloneStorage.Settings(azurite.ConnectionString), s => s.AddSingleton<TimeProvider>(time));

        await Eventually.TrueAsync(() => !seen.IsEmpty, "the second function");
        Assert.Equal("""{"Step":2}""", Assert.Single(seen));
    }

    [Fact]
    public async Task Listener_TriggerQueueDeletedWhileListening_CreatesItAgainAndKeepsDelivering()
    {
        var queue = StandaloneStorage.QueueName("deleted");
        var seen = new ConcurrentQueue<string>();
        var function = new QueueFunction("test-executor", queue, (message, _) =>
        {
            seen.Enqueue(message.Text);
            return ValueTask.CompletedTask;
        });
        await using var app = await StartAsync(function, StandaloneStorage.Settings(azurite.ConnectionString));
        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(queue).Result is not null, "the listener creating the queue");
        using (var http = new HttpClient())
        {
            await SharedKeyRequests.DeleteQueueAsync(http, azurite.Instance, queue);
        }

        await Eventually.TrueAsync(() => Queues.GetApproximateCountAsync(queue).Result is not null, "the listener creating the queue again");
        await Queues.SendAsync(queue, """{"After":"delete"}""");

        await Eventually.TrueAsync(() => !seen.IsEmpty, "the delivery");
        Assert.Equal("""{"After":"delete"}""", Assert.Single(seen));
    }

    [Fact]
    public async Task Listener_UnderTheFunctionsHost_IsNotRegistered()
    {
        var function = new QueueFunction("test-executor", "never-polled", (_, _) => ValueTask.CompletedTask);
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(function), StandaloneStorage.Settings(azurite.ConnectionString));

        Assert.Null(app.App.Services.GetService<QueueListener>());
        Assert.IsType<UnconfiguredQueueOutputWriter>(app.App.Services.GetRequiredService<IQueueOutputWriter>());
        await Task.Delay(300);
        Assert.Null(await Queues.GetApproximateCountAsync("never-polled"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
