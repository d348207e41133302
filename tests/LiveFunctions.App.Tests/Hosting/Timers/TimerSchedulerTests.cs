using System.Collections.Concurrent;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Testing;

namespace LiveFunctions.App.Tests.Hosting.Timers;

public sealed class TimerSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 2, 0, TimeSpan.Zero);

    private static (ConcurrentQueue<TimerInfo> Fired, TimerFunction Function) Timer(string defaultSchedule = "0 0 0 1 1 *")
    {
        var fired = new ConcurrentQueue<TimerInfo>();
        var function = new TimerFunction("test-timer", "TestTimerSchedule", defaultSchedule, (info, context) =>
        {
            fired.Enqueue(info);
            context.Outputs.AddQueueMessage("work", new { Planned = true });
            return ValueTask.CompletedTask;
        }, [new QueueOutputBinding("work", "test-work")]);
        return (fired, function);
    }

    [Fact]
    public async Task Standalone_SettingSchedule_FiresOnScheduleAndUpdatesStatusAndWritesOutputs()
    {
        var time = new ManualTimeProvider(Start);
        var store = new InMemoryTimerStatusStore();
        var writer = new RecordingQueueOutputWriter();
        var (fired, function) = Timer();
        var settings = new Dictionary<string, string?> { ["TestTimerSchedule"] = "0 */5 * * * *" };
        await using var app = await TestApp.StartAsync(underHost: false, a => a.MapFunction(function), settings, s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddSingleton<ITimerStatusStore>(store);
            s.AddSingleton<IQueueOutputWriter>(writer);
        });
        await Eventually.TrueAsync(() => store.GetAsync("test-timer", default).Result is not null, "the scheduler's start");

        // One-second steps from 10:04:59: the 10:05 occurrence fires long before 10:10 could be reached.
        time.SetUtcNow(Start.AddMinutes(3).AddSeconds(-1));
        await Eventually.TrueAsync(() => !fired.IsEmpty, "the 10:05 occurrence", () => time.Advance(TimeSpan.FromSeconds(1)));
        await Eventually.TrueAsync(() => store.GetAsync("test-timer", default).Result!.Last != DateTimeOffset.MinValue, "the status update");
        // The occurrence is claimed (Last = 10:05) before the run; the outputs are written after it.
        await Eventually.TrueAsync(() => !writer.Written.IsEmpty, "the outputs");

        var info = fired.First();
        Assert.False(info.IsPastDue);
        Assert.Equal(Start.AddMinutes(3), info.ScheduleStatus!.Next);
        var status = await store.GetAsync("test-timer", default);
        Assert.Equal(Start.AddMinutes(3), status!.Last);
        Assert.Equal(Start.AddMinutes(8), status.Next);
        Assert.Contains(writer.Written, w => w.Queue == "test-work" && w.Message == """{"Planned":true}""");
    }

    [Fact]
    public async Task Standalone_RestartAfterDowntime_FiresOnceWithIsPastDue()
    {
        var time = new ManualTimeProvider(Start);
        var store = new InMemoryTimerStatusStore();
        // The 07:05 run stored Next = 08:05; the app was down until 10:02 (08:05 and 09:05 were missed).
        var lastRun = Start.AddHours(-3).AddMinutes(3);
        await store.SetAsync("test-timer", new ScheduleStatus(lastRun, lastRun.AddHours(1), lastRun), default);
        var (fired, function) = Timer("0 5 * * * *");
        await using var app = await TestApp.StartAsync(underHost: false, a => a.MapFunction(function), services: s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddSingleton<ITimerStatusStore>(store);
            s.AddSingleton<IQueueOutputWriter>(new RecordingQueueOutputWriter());
        });

        await Eventually.TrueAsync(() => !fired.IsEmpty, "the past-due run");
        await Eventually.TrueAsync(() => store.GetAsync("test-timer", default).Result!.Next == Start.AddMinutes(3), "the status update");

        var info = Assert.Single(fired);
        Assert.True(info.IsPastDue);
        Assert.Equal(lastRun.AddHours(1), info.ScheduleStatus!.Next);
        Assert.Equal(lastRun, info.ScheduleStatus.Last);
    }

    [Fact]
    public async Task UnderHost_TimersAreNotScheduledByTheApp()
    {
        var time = new ManualTimeProvider(Start);
        var store = new InMemoryTimerStatusStore();
        var (fired, function) = Timer("* * * * * *");
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(function), services: s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddSingleton<ITimerStatusStore>(store);
        });

        time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(50);

        Assert.Empty(fired);
        Assert.Null(await store.GetAsync("test-timer", default));
        Assert.Null(app.App.Services.GetService<TimerScheduler>());
    }

    [Fact]
    public async Task Standalone_InvalidScheduleSetting_FailsTheStartNamingTheSetting()
    {
        var (_, function) = Timer();
        var settings = new Dictionary<string, string?> { ["TestTimerSchedule"] = "0 */5 * * *  * *" };
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), a => a.MapFunction(function), settings);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("TestTimerSchedule", error.Message, StringComparison.Ordinal);
        Assert.Contains("7 fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveSchedule_SettingAbsent_UsesTheDeclaredDefault()
    {
        var (_, function) = Timer("0 5 * * * *");
        var configuration = new ConfigurationBuilder().Build();

        Assert.Equal("0 5 * * * *", TimerScheduler.ResolveSchedule(function, configuration).Expression);
    }
}
