using LiveFunctions.Core.Scheduling.Transcode;
using static LiveFunctions.Core.Tests.Scheduling.Transcode.TranscodeTestRules;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class LocalTimeResolverTests
{
    private static DateTimeOffset ToUtc(string zone, int year, int month, int day, int hour, int minute) =>
        LocalTimeResolver.ToUtc(new DateTime(year, month, day, hour, minute, 0), TimeZoneInfo.FindSystemTimeZoneById(zone));

    [Fact]
    public void ToUtc_BerlinWinterAndSummer_UseTheOffsetInForce()
    {
        Assert.Equal(Utc(2026, 1, 15, 18, 30), ToUtc("Europe/Berlin", 2026, 1, 15, 19, 30));
        Assert.Equal(Utc(2026, 7, 15, 17, 30), ToUtc("Europe/Berlin", 2026, 7, 15, 19, 30));
    }

    [Fact]
    public void ToUtc_BerlinSpringForwardGap_MovesForwardByTheGap()
    {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST; 02:30 does not exist.
        var utc = ToUtc("Europe/Berlin", 2026, 3, 29, 2, 30);

        Assert.Equal(Utc(2026, 3, 29, 1, 30), utc);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
    }

    [Fact]
    public void ToUtc_BerlinStartOfGap_IsTheFirstInstantAfterIt()
    {
        Assert.Equal(Utc(2026, 3, 29, 1, 0), ToUtc("Europe/Berlin", 2026, 3, 29, 2, 0));
        Assert.Equal(Utc(2026, 3, 29, 0, 59), ToUtc("Europe/Berlin", 2026, 3, 29, 1, 59));
        Assert.Equal(Utc(2026, 3, 29, 1, 0), ToUtc("Europe/Berlin", 2026, 3, 29, 3, 0));
    }

    [Fact]
    public void ToUtc_BerlinFallBackOverlap_TakesTheFirstOccurrence()
    {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice (00:30Z and 01:30Z).
        Assert.Equal(Utc(2026, 10, 25, 0, 30), ToUtc("Europe/Berlin", 2026, 10, 25, 2, 30));
        Assert.Equal(Utc(2026, 10, 25, 0, 0), ToUtc("Europe/Berlin", 2026, 10, 25, 2, 0));
        Assert.Equal(Utc(2026, 10, 25, 2, 0), ToUtc("Europe/Berlin", 2026, 10, 25, 3, 0));
        Assert.Equal(Utc(2026, 10, 24, 23, 59), ToUtc("Europe/Berlin", 2026, 10, 25, 1, 59));
    }

    [Fact]
    public void ToUtc_ShanghaiOnTheBerlinChangeDays_IsAlwaysUtcPlusEight()
    {
        Assert.Equal(Utc(2026, 3, 28, 18, 30), ToUtc("Asia/Shanghai", 2026, 3, 29, 2, 30));
        Assert.Equal(Utc(2026, 10, 24, 18, 30), ToUtc("Asia/Shanghai", 2026, 10, 25, 2, 30));
    }

    [Fact]
    public void ToUtc_NewYorkSpringForwardGap_MovesForwardByTheGap()
    {
        // 8 March 2026: 02:00 EST becomes 03:00 EDT.
        Assert.Equal(Utc(2026, 3, 8, 7, 30), ToUtc("America/New_York", 2026, 3, 8, 2, 30));
    }
}
