using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.Transcode;
using static LiveFunctions.Core.Tests.Scheduling.Transcode.TranscodeTestRules;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class TranscodeScheduleActionTests
{
    private static readonly DateTimeOffset Now = Utc(2026, 3, 16, 13);

    private static TranscodeDecision Arm() =>
        TranscodeRotationDecider.Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, new TranscodeJobSnapshot(0, 1, null), null, new TranscodeRotationOptions());

    private static TranscodeDecision Running() =>
        TranscodeRotationDecider.Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, new TranscodeJobSnapshot(1, 1, null), null, new TranscodeRotationOptions());

    [Fact]
    public void Succeeded_RecordsTheSentConfigAsLastArmed()
    {
        var action = TranscodeScheduleAction.Succeeded("job-1", Arm(), Now, null, "req-1", Now.AddSeconds(1));

        Assert.Equal(TranscodeCallStatus.Succeeded, action.Call);
        Assert.Equal(new TimedConfig { StartTime = "2026-03-16T14:00:00Z", EndTime = "2026-03-16T15:00:00Z" }, action.SentTimedConfig);
        Assert.Equal(action.SentTimedConfig, action.LastArmedTimedConfig);
        Assert.Equal(Now.AddSeconds(1), action.LastArmedAt);
        Assert.Equal(Utc(2026, 3, 16, 14), action.WindowStart);
    }

    [Fact]
    public void NoCallAndFailed_CarryTheLastArmedConfigOver()
    {
        var armed = TranscodeScheduleAction.Succeeded("job-1", Arm(), Now, null, "req-1", Now);

        var idle = TranscodeScheduleAction.NoCall("job-1", Running(), Now.AddMinutes(15), armed);
        var failed = TranscodeScheduleAction.Failed("job-1", Arm(), Now.AddMinutes(30), idle, "InvalidParameter", "bad", "req-2");

        Assert.Equal(TranscodeCallStatus.None, idle.Call);
        Assert.Null(idle.SentTimedConfig);
        Assert.Equal(armed.LastArmedTimedConfig, idle.LastArmedTimedConfig);
        Assert.Equal(TranscodeCallStatus.Failed, failed.Call);
        Assert.Equal("InvalidParameter", failed.Code);
        Assert.Equal(armed.LastArmedTimedConfig, failed.LastArmedTimedConfig);
        Assert.Equal(armed.LastArmedAt, failed.LastArmedAt);
    }

    [Fact]
    public void Json_NoCall_HasCamelCaseEnumsAndRoundTrips()
    {
        var action = TranscodeScheduleAction.NoCall("job-1", Running(), Now, null);

        var json = SchedulingJson.Serialize(action);

        Assert.Equal(
            """{"JobId":"job-1","DecidedAt":"2026-03-16T13:00:00Z","Decision":"leaveRunning","Reason":"The job is running; a running job is left alone.","Call":"none"}""",
            json);
        Assert.True(SchedulingJson.TryDeserialize<TranscodeScheduleAction>(json, out var read, out var error), error);
        Assert.Equal(action, read);
    }

    [Fact]
    public void Json_Succeeded_RoundTrips()
    {
        var action = TranscodeScheduleAction.Succeeded("job-1", Arm(), Now, null, "req-1", Now);

        Assert.True(SchedulingJson.TryDeserialize<TranscodeScheduleAction>(SchedulingJson.Serialize(action), out var read, out var error), error);
        Assert.Equal(action, read);
        Assert.Equal(TranscodeDecisionKind.Arm, read.Decision);
    }
}
