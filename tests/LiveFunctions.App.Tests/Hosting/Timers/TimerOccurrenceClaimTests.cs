using System.Collections.Concurrent;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.App.Hosting.Timers.Cron;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveFunctions.App.Tests.Hosting.Timers;

/// <summary>Several runners (instances) sharing one status store: each occurrence runs once.</summary>
public sealed class TimerOccurrenceClaimTests
{
    private static readonly DateTimeOffset T1002 = new(2026, 1, 1, 10, 2, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int hour, int minute) => new(2026, 1, 1, hour, minute, 0, TimeSpan.Zero);

    internal static TimerRunner Runner(
        ITimerStatusStore store, TimeProvider time, ConcurrentQueue<(string Instance, TimerInfo Info)> fired, string instance,
        Func<FunctionContext, ValueTask>? body = null)
    {
        var function = new TimerFunction("test-timer", "TestTimerSchedule", "0 */5 * * * *", (info, context) =>
        {
            fired.Enqueue((instance, info));
            return body?.Invoke(context) ?? ValueTask.CompletedTask;
        });
        var services = new ServiceCollection().BuildServiceProvider();
        var dispatcher = new FunctionDispatcher(
            services.GetRequiredService<IServiceScopeFactory>(), new FunctionsHostingMode((int?)null), time, NullLogger<FunctionDispatcher>.Instance);
        return new TimerRunner(function, CronSchedule.TryParse("0 */5 * * * *", out _)!, store, dispatcher,
            new RecordingQueueOutputWriter(), new HostJsonOptions(), time, NullLogger.Instance);
    }

    [Fact]
    public async Task FireAsync_TwoInstancesReachTheSameOccurrence_OnlyTheFirstClaimRuns()
    {
        var store = new InMemoryTimerStatusStore();
        var time = new ManualTimeProvider(T1002);
        var fired = new ConcurrentQueue<(string Instance, TimerInfo Info)>();
        var a = Runner(store, time, fired, "a");
        var b = Runner(store, time, fired, "b");
        await a.InitializeAsync(CancellationToken.None);
        await b.InitializeAsync(CancellationToken.None);
        time.SetUtcNow(At(10, 5));

        // b still holds the version it read at start; a's claim replaced it, so b's If-Match write loses.
        await a.FireAsync(false, CancellationToken.None);
        await b.FireAsync(false, CancellationToken.None);

        Assert.Equal("a", Assert.Single(fired).Instance);
        Assert.Equal(new ScheduleStatus(At(10, 5), At(10, 10), At(10, 5)), await store.GetAsync("test-timer", CancellationToken.None));
        Assert.Equal(At(10, 10), b.Status!.Next);
    }

    [Fact]
    public async Task FireAsync_NextOccurrenceAfterALostClaim_RunsOnWhoeverClaimsIt()
    {
        var store = new InMemoryTimerStatusStore();
        var time = new ManualTimeProvider(T1002);
        var fired = new ConcurrentQueue<(string Instance, TimerInfo Info)>();
        var a = Runner(store, time, fired, "a");
        var b = Runner(store, time, fired, "b");
        await a.InitializeAsync(CancellationToken.None);
        await b.InitializeAsync(CancellationToken.None);
        time.SetUtcNow(At(10, 5));
        await a.FireAsync(false, CancellationToken.None);
        await b.FireAsync(false, CancellationToken.None);
        time.SetUtcNow(At(10, 10));

        await b.FireAsync(false, CancellationToken.None);
        await a.FireAsync(false, CancellationToken.None);

        Assert.Equal(["a", "b"], fired.Select(f => f.Instance).ToArray());
        var second = fired.Last().Info;
        Assert.Equal(At(10, 5), second.ScheduleStatus!.Last);
        Assert.Equal(At(10, 10), second.ScheduleStatus.Next);
        Assert.Equal(new ScheduleStatus(At(10, 10), At(10, 15), At(10, 10)), await store.GetAsync("test-timer", CancellationToken.None));
    }

