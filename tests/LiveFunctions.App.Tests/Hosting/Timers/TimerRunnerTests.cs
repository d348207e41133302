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

public sealed class TimerRunnerTests
{
    private static readonly DateTimeOffset T1002 = new(2026, 1, 1, 10, 2, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int hour, int minute) => new(2026, 1, 1, hour, minute, 0, TimeSpan.Zero);

    private sealed class Rig
    {
        public Rig(DateTimeOffset start, Func<TimerInfo, FunctionContext, ValueTask>? body = null, string schedule = "0 */5 * * * *")
        {
            Time = new ManualTimeProvider(start);
            Function = new TimerFunction("test-timer", "TestTimerSchedule", "0 */5 * * * *", (info, context) =>
            {
                Fired.Enqueue(info);
                return body?.Invoke(info, context) ?? ValueTask.CompletedTask;
            }, [new QueueOutputBinding("work", "test-work")]);
            var services = new ServiceCollection().BuildServiceProvider();
            var dispatcher = new FunctionDispatcher(
                services.GetRequiredService<IServiceScopeFactory>(), new FunctionsHostingMode((int?)null), Time, NullLogger<FunctionDispatcher>.Instance);
            Runner = new TimerRunner(Function, CronSchedule.TryParse(schedule, out _)!, Store, dispatcher, Writer, new HostJsonOptions(), Time, NullLogger.Instance);
        }

        public ManualTimeProvider Time { get; }

        public InMemoryTimerStatusStore Store { get; } = new();

        public RecordingQueueOutputWriter Writer { get; } = new();

        public ConcurrentQueue<TimerInfo> Fired { get; } = new();

        public TimerFunction Function { get; }

        public TimerRunner Runner { get; }

        public ScheduleStatus? Stored => Store.GetAsync("test-timer", CancellationToken.None).Result;
    }

    [Fact]
    public async Task InitializeAsync_NoStoredStatus_RecordsTheNextOccurrenceAndIsNotPastDue()
    {
        var rig = new Rig(T1002);

        var pastDue = await rig.Runner.InitializeAsync(CancellationToken.None);

        Assert.False(pastDue);
        Assert.Equal(new ScheduleStatus(DateTimeOffset.MinValue, At(10, 5), T1002), rig.Stored);
        Assert.Empty(rig.Fired);
    }

    [Fact]
    public async Task FireAsync_OnSchedule_InvokesWithThePriorStatusAndStoresTheNext()
    {
        var rig = new Rig(T1002);
        await rig.Runner.InitializeAsync(CancellationToken.None);
        rig.Time.SetUtcNow(At(10, 5));

        await rig.Runner.FireAsync(isPastDue: false, CancellationToken.None);

        var info = Assert.Single(rig.Fired);
        Assert.False(info.IsPastDue);
        Assert.Equal(At(10, 5), info.ScheduleStatus!.Next);
        Assert.Equal(DateTimeOffset.MinValue, info.ScheduleStatus.Last);
        Assert.Equal(new ScheduleStatus(At(10, 5), At(10, 10), At(10, 5)), rig.Stored);
    }

    [Fact]
    public async Task InitializeAsync_StoredNextPassedDuringDowntime_IsPastDueAndFiresOnce()
    {
        var rig = new Rig(At(12, 34));
        await rig.Store.SetAsync("test-timer", new ScheduleStatus(At(9, 55), At(10, 0), At(9, 55)), CancellationToken.None);

        var pastDue = await rig.Runner.InitializeAsync(CancellationToken.None);
        await rig.Runner.FireAsync(pastDue, CancellationToken.None);

        Assert.True(pastDue);
        var info = Assert.Single(rig.Fired);
        Assert.True(info.IsPastDue);
        Assert.Equal(At(10, 0), info.ScheduleStatus!.Next);
        Assert.Equal(new ScheduleStatus(At(10, 0), At(12, 35), At(12, 34)), rig.Stored);
    }

    [Fact]
    public async Task InitializeAsync_StoredNextStillAhead_IsNotPastDue()
    {
        var rig = new Rig(T1002);
        await rig.Store.SetAsync("test-timer", new ScheduleStatus(At(10, 0), At(10, 5), At(10, 0)), CancellationToken.None);

        Assert.False(await rig.Runner.InitializeAsync(CancellationToken.None));
        Assert.Equal(At(10, 5), rig.Runner.Status!.Next);
    }

