using LiveFunctions.Core.RateLimiting.Entity;
using LiveFunctions.Core.Tests.Storage;
using LiveFunctions.Testing.Azurite;
using static LiveFunctions.Core.Tests.RateLimiting.RateLimitTestLimiters;

namespace LiveFunctions.Core.Tests.RateLimiting;

/// <summary>The limiter against a real Azurite: conditional writes, batches, waits, skewed clocks.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RateLimiterAzuriteTests(AzuriteFixture azurite)
{
    private const string Action = "UpdateLiveAppRecordConfig";

    private string NewContainer() => AzuriteCollection.UniqueName("rl");

    [Fact]
    public async Task ReserveAsync_TwoLimitersOnOneKey_StaleWriterConflictsRereadsAndGetsTheNextSlot()
    {
        var options = Options(NewContainer(), Action, "10/s", o => o.SafetyMargin = 1);
        var a = Create(azurite.ConnectionString, options);
        var b = Create(azurite.ConnectionString, options);
        var key = Key(Action);

        var first = await a.ReserveAsync(key);
        var second = await b.ReserveAsync(key);
        var third = await a.ReserveAsync(key); // a's cached ETag is stale now: its write must fail and be redone

        Assert.Equal(1, a.Statistics.Conflicts);
        Assert.Equal(0, b.Statistics.Conflicts);
        var interval = a.Limits.PacingOf(Action).Interval;
        Assert.True(second - first >= interval - TimeSpan.FromMilliseconds(1), $"{first:O} {second:O}");
        Assert.True(third - second >= interval - TimeSpan.FromMilliseconds(1), $"{second:O} {third:O}");
    }

    [Fact]
    public async Task ReserveAsync_NoRetriesLeft_ThrowsConflictNamingTheKey()
    {
        var options = Options(NewContainer(), Action, "10/s", o => o.MaxConflictRetries = 0);
        var a = Create(azurite.ConnectionString, options);
        var b = Create(azurite.ConnectionString, options);
        var key = Key(Action);
        await a.ReserveAsync(key);
        await b.ReserveAsync(key);

        var error = await Assert.ThrowsAsync<RateLimitConflictException>(() => a.ReserveAsync(key));

        Assert.Equal("testid/Live/UpdateLiveAppRecordConfig", error.Key);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task ReserveAsync_ManyRacingCallersOnTwoLimiters_NeverMoreThanTheLimitInAWindow()
    {
        var options = Options(NewContainer(), Action, "20/s");
        var a = Create(azurite.ConnectionString, options);
        var b = Create(azurite.ConnectionString, options);
        var key = Key(Action);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());

        var slots = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => (i % 2 == 0 ? a : b).ReserveAsync(key)));

        Assert.True(slots.GroupBy(s => s).Max(g => g.Count()) <= a.Limits.PacingOf(Action).Burst); // only a burst shares an instant
        Assert.True(MostInAnyWindow(slots, TimeSpan.FromSeconds(1)) <= 20);
        Assert.Equal(60, a.Statistics.Granted + b.Statistics.Granted);
    }

    [Fact]
    public async Task ReserveBatchAsync_TenSlots_OneStorageRoundTripOneWriteSlotsPaced()
    {
        var options = Options(NewContainer(), Action, "10/s", o => o.SafetyMargin = 1);
        var limiter = Create(azurite.ConnectionString, options);
        var key = Key(Action);
        await limiter.ReserveAsync(key); // creates the entity (a read that finds nothing, a create-only write)
        var roundTrips = limiter.Statistics.StorageRoundTrips;
        var writes = limiter.Statistics.Writes;

        var slots = await limiter.ReserveBatchAsync(key, 10);

        Assert.Equal(1, limiter.Statistics.StorageRoundTrips - roundTrips);
        Assert.Equal(1, limiter.Statistics.Writes - writes);
        var interval = limiter.Limits.PacingOf(Action).Interval;
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(interval, pair.Second - pair.First));
    }

    [Fact]
    public async Task ReserveAsync_ConcurrentCallersOfOneProcess_CoalesceIntoFewWritesInArrivalOrder()
    {
        var options = Options(NewContainer(), Action, "1000/s", o => o.MaxBatch = 16);
        var limiter = Create(azurite.ConnectionString, options);
        var key = Key(Action);
        await limiter.ReserveAsync(key);
        var writes = limiter.Statistics.Writes;

        var reservations = Enumerable.Range(0, 32).Select(_ => limiter.ReserveAsync(key)).ToList();
        var slots = await Task.WhenAll(reservations);

        var used = limiter.Statistics.Writes - writes;
        Assert.InRange(used, 2, 4); // 32 callers, at most 16 per write: the first write may carry only the first caller
        Assert.Equal(slots.OrderBy(s => s), slots); // first come, first served
    }

    [Fact]
    public async Task AcquireAsync_BeyondTheBurst_WaitsUntilTheStorageClockReachesEachSlot()
    {
        var options = Options(NewContainer(), Action, "5/s", o => o.SafetyMargin = 1);
        var limiter = Create(azurite.ConnectionString, options);
        var key = Key(Action);
        var slots = new List<DateTimeOffset>();

        for (var i = 0; i < 4; i++)
        {
            var slot = await limiter.ReserveAsync(key);
            await limiter.WaitForAsync(key, slot);
            Assert.True(limiter.Clock.Now >= slot, $"released at {limiter.Clock.Now:O} before its slot {slot:O}");
            slots.Add(slot);
        }

        var interval = limiter.Limits.PacingOf(Action).Interval;
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.True(pair.Second - pair.First >= interval - TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_ThrowsWithoutWaitingForTheSlot()
    {
        var options = Options(NewContainer(), Action, "1/min", o => o.SafetyMargin = 1);
        var limiter = Create(azurite.ConnectionString, options);
        var key = Key(Action);
        await limiter.AcquireAsync(key); // the one call of this minute
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.AcquireAsync(key, cancel.Token));
    }

    [Fact]
    public async Task AcquireAsync_TwoInstancesWithLocalClocksElevenSecondsApart_PaceTogether()
    {
        var options = Options(NewContainer(), Action, "20/s");
        var ahead = Create(azurite.ConnectionString, options, new SkewedTimeProvider(TimeSpan.FromSeconds(7)));
        var behind = Create(azurite.ConnectionString, options, new SkewedTimeProvider(TimeSpan.FromSeconds(-4)));
        var key = Key(Action);
        await Task.WhenAll(ahead.StartAsync(), behind.StartAsync());
        var released = new List<DateTimeOffset>();
        var stop = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
        {
            var limiter = worker % 2 == 0 ? ahead : behind;
            while (DateTimeOffset.UtcNow < stop)
            {
                await limiter.AcquireAsync(key);
                lock (released)
                {
                    released.Add(DateTimeOffset.UtcNow); // one reference clock for both: the test machine's
                }
            }
        }));

        Assert.InRange((ahead.Clock.Offset - behind.Clock.Offset).TotalSeconds, -11.1, -10.9);
        Assert.True(MostInAnyWindow(released, TimeSpan.FromSeconds(1)) <= 20, $"{MostInAnyWindow(released, TimeSpan.FromSeconds(1))} in one second");
        Assert.True(ahead.Statistics.Granted > 10 && behind.Statistics.Granted > 10, $"{ahead.Statistics.Granted} / {behind.Statistics.Granted}");
    }

    [Fact]
    public async Task ReportThrottledAsync_LowersTheRateForEveryInstanceThenItRecovers()
    {
        var options = Options(NewContainer(), Action, "10/s", o =>
        {
            o.SafetyMargin = 1;
            o.PenaltyDuration = TimeSpan.FromSeconds(3); // long enough that b's reservation below falls inside it on a loaded machine
        });
        var a = Create(azurite.ConnectionString, options);
        var b = Create(azurite.ConnectionString, options);
        var key = Key(Action);
        var interval = a.Limits.PacingOf(Action).Interval;
        await b.ReserveAsync(key);

        await a.ReportThrottledAsync(key, "Throttling.User");
        var penalized = await b.ReserveBatchAsync(key, 3);
        var during = Assert.Single(await b.ListAsync());

        Assert.Equal(interval * 2, penalized[2] - penalized[1]); // PenaltyFactor 0.5: half the rate
        Assert.Equal(1, during.ThrottleCount);
        Assert.Equal("Throttling.User", during.LastThrottleCode);
        Assert.NotNull(during.PenaltyUntil);
        Assert.Equal(Math.Round(0.5 / interval.TotalSeconds, 3), during.EffectiveRate);

        await b.WaitForAsync(key, during.PenaltyUntil!.Value + interval * 3);
        var recovered = await b.ReserveBatchAsync(key, 3);
        var after = Assert.Single(await a.ListAsync());

        Assert.Equal(interval, recovered[2] - recovered[1]);
        Assert.Null(after.PenaltyUntil);
        Assert.Equal(Math.Round(1 / interval.TotalSeconds, 3), after.EffectiveRate);
        Assert.Equal(1, after.ThrottleCount);
    }

    [Fact]
    public async Task ListAsync_TwoKeys_ShowsLimitGrantsAndRecentRateOfEach()
    {
        var container = NewContainer();
        var options = Options(container, Action, "30/s");
        var limiter = Create(azurite.ConnectionString, options);
        await limiter.ReserveBatchAsync(Key(Action), 5);
        await limiter.ReserveBatchAsync(new RateLimitKey("other.key/1", Core.OpenApi.AlibabaProduct.Ice, "GetLiveTranscodeJob"), 2);

        var views = await limiter.ListAsync();

        Assert.Collection(
            views,
            view =>
            {
                Assert.Equal(("other.key/1", "Ice", "GetLiveTranscodeJob", "10/s", 2L), (view.AccessKeyId, view.Product, view.Action, view.Limit, view.Granted));
                Assert.True(view.RecentGrantRate > 0);
            },
            view =>
            {
                Assert.Equal(("testid", "Live", Action, "30/s", 5L), (view.AccessKeyId, view.Product, view.Action, view.Limit, view.Granted));
                Assert.Equal(0, view.ThrottleCount);
                Assert.Null(view.PenaltyUntil);
            });
    }
}
