using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling;

public sealed class SchedulingStorageNamesTests
{
    private static IndexHour Hour(int month, int day, int hour) => IndexHour.FromStart(new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.Zero));

    [Fact]
    public void IndexOutcomeBlob_LaysOutDomainDateHourAppStream()
    {
        var item = IndexWorkItem.For("example.com", "liveApp", "liveStream", Hour(2, 28, 23));

        Assert.Equal("index-outcomes/example.com/2026/02/28/23/liveApp/liveStream.json", SchedulingStorageNames.IndexOutcomeBlob(item));
    }

    [Fact]
    public void IndexOutcomeBlob_StartsWithItsHourPrefix()
    {
        var item = IndexWorkItem.For("example.com", "a", "s", Hour(3, 1, 7));

        Assert.StartsWith(SchedulingStorageNames.IndexOutcomeHourPrefix("example.com", Hour(3, 1, 7)), SchedulingStorageNames.IndexOutcomeBlob(item), StringComparison.Ordinal);
        Assert.Equal("index-outcomes/example.com/2026/03/01/07/", SchedulingStorageNames.IndexOutcomeHourPrefix("example.com", Hour(3, 1, 7)));
    }

    [Fact]
    public void IndexOutcomeBlob_NamesWithSlashesAndSpaces_StayOneSegmentEach()
    {
        var item = IndexWorkItem.For("example.com", "my app", "a/b%c.", Hour(3, 1, 7));

        var name = SchedulingStorageNames.IndexOutcomeBlob(item);

        Assert.Equal("index-outcomes/example.com/2026/03/01/07/my%20app/a%2Fb%25c%2E.json", name);
        Assert.True(SchedulingStorageNames.TryParseIndexOutcomeBlob(name, out var parsed));
        Assert.Equal(item, parsed);
    }

    [Fact]
    public void TryParseIndexOutcomeBlob_UnicodeNames_RoundTrip()
    {
        var item = IndexWorkItem.For("example.com", "直播", "流-1", Hour(12, 31, 23));

        Assert.True(SchedulingStorageNames.TryParseIndexOutcomeBlob(SchedulingStorageNames.IndexOutcomeBlob(item), out var parsed));
        Assert.Equal(item, parsed);
    }

    [Theory]
    [InlineData("index-checkpoints/example.com.json")]
    [InlineData("index-outcomes/example.com/2026/03/01/07/app.json")]
    [InlineData("index-outcomes/example.com/2026/03/01/25/app/s.json")]
    [InlineData("index-outcomes/example.com/2026/03/01/07/app/s.txt")]
    [InlineData("index-outcomes/example.com/2026/03/01/07/%41pp/s.json")]
    [InlineData("index-outcomes/example.com/2026/03/01/07/a%2/s.json")]
    public void TryParseIndexOutcomeBlob_OtherNames_ReturnFalse(string name)
    {
        Assert.False(SchedulingStorageNames.TryParseIndexOutcomeBlob(name, out var item));
        Assert.Null(item);
    }

    [Fact]
    public void IndexOutcomePrefixes_PartialDaysAndWholeDay_UseHourAndDayPrefixes()
    {
        var prefixes = SchedulingStorageNames.IndexOutcomePrefixes("example.com", Hour(2, 28, 22), Hour(3, 2, 1));

        Assert.Equal(
            ["index-outcomes/example.com/2026/02/28/22/", "index-outcomes/example.com/2026/02/28/23/", "index-outcomes/example.com/2026/03/01/",
             "index-outcomes/example.com/2026/03/02/00/", "index-outcomes/example.com/2026/03/02/01/"],
            prefixes);
    }

    [Fact]
    public void IndexOutcomePrefixes_DayMissingItsLastHour_IsListedHourByHour()
    {
        var prefixes = SchedulingStorageNames.IndexOutcomePrefixes("example.com", Hour(3, 1, 0), Hour(3, 1, 22));

        Assert.Equal(23, prefixes.Count);
    }

    [Fact]
    public void OtherBlobs_UseTheirPrefixes()
    {
        Assert.Equal("index-checkpoints/example.com.json", SchedulingStorageNames.IndexCheckpointBlob("example.com"));
        Assert.Equal("transcode-schedules/job-1.json", SchedulingStorageNames.TranscodeScheduleBlob("job-1"));
        Assert.Equal("transcode-actions/job%2F1.json", SchedulingStorageNames.TranscodeActionBlob("job/1"));
        Assert.Equal("scheduling", SchedulingStorageNames.Container);
    }
}
