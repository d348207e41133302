using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexOutcomeTests
{
    private static readonly IndexWorkItem Item = new("example.com", "liveApp", "liveStream", new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero));
    private static readonly DateTimeOffset AttemptedAt = new(2026, 3, 1, 0, 5, 7, 250, TimeSpan.Zero);

    [Fact]
    public void Created_TakesUrlDurationAndIdFromTheAnswer_AndIsFinal()
    {
        var response = new CreateLiveStreamRecordIndexFilesResponse
        {
            RequestId = "req-1",
            RecordInfo = new RecordInfo { RecordUrl = "http://bucket/record/23.m3u8", Duration = 3598.5, RecordId = "rec-1" },
        };

        var outcome = IndexOutcome.Created(Item, "record/23.m3u8", response, AttemptedAt);

        Assert.Equal(IndexOutcomeStatus.Created, outcome.Status);
        Assert.Equal("http://bucket/record/23.m3u8", outcome.RecordUrl);
        Assert.Equal(3598.5, outcome.Duration);
        Assert.Equal("rec-1", outcome.RecordId);
        Assert.Equal("req-1", outcome.RequestId);
        Assert.True(outcome.IsFinal);
        Assert.Equal(Item, outcome.ToWorkItem());
    }

    [Fact]
    public void Empty_IsFinal_FailedIsNot()
    {
        Assert.True(IndexOutcome.Empty(Item, null, "NoRecordContent", "empty", "r", AttemptedAt).IsFinal);
        Assert.False(IndexOutcome.Failed(Item, null, "InvalidConfig.Changed", "changed", "r", AttemptedAt).IsFinal);
    }

    [Fact]
    public void Json_Created_HasLowerCaseStatusAndNoNullMembers()
    {
        var outcome = IndexOutcome.Created(Item, "record/23.m3u8", new CreateLiveStreamRecordIndexFilesResponse
        {
            RequestId = "req-1",
            RecordInfo = new RecordInfo { RecordUrl = "http://u", Duration = 3600, RecordId = "rec-1" },
        }, AttemptedAt);

        Assert.Equal(
            """{"DomainName":"example.com","AppName":"liveApp","StreamName":"liveStream","HourStart":"2026-02-28T23:00:00Z","Status":"created","RecordUrl":"http://u","Duration":3600,"RecordId":"rec-1","OssObject":"record/23.m3u8","RequestId":"req-1","AttemptedAt":"2026-03-01T00:05:07Z"}""",
            SchedulingJson.Serialize(outcome));
    }

    [Fact]
    public void Json_Failed_RoundTrips()
    {
        var outcome = IndexOutcome.Failed(Item, "o", "InvalidConfig.Changed", "The oss bucket info changed.", "req-2", new DateTimeOffset(2026, 3, 1, 0, 5, 7, TimeSpan.Zero));

        var json = SchedulingJson.Serialize(outcome);

        Assert.Contains("\"Status\":\"failed\"", json, StringComparison.Ordinal);
        Assert.True(SchedulingJson.TryDeserialize<IndexOutcome>(json, out var read, out var error), error);
        Assert.Equal(outcome, read);
    }

    [Fact]
    public void Json_UnknownStatus_IsRejected()
    {
        const string Json = """{"DomainName":"d","AppName":"a","StreamName":"s","HourStart":"2026-02-28T23:00:00Z","Status":"done","AttemptedAt":"2026-03-01T00:05:07Z"}""";

        Assert.False(SchedulingJson.TryDeserialize<IndexOutcome>(Json, out _, out var error));
        Assert.Contains("not valid", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_MissingRequiredMember_IsRejected()
    {
        const string Json = """{"DomainName":"d","AppName":"a","StreamName":"s","HourStart":"2026-02-28T23:00:00Z","AttemptedAt":"2026-03-01T00:05:07Z"}""";

        Assert.False(SchedulingJson.TryDeserialize<IndexOutcome>(Json, out _, out _));
    }
}
