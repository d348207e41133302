using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling;

public sealed class SchedulingJsonTests
{
    [Fact]
    public void Serialize_CheckpointWithFractionsAndOffset_WritesUtcWholeSeconds()
    {
        var checkpoint = new IndexCheckpoint("example.com", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 3, 1, 0, 5, 2, 999, TimeSpan.Zero));

        Assert.Equal(
            """{"DomainName":"example.com","LastPlannedHourStart":"2026-03-01T00:00:00Z","UpdatedAt":"2026-03-01T00:05:02Z"}""",
            SchedulingJson.Serialize(checkpoint));
    }

    [Fact]
    public void TryDeserialize_Checkpoint_RoundTripsAndGivesTheHour()
    {
        Assert.True(SchedulingJson.TryDeserialize<IndexCheckpoint>(
            """{"DomainName":"example.com","LastPlannedHourStart":"2026-02-28T23:00:00Z","UpdatedAt":"2026-03-01T00:05:02Z"}""", out var checkpoint, out var error), error);

        Assert.Equal(IndexHour.FromStart(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero)), checkpoint.LastPlannedHour);
    }

    [Theory]
    [InlineData("""{"DomainName":"example.com","LastPlannedHourStart":1234,"UpdatedAt":"2026-03-01T00:05:02Z"}""")]
    [InlineData("""{"DomainName":null,"LastPlannedHourStart":"2026-02-28T23:00:00Z","UpdatedAt":"2026-03-01T00:05:02Z"}""")]
    [InlineData("""{"DomainName":"example.com","UpdatedAt":"2026-03-01T00:05:02Z"}""")]
    public void TryDeserialize_WrongShape_ReturnsFalse(string json)
    {
        Assert.False(SchedulingJson.TryDeserialize<IndexCheckpoint>(json, out var value, out var error));
        Assert.Null(value);
        Assert.StartsWith("The IndexCheckpoint JSON", error, StringComparison.Ordinal);
    }
}
