using LiveFunctions.Core.RateLimiting.Clock;
using LiveFunctions.Testing;

namespace LiveFunctions.Core.Tests.RateLimiting;

public sealed class StorageClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 10, 0, 0, 300, TimeSpan.Zero);

    [Fact]
    public void Observe_ResponsesOnBothSidesOfATick_NarrowTheOffsetToTheRoundTrip()
    {
        // The service's clock is 5.25 s ahead of ours; every request takes 4 ms.
        var time = new ManualTimeProvider(Start);
        var clock = new StorageClock(time);
        var serviceAhead = TimeSpan.FromSeconds(5.25);

        for (var i = 0; i < 40; i++)
        {
            var sent = clock.Timestamp();
            time.Advance(TimeSpan.FromMilliseconds(2));
            var stamped = time.GetUtcNow() + serviceAhead;
            var date = new DateTimeOffset(stamped.Ticks - (stamped.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            time.Advance(TimeSpan.FromMilliseconds(2));
            clock.Observe(date, sent, clock.Timestamp());
            time.Advance(TimeSpan.FromMilliseconds(27));
        }

        Assert.True(clock.Uncertainty <= TimeSpan.FromMilliseconds(40), $"uncertainty {clock.Uncertainty}");
        Assert.InRange(clock.Offset.TotalSeconds, 5.25 - 0.02, 5.25 + 0.02);
        Assert.InRange((clock.Now - (time.GetUtcNow() + serviceAhead)).TotalMilliseconds, -20, 20);
    }

    [Fact]
    public void Observe_ServiceClockSteps_StartsAgainFromTheNewAnswer()
    {
        var time = new ManualTimeProvider(Start);
        var clock = new StorageClock(time);
        var sent = clock.Timestamp();
        clock.Observe(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), sent, sent);

        time.Advance(TimeSpan.FromSeconds(1));
        var later = clock.Timestamp();
        clock.Observe(new DateTimeOffset(2026, 12, 2, 10, 1, 0, TimeSpan.Zero), later, later);

        Assert.Equal(1, clock.Resets);
        Assert.InRange(clock.Offset.TotalSeconds, 58, 60);
    }

    [Fact]
    public void Until_PassedSlot_IsZero()
    {
        var time = new ManualTimeProvider(Start);
        var clock = new StorageClock(time);

        Assert.Equal(TimeSpan.Zero, clock.Until(Start - TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromSeconds(2), clock.Until(Start + TimeSpan.FromSeconds(2)));
    }
}
