using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Tests.Callbacks.Layout;

public sealed class SnapshotStorageLayoutTests
{
    private const string Key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static SnapshotEvent At(DateTimeOffset time, string domain = "Example.com", string app = "liveApp", string stream = "liveStream") =>
        new(domain, app, stream, time, null, null, "s/1.jpg", null);

    [Fact]
    public void Latest_Snapshot_IsOnePerStreamWithTheDomainLowerCased()
    {
        Assert.Equal(
            new SnapshotBlobLocation("snapshots", "example.com/liveApp/liveStream/latest.json"),
            SnapshotStorageLayout.Latest(At(DateTimeOffset.UnixEpoch)));
    }

    [Fact]
    public void History_Snapshot_IsNamedBySnapshotTimeInUtcAndShortKey()
    {
        var time = new DateTimeOffset(2026, 3, 1, 18, 4, 5, 678, TimeSpan.FromHours(8));

        Assert.Equal(
            new SnapshotBlobLocation("snapshots", "example.com/liveApp/liveStream/history/20260301100405-01234567.json"),
            SnapshotStorageLayout.History(At(time), Key));
    }

    [Fact]
    public void History_NamesOfLaterSnapshots_SortAfterEarlierOnes()
    {
        var times = new[]
        {
            new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero),
            new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 1, 2, 3, 4, 6, TimeSpan.Zero),
        };

        var byName = times.OrderBy(t => SnapshotStorageLayout.History(At(t), Key).BlobName, StringComparer.Ordinal);

        Assert.Equal(times.Order(), byName);
    }

    [Fact]
    public void StreamPrefix_SegmentsWithSlashesOrDots_AreEscapedSoTheyCannotAddFolders()
    {
        Assert.Equal("d.com/a%2Fb/%2E%2E/", SnapshotStorageLayout.StreamPrefix("d.com", "a/b", ".."));
        Assert.Equal("d.com/100%25/caf%C3%A9/", SnapshotStorageLayout.StreamPrefix("d.com", "100%", "café"));
    }

    [Fact]
    public void HistoryRangePrefix_RangeInsideOneDay_SharesTheDayDigits()
    {
        var prefix = SnapshotStorageLayout.HistoryRangePrefix(
            "d.com", "a", "s", new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.Zero));

        // [10:00:00, 11:00:00) holds seconds 10:00:00 .. 10:59:59: the hour is shared.
        Assert.Equal("d.com/a/s/history/2026030110", prefix);
    }

    [Fact]
    public void HistoryRangePrefix_RangeAcrossYears_SharesTheCentury()
    {
        var prefix = SnapshotStorageLayout.HistoryRangePrefix(
            "d.com", "a", "s", new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("d.com/a/s/history/202", prefix);
    }

    [Fact]
    public void HistoryRangePrefix_EmptyRange_IsTheWholeHistory()
    {
        var at = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(SnapshotStorageLayout.HistoryPrefix("d.com", "a", "s"), SnapshotStorageLayout.HistoryRangePrefix("d.com", "a", "s", at, at));
    }

    [Fact]
    public void IsHistoryInRange_HalfOpenRange_IncludesTheStartAndExcludesTheEnd()
    {
        var from = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var to = from.AddHours(1);
        string Name(DateTimeOffset t) => SnapshotStorageLayout.History(At(t, "d.com"), Key).BlobName;

        Assert.True(SnapshotStorageLayout.IsHistoryInRange(Name(from), from, to));
        Assert.True(SnapshotStorageLayout.IsHistoryInRange(Name(to.AddSeconds(-1)), from, to));
        Assert.False(SnapshotStorageLayout.IsHistoryInRange(Name(to), from, to));
        Assert.False(SnapshotStorageLayout.IsHistoryInRange(Name(from.AddSeconds(-1)), from, to));
        Assert.False(SnapshotStorageLayout.IsHistoryInRange(Name(from), from, from));
        Assert.False(SnapshotStorageLayout.IsHistoryInRange("d.com/a/s/latest.json", from, to));
    }

    [Fact]
    public void HistoryRangePrefix_EveryNameInRange_StartsWithThePrefix()
    {
        var from = new DateTimeOffset(2026, 2, 28, 23, 30, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 3, 1, 0, 30, 0, TimeSpan.Zero);
        var prefix = SnapshotStorageLayout.HistoryRangePrefix("d.com", "a", "s", from, to);

        for (var t = from; t < to; t = t.AddMinutes(7))
        {
            Assert.StartsWith(prefix, SnapshotStorageLayout.History(At(t, "d.com", "a", "s"), Key).BlobName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryReadTime_HistoryName_GivesItsSecond()
    {
        Assert.True(SnapshotStorageLayout.TryReadTime("d.com/a/s/history/20260301100405-01234567.json", out var time));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 4, 5, TimeSpan.Zero), time);
        Assert.False(SnapshotStorageLayout.TryReadTime("d.com/a/s/history/notatime-01234567.json", out _));
    }

    [Fact]
    public void DedupeMarker_Key_IsTheKeyInTheDedupeContainer()
    {
        Assert.Equal(new SnapshotBlobLocation("snapshot-dedupe", Key), SnapshotStorageLayout.DedupeMarker(Key));
    }

    [Fact]
    public void DeliveryMarker_KeyAndSubscriber_IsUnderTheKeysFolder()
    {
        var marker = SnapshotStorageLayout.DeliveryMarker(Key, "crm-hook");

        Assert.Equal(new SnapshotBlobLocation("snapshot-deliveries", Key + "/crm-hook"), marker);
        Assert.StartsWith(SnapshotStorageLayout.DeliveryMarkersPrefix(Key), marker.BlobName, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrecognised_Body_IsNamedByReceiptTimeAndFullKey()
    {
        Assert.Equal(
            new SnapshotBlobLocation("snapshot-unrecognised", $"20260301100405-{Key}.json"),
            SnapshotStorageLayout.Unrecognised(new DateTimeOffset(2026, 3, 1, 10, 4, 5, TimeSpan.Zero), Key));
    }
}
