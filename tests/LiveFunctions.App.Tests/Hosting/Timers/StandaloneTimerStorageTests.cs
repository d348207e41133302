using System.Collections.Concurrent;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Hosting.Timers;

/// <summary>The standalone scheduler on the storage-backed status store (a real Azurite).</summary>
[Collection(StandaloneAzuriteCollection.Name)]
public sealed class StandaloneTimerStorageTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 2, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int hour, int minute) => new(2026, 3, 1, hour, minute, 0, TimeSpan.Zero);

    private static TimerFunction Timer(ConcurrentQueue<(string App, TimerInfo Info)> fired, string app) =>
        new("test-timer", "TestTimerSchedule", "0 */5 * * * *", (info, _) =>
        {
            fired.Enqueue((app, info));
            return ValueTask.CompletedTask;
        });

    private Task<TestApp> StartAsync(TimerFunction timer, string hostId, TimeProvider time) =>
        TestApp.StartAsync(underHost: false, a => a.MapFunction(timer), StandaloneStorage.Settings(azurite.ConnectionString, hostId),
            s => s.AddSingleton(time));

    private static TimerRunner RunnerOf(TestApp app) => Assert.Single(app.App.Services.GetRequiredService<TimerScheduler>().Runners);

    [Fact]
    public async Task Scheduler_RestartAfterDowntime_StatusSurvivesInStorageAndFiresOncePastDue()
    {
        var hostId = StandaloneStorage.HostId();
        var time = new ManualTimeProvider(Start);
        var fired = new ConcurrentQueue<(string App, TimerInfo Info)>();
        await using (var first = await StartAsync(Timer(fired, "first"), hostId, time))
        {
            Assert.IsType<StorageTimerStatusStore>(first.App.Services.GetRequiredService<ITimerStatusStore>());
            await Eventually.TrueAsync(() => RunnerOf(first).Status is not null, "the first start");
            time.SetUtcNow(At(10, 5).AddSeconds(-1));
            await Eventually.TrueAsync(() => RunnerOf(first).Status?.Last == At(10, 5), "the 10:05 run", () => time.Advance(TimeSpan.FromSeconds(1)));
        }

        // Down from about 10:05 until 12:34: the 10:10 … 12:30 occurrences were missed.
        time.SetUtcNow(At(12, 34));
        await using var second = await StartAsync(Timer(fired, "second"), hostId, time);
        await Eventually.TrueAsync(() => fired.Any(f => f.App == "second") && RunnerOf(second).Status?.Next == At(12, 35), "the past-due run");

        var runs = fired.Where(f => f.App == "second").ToArray();
        var (_, info) = Assert.Single(runs);
        Assert.True(info.IsPastDue);
        Assert.Equal(At(10, 5), info.ScheduleStatus!.Last);
        Assert.Equal(At(10, 10), info.ScheduleStatus.Next);
        using var clients = StandaloneStorage.Clients(azurite.ConnectionString);
        var stored = await clients.GetRequiredService<StorageBlobs>().GetJsonAsync<ScheduleStatus>(
            StorageTimerStatusStore.Container, $"timers/{hostId}/test-timer/status");
        Assert.Equal(new ScheduleStatus(At(10, 10), At(12, 35), At(12, 34)), stored!.Value);
        Assert.Single(fired, f => f.App == "second");
    }

    [Fact]
    public async Task Scheduler_TwoInstancesSharingTheStorage_RunEachOccurrenceOnce()
    {
        var hostId = StandaloneStorage.HostId();
        var time = new ManualTimeProvider(Start);
        var fired = new ConcurrentQueue<(string App, TimerInfo Info)>();
        await using var a = await StartAsync(Timer(fired, "a"), hostId, time);
        await using var b = await StartAsync(Timer(fired, "b"), hostId, time);
        await Eventually.TrueAsync(() => RunnerOf(a).Status is not null && RunnerOf(b).Status is not null, "both starts");
        Assert.Equal(At(10, 5), RunnerOf(a).Status!.Next);
        Assert.Equal(At(10, 5), RunnerOf(b).Status!.Next);

        // Both wait for 10:05 and 10:10; whichever claims an occurrence first runs it, the other skips it.
        time.SetUtcNow(At(10, 5));
        await Eventually.TrueAsync(() => RunnerOf(a).Status!.Next == At(10, 10) && RunnerOf(b).Status!.Next == At(10, 10), "10:05 handled by both");
        time.SetUtcNow(At(10, 10));
        await Eventually.TrueAsync(() => RunnerOf(a).Status!.Next == At(10, 15) && RunnerOf(b).Status!.Next == At(10, 15), "10:10 handled by both");

        var occurrences = fired.Select(f => f.Info.ScheduleStatus!.Next).ToArray();
        Assert.Equal([At(10, 5), At(10, 10)], occurrences);
        Assert.All(fired, f => Assert.False(f.Info.IsPastDue));
    }
}
