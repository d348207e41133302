using LiveFunctions.Core.Scheduling.Transcode;
using static LiveFunctions.Core.Tests.Scheduling.Transcode.TranscodeTestRules;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class TranscodeRotationWorkItemTests
{
    [Fact]
    public void ToJson_WritesJobPlannedAtAndId_AndRoundTrips()
    {
        var item = new TranscodeRotationWorkItem("job-1", Utc(2026, 3, 20, 8, 15));

        var json = item.ToJson();

        Assert.Equal("""{"JobId":"job-1","PlannedAt":"2026-03-20T08:15:00Z","Id":"job-1/202603200815"}""", json);
        Assert.True(TranscodeRotationWorkItem.TryParse(json, out var read, out var error), error);
        Assert.Equal(item, read);
    }

    [Theory]
    [InlineData("""{"JobId":"","PlannedAt":"2026-03-20T08:15:00Z"}""", "JobId is empty")]
    [InlineData("""{"PlannedAt":"2026-03-20T08:15:00Z"}""", "not valid")]
    [InlineData("[]", "not valid")]
    public void TryParse_NotAWorkItem_ReturnsFalseWithReason(string json, string reasonPart)
    {
        Assert.False(TranscodeRotationWorkItem.TryParse(json, out var item, out var error));
        Assert.Null(item);
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }
}
