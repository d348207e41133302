using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Tests.Hosting.Queues;

public sealed class QueueMessageDispatcherTests
{
    private static readonly DateTimeOffset Inserted = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);

    private static ReceivedQueueMessage Message(string text, long dequeueCount = 2) =>
        new("msg-1", "pop-1", dequeueCount, Inserted, Inserted.AddDays(7), Inserted.AddMinutes(1), text);

    private static QueueMessageDispatcher Dispatcher(RecordingQueueOutputWriter writer, HostJsonOptions? hostJson = null, TimeProvider? time = null)
    {
        time ??= new ManualTimeProvider(Inserted);
        var services = new ServiceCollection().BuildServiceProvider();
        var dispatcher = new FunctionDispatcher(
            services.GetRequiredService<IServiceScopeFactory>(), new FunctionsHostingMode((int?)null), time, NullLogger<FunctionDispatcher>.Instance);
        return new QueueMessageDispatcher(dispatcher, writer, Options.Create(hostJson ?? new HostJsonOptions()), time, NullLogger<QueueMessageDispatcher>.Instance);
    }

    [Fact]
    public async Task DispatchAsync_Success_PassesTheMessageAndMetadataAndWritesOutputs()
    {
        QueueMessageInput? seen = null;
        var function = new QueueFunction("test-executor", "test-work", (message, context) =>
        {
            seen = message;
            context.Outputs.AddQueueMessage("next", new { Step = 2 });
            return ValueTask.CompletedTask;
        }, [new QueueOutputBinding("next", "test-next")]);
        var writer = new RecordingQueueOutputWriter();

        var succeeded = await Dispatcher(writer).DispatchAsync(function, Message("""{"Step":1}"""), CancellationToken.None);

        Assert.True(succeeded);
        Assert.Equal("""{"Step":1}""", seen!.Text);
        Assert.Equal("msg-1", seen.Id);
        Assert.Equal("pop-1", seen.PopReceipt);
        Assert.Equal(2, seen.DequeueCount);
        Assert.Equal(Inserted, seen.InsertionTime);
        Assert.Equal(Inserted.AddDays(7), seen.ExpirationTime);
        Assert.Equal(Inserted.AddMinutes(1), seen.NextVisibleTime);
        Assert.Equal(("test-next", """{"Step":2}"""), Assert.Single(writer.Written));
    }

    [Fact]
    public async Task DispatchAsync_MessageTextThatLooksLikeAJsonString_IsPassedAsIs()
    {
        QueueMessageInput? seen = null;
        var function = new QueueFunction("test-executor", "test-work", (message, _) =>
        {
            seen = message;
            return ValueTask.CompletedTask;
        });

        await Dispatcher(new RecordingQueueOutputWriter()).DispatchAsync(function, Message("plain text"), CancellationToken.None);

        Assert.Equal("plain text", seen!.Text);
    }

    [Fact]
    public async Task DispatchAsync_FunctionThrows_ReturnsFalseAndWritesNothing()
    {
        var function = new QueueFunction("test-executor", "test-work", (_, context) =>
        {
            context.Outputs.AddQueueMessage("next", new { Step = 2 });
            throw new InvalidOperationException("throttled");
        }, [new QueueOutputBinding("next", "test-next")]);
        var writer = new RecordingQueueOutputWriter();

        Assert.False(await Dispatcher(writer).DispatchAsync(function, Message("{}"), CancellationToken.None));
        Assert.Empty(writer.Written);
    }

    [Fact]
    public async Task DispatchAsync_OutputWriteFails_ReturnsFalseSoTheMessageIsRetried()
    {
        var function = new QueueFunction("test-executor", "test-work", (_, context) =>
        {
            context.Outputs.AddQueueMessage("next", new { Step = 2 });
            return ValueTask.CompletedTask;
        }, [new QueueOutputBinding("next", "test-next")]);

        Assert.False(await Dispatcher(new RecordingQueueOutputWriter { Fail = true }).DispatchAsync(function, Message("{}"), CancellationToken.None));
    }

    [Fact]
    public async Task DispatchAsync_FunctionTimeoutElapses_CancelsTheInvocationAndReturnsFalse()
    {
        var time = new ManualTimeProvider(Inserted);
        var started = new TaskCompletionSource();
        var function = new QueueFunction("test-executor", "test-work", async (_, context) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken);
        });
        var dispatcher = Dispatcher(new RecordingQueueOutputWriter(), new HostJsonOptions { FunctionTimeout = TimeSpan.FromMinutes(10) }, time);

        var run = dispatcher.DispatchAsync(function, Message("{}"), CancellationToken.None);
        await started.Task;
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.False(await run.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