    [Fact]
    public async Task InitializeAsync_ScheduleChangedToAnEarlierOccurrence_UsesIt()
    {
        // Stored by an hourly schedule (next 11:05); the schedule is now every 5 minutes.
        var rig = new Rig(T1002);
        await rig.Store.SetAsync("test-timer", new ScheduleStatus(At(10, 0), At(11, 5), At(10, 0)), CancellationToken.None);

        Assert.False(await rig.Runner.InitializeAsync(CancellationToken.None));
        Assert.Equal(At(10, 5), rig.Runner.Status!.Next);
    }

    [Fact]
    public async Task FireAsync_FunctionAddsOutputs_WritesThemThroughTheWriter()
    {
        var rig = new Rig(T1002, (_, context) =>
        {
            context.Outputs.AddQueueMessage("work", new { Stream = "s1" });
            return ValueTask.CompletedTask;
        });
        await rig.Runner.InitializeAsync(CancellationToken.None);

        await rig.Runner.FireAsync(false, CancellationToken.None);

        var (queue, message) = Assert.Single(rig.Writer.Written);
        Assert.Equal("test-work", queue);
        Assert.Equal("""{"Stream":"s1"}""", message);
    }

    [Fact]
    public async Task FireAsync_FunctionThrows_StatusStillAdvances()
    {
        var rig = new Rig(T1002, (_, _) => throw new InvalidOperationException("boom"));
        await rig.Runner.InitializeAsync(CancellationToken.None);
        rig.Time.SetUtcNow(At(10, 5));

        await rig.Runner.FireAsync(false, CancellationToken.None);

        Assert.Equal(At(10, 10), rig.Stored!.Next);
        Assert.Equal(At(10, 5), rig.Stored.Last);
    }

    [Fact]
    public async Task FireAsync_RunLongerThanThePeriod_SkipsOccurrencesDuringTheRun()
    {
        Rig? rig = null;
        rig = new Rig(T1002, (_, _) =>
        {
            rig!.Time.SetUtcNow(At(10, 17)); // the run ends after the 10:10 and 10:15 occurrences
            return ValueTask.CompletedTask;
        });
        await rig.Runner.InitializeAsync(CancellationToken.None);

        await rig.Runner.FireAsync(false, CancellationToken.None);

        Assert.Equal(new ScheduleStatus(At(10, 5), At(10, 20), At(10, 17)), rig.Stored);
    }

    [Fact]
    public async Task RunAsync_ClockReachesEachOccurrence_FiresEveryOneInOrder()
    {
        var rig = new Rig(T1002);
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => rig.Runner.RunAsync(stop.Token));
        await Eventually.TrueAsync(() => rig.Stored is not null, "the runner's start");

        // Small steps: each occurrence is reached long before the following one is due.
        await Eventually.TrueAsync(() => rig.Fired.Count >= 3, "three occurrences", () => rig.Time.Advance(TimeSpan.FromSeconds(15)));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        var fired = rig.Fired.ToArray();
        Assert.Equal([At(10, 5), At(10, 10), At(10, 15)], fired.Take(3).Select(f => f.ScheduleStatus!.Next).ToArray());
        Assert.All(fired.Take(3), f => Assert.False(f.IsPastDue));
        Assert.Equal(At(10, 5), fired[1].ScheduleStatus!.Last);
    }

    [Fact]
    public async Task RunAsync_WakeUpAfterTheFollowingOccurrence_FlagsIsPastDue()
    {
        var rig = new Rig(T1002);
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => rig.Runner.RunAsync(stop.Token));
        await Eventually.TrueAsync(() => rig.Stored is not null, "the runner's start");

        // The machine slept from 10:02 to 10:21: the 10:05 wait ends late, after 10:10 and 10:15 were also due.
        // (If the runner armed its wait only after the jump, the wait ends at 10:24 instead: still late.)
        var jumped = false;
        await Eventually.TrueAsync(() => !rig.Fired.IsEmpty, "the late occurrence", () =>
        {
            if (!jumped)
            {
                rig.Time.SetUtcNow(At(10, 21));
                jumped = true;
            }
            else
            {
                rig.Time.Advance(TimeSpan.FromSeconds(1));
            }
        });
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        var info = rig.Fired.First();
        Assert.True(info.IsPastDue);
        Assert.Equal(At(10, 5), info.ScheduleStatus!.Next);
        Assert.Single(rig.Fired);
        Assert.Equal(At(10, 25), rig.Stored!.Next);
    }

    [Fact]
    public async Task RunAsync_ScheduleThatNeverFires_EndsWithoutInvoking()
    {
        var rig = new Rig(T1002, schedule: "0 0 0 30 2 *");

        await rig.Runner.RunAsync(CancellationToken.None);

        Assert.Empty(rig.Fired);
        Assert.Null(rig.Runner.Status);
    }
}
