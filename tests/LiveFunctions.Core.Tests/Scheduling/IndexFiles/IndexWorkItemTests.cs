using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexWorkItemTests
{
    private static readonly IndexWorkItem Item = new("example.com", "liveApp", "liveStream", new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Id_IsDomainAppStreamAndHourKey()
    {
        Assert.Equal("example.com/liveApp/liveStream/2026022823", Item.Id);
    }

    [Fact]
    public void ToJson_WritesPascalCaseNamesAndUtcHour()
    {
        Assert.Equal(
            """{"DomainName":"example.com","AppName":"liveApp","StreamName":"liveStream","HourStart":"2026-02-28T23:00:00Z","Id":"example.com/liveApp/liveStream/2026022823"}""",
            Item.ToJson());
    }

    [Fact]
    public void TryParse_OwnJson_RoundTrips()
    {
        Assert.True(IndexWorkItem.TryParse(Item.ToJson(), out var parsed, out var error), error);
        Assert.Equal(Item, parsed);
    }

    [Fact]
    public void TryParse_WithoutId_IsAccepted()
    {
        Assert.True(IndexWorkItem.TryParse("""{"DomainName":"d.com","AppName":"a","StreamName":"s","HourStart":"2026-03-01T00:00:00Z"}""", out var parsed, out _));
        Assert.Equal("d.com/a/s/2026030100", parsed.Id);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("not json", "not valid")]
    [InlineData("null", "null")]
    [InlineData("""{"AppName":"a","StreamName":"s","HourStart":"2026-03-01T00:00:00Z"}""", "DomainName")]
    [InlineData("""{"DomainName":"","AppName":"a","StreamName":"s","HourStart":"2026-03-01T00:00:00Z"}""", "DomainName is empty")]
    [InlineData("""{"DomainName":"d","AppName":"a","StreamName":"","HourStart":"2026-03-01T00:00:00Z"}""", "StreamName is empty")]
    [InlineData("""{"DomainName":"d","AppName":"a","StreamName":"s","HourStart":"2026-03-01T00:30:00Z"}""", "whole UTC hour")]
    [InlineData("""{"DomainName":"d","AppName":"a","StreamName":"s","HourStart":"2026-03-01T00:00:00+01:00"}""", "yyyy-MM-ddTHH:mm:ssZ")]
    [InlineData("""{"domainName":"d","appName":"a","streamName":"s","hourStart":"2026-03-01T00:00:00Z"}""", "DomainName")]
    public void TryParse_NotAWorkItem_ReturnsFalseWithReason(string json, string reasonPart)
    {
        Assert.False(IndexWorkItem.TryParse(json, out var item, out var error));
        Assert.Null(item);
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }
}