    [Fact]
    public async Task FireAsync_StoppedMidRun_GivesTheClaimBackSoTheNextStartIsPastDue()
    {
        var store = new InMemoryTimerStatusStore();
        var time = new ManualTimeProvider(T1002);
        var fired = new ConcurrentQueue<(string Instance, TimerInfo Info)>();
        var started = new TaskCompletionSource();
        var a = Runner(store, time, fired, "a", async context =>
        {
            started.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken);
        });
        await a.InitializeAsync(CancellationToken.None);
        var before = await store.GetAsync("test-timer", CancellationToken.None);
        time.SetUtcNow(At(10, 5));
        using var stop = new CancellationTokenSource();

        var run = a.FireAsync(false, stop.Token);
        await started.Task;
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(before, await store.GetAsync("test-timer", CancellationToken.None));
        time.SetUtcNow(At(10, 7));
        var restarted = Runner(store, time, fired, "a2");
        Assert.True(await restarted.InitializeAsync(CancellationToken.None));
        Assert.Equal(At(10, 5), restarted.Status!.Next);
    }

    [Fact]
    public async Task InitializeAsync_AnotherInstanceWroteTheFirstStatusMeanwhile_GoesByIt()
    {
        var shared = new InMemoryTimerStatusStore();
        var time = new ManualTimeProvider(T1002);
        var fired = new ConcurrentQueue<(string Instance, TimerInfo Info)>();
        // The other instance started a minute earlier with a schedule whose next occurrence was 10:05 as well, but wrote
        // LastUpdated 10:01; this one read "nothing stored" just before that write landed.
        var theirs = new ScheduleStatus(DateTimeOffset.MinValue, At(10, 5), At(10, 1));
        var racing = new LateReadStore(shared, () => shared.TryWriteAsync("test-timer", theirs, null, CancellationToken.None));

        var b = Runner(racing, time, fired, "b");

        var pastDue = await b.InitializeAsync(CancellationToken.None);

        Assert.False(pastDue);
        Assert.Equal(theirs, b.Status);
        Assert.Equal(theirs, await shared.GetAsync("test-timer", CancellationToken.None));
    }

    [Fact]
    public async Task FireAsync_StoreUnavailable_RunsWithoutAClaim()
    {
        var time = new ManualTimeProvider(T1002);
        var fired = new ConcurrentQueue<(string Instance, TimerInfo Info)>();
        var a = Runner(new FailingStore(), time, fired, "a");
        await a.InitializeAsync(CancellationToken.None);
        time.SetUtcNow(At(10, 5));

        await a.FireAsync(false, CancellationToken.None);

        Assert.Single(fired);
        Assert.Equal(new ScheduleStatus(At(10, 5), At(10, 10), At(10, 5)), a.Status);
    }

    /// <summary>Answers the first read with "nothing stored" and only then lets the other instance's write land.</summary>
    private sealed class LateReadStore(InMemoryTimerStatusStore inner, Func<Task> otherWrite) : ITimerStatusStore
    {
        private int _reads;

        public Task<ScheduleStatus?> GetAsync(string timerName, CancellationToken cancellationToken) => inner.GetAsync(timerName, cancellationToken);

        public Task SetAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken) => inner.SetAsync(timerName, status, cancellationToken);

        public async Task<StoredTimerStatus?> ReadAsync(string timerName, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _reads) == 1)
            {
                await otherWrite();
                return null;
            }

            return await inner.ReadAsync(timerName, cancellationToken);
        }

        public Task<string?> TryWriteAsync(string timerName, ScheduleStatus status, string? expectedVersion, CancellationToken cancellationToken) =>
            inner.TryWriteAsync(timerName, status, expectedVersion, cancellationToken);
    }

    private sealed class FailingStore : ITimerStatusStore
    {
        public Task<ScheduleStatus?> GetAsync(string timerName, CancellationToken cancellationToken) => throw new IOException("down");

        public Task SetAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken) => throw new IOException("down");

        public Task<StoredTimerStatus?> ReadAsync(string timerName, CancellationToken cancellationToken) => throw new IOException("down");

        public Task<string?> TryWriteAsync(string timerName, ScheduleStatus status, string? expectedVersion, CancellationToken cancellationToken) =>
            throw new IOException("down");
    }
}
