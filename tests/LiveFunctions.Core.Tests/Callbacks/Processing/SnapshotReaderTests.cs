using LiveFunctions.Core.Callbacks.Processing;
using LiveFunctions.Core.Tests.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Core.Tests.Callbacks.Processing;

/// <summary>Reading latest and history pages back from a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SnapshotReaderTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Ten = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static async Task<ProcessingHarness> WithSnapshotsAsync(string connectionString, params DateTimeOffset[] times)
    {
        var harness = new ProcessingHarness(connectionString);
        for (var i = 0; i < times.Length; i++)
        {
            // Millisecond times: the body's time field accepts UNIX milliseconds.
            var text = harness.Json(
                $$"""{"domain":"example.com","app":"liveApp","stream":"{{harness.Stream}}","OssObject":"s/{{i}}.jpg","time":{{times[i].ToUnixTimeMilliseconds()}}}""");
            Assert.Equal(SnapshotProcessingOutcome.Processed, (await harness.Processor.ProcessAsync(text, $"attempt-{i}")).Outcome);
        }

        return harness;
    }

    private static SnapshotHistoryQuery Query(ProcessingHarness harness, DateTimeOffset from, DateTimeOffset to, int limit = 100, string? continuation = null) =>
        new("example.com", "liveApp", harness.Stream, from, to, limit, continuation);

    [Fact]
    public async Task GetLatestAsync_NothingRecorded_ReturnsNull()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString);

        Assert.Null(await harness.Reader.GetLatestAsync("example.com", "liveApp", harness.Stream));
    }

    [Fact]
    public async Task GetHistoryAsync_HalfOpenRange_IncludesFromExcludesToOldestFirst()
    {
        var harness = await WithSnapshotsAsync(
            azurite.ConnectionString, Ten.AddHours(1), Ten, Ten.AddMinutes(30).AddMilliseconds(500), Ten.AddSeconds(-1));

        var page = await harness.Reader.GetHistoryAsync(Query(harness, Ten, Ten.AddHours(1)));

        Assert.Equal(new[] { Ten, Ten.AddMinutes(30).AddMilliseconds(500) }, page.Snapshots.Select(s => s.Snapshot.SnapshotTime));
        Assert.Null(page.Continuation);
    }

    [Fact]
    public async Task GetHistoryAsync_EdgesInsideOneSecond_AreDecidedByTheExactTime()
    {
        var harness = await WithSnapshotsAsync(azurite.ConnectionString, Ten.AddMilliseconds(200), Ten.AddMilliseconds(800));

        var page = await harness.Reader.GetHistoryAsync(Query(harness, Ten.AddMilliseconds(500), Ten.AddMilliseconds(900)));

        Assert.Equal(Ten.AddMilliseconds(800), Assert.Single(page.Snapshots).Snapshot.SnapshotTime);
    }

    [Fact]
    public async Task GetHistoryAsync_MoreThanTheLimit_PagesWithContinuationsUntilTheEnd()
    {
        var times = Enumerable.Range(0, 5).Select(i => Ten.AddMinutes(i)).ToArray();
        var harness = await WithSnapshotsAsync(azurite.ConnectionString, times);

        var first = await harness.Reader.GetHistoryAsync(Query(harness, Ten, Ten.AddHours(1), limit: 2));
        var second = await harness.Reader.GetHistoryAsync(Query(harness, Ten, Ten.AddHours(1), limit: 2, first.Continuation));
        var third = await harness.Reader.GetHistoryAsync(Query(harness, Ten, Ten.AddHours(1), limit: 2, second.Continuation));

        Assert.True(SnapshotHistoryQuery.IsContinuation(first.Continuation));
        Assert.Equal(times, first.Snapshots.Concat(second.Snapshots).Concat(third.Snapshots).Select(s => s.Snapshot.SnapshotTime));
        Assert.NotNull(second.Continuation);
        Assert.Null(third.Continuation);
    }

    [Fact]
    public async Task GetHistoryAsync_OtherStream_SeesNothing()
    {
        var harness = await WithSnapshotsAsync(azurite.ConnectionString, Ten);

        var page = await harness.Reader.GetHistoryAsync(
            new SnapshotHistoryQuery("example.com", "liveApp", harness.Stream + "-other", Ten.AddHours(-1), Ten.AddHours(1)));

        Assert.Empty(page.Snapshots);
    }

    [Fact]
    public async Task GetHistoryAsync_NotAContinuation_Throws()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Reader.GetHistoryAsync(Query(harness, Ten, Ten.AddHours(1), continuation: "../x")));
    }

    [Theory]
    [InlineData("20260301100000-142fd8c3", true)]
    [InlineData("20260301100000-142FD8C3", false)]
    [InlineData("2026030110000-142fd8c3", false)]
    [InlineData("20260301100000_142fd8c3", false)]
    [InlineData("", false)]
    public void IsContinuation_Forms_AreRecognised(string text, bool expected) =>
        Assert.Equal(expected, SnapshotHistoryQuery.IsContinuation(text));
}
