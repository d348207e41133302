using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Scheduling.Transcode;
using static LiveFunctions.Core.Tests.Scheduling.Transcode.TranscodeTestRules;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class TranscodeRotationDeciderTests
{
    private const int NotStarted = 0;
    private const int Running = 1;
    private const int Stopped = 2;

    // Monday 16 March 2026, 13:00 UTC; the weekly UTC window "Monday 12:00" starts next in 6 days 23 hours.
    private static readonly DateTimeOffset Now = Utc(2026, 3, 16, 13);

    private static TranscodeRotationOptions Options(TimeSpan? margin = null, bool allowRearmStopped = true) =>
        new() { SafetyMargin = margin ?? TimeSpan.FromMinutes(15), AllowRearmStopped = allowRearmStopped };

    private static TranscodeJobSnapshot Job(int status, TimedConfig? config = null) => new(status, TranscodeJobSnapshot.TimedStartMode, config);

    private static TimedConfig Config(string start, string end) => new() { StartTime = start, EndTime = end };

    private static TranscodeDecision Decide(TranscodeWindowRule rule, DateTimeOffset now, TranscodeJobSnapshot job, TimedConfig? lastArmed = null, TranscodeRotationOptions? options = null) =>
        TranscodeRotationDecider.Decide(rule, now, job, lastArmed, options ?? Options());

    [Fact]
    public void Decide_WindowStartingIn6d23hWithinTheMargin_Arms()
    {
        var decision = Decide(Rule("UTC", "12:00", "00:30:00", "Monday"), Now, Job(NotStarted));

        Assert.Equal(TranscodeDecisionKind.Arm, decision.Kind);
        Assert.Equal(Config("2026-03-23T12:00:00Z", "2026-03-23T12:30:00Z"), decision.TimedConfig);
        Assert.True(decision.SendsUpdate);
    }

    // The job ran in today's window [12:00, 14:00) and stopped, so the target is next Monday's window.
    private static TranscodeJobSnapshot RanToday() => Job(Stopped, Config("2026-03-16T12:00:00Z", "2026-03-16T14:00:00Z"));

    [Fact]
    public void Decide_WindowStartingIn6d23hButEndingIn7d1h_Waits()
    {
        var decision = Decide(Rule("UTC", "12:00", "02:00:00", "Monday"), Now, RanToday());

        Assert.Equal(TranscodeDecisionKind.WaitBeyondLimit, decision.Kind);
        Assert.Null(decision.TimedConfig);
        Assert.Equal(Utc(2026, 3, 16, 14, 15), decision.ArmableAt);
    }

    [Fact]
    public void Decide_LargerMargin_MakesTheSameWindowWait()
    {
        var decision = Decide(Rule("UTC", "12:00", "00:30:00", "Monday"), Now, Job(NotStarted), options: Options(margin: TimeSpan.FromHours(1)));

        Assert.Equal(TranscodeDecisionKind.WaitBeyondLimit, decision.Kind);
        Assert.Equal(Utc(2026, 3, 16, 13, 30), decision.ArmableAt);
        Assert.Equal(Utc(2026, 3, 23, 12), decision.Window!.Start);
    }

    [Fact]
    public void Decide_EndExactlyAtTheLimit_Arms_OneSecondLaterWaits()
    {
        var rule = Rule("UTC", "12:00", "00:30:00", "Monday");
        var margin = Options(margin: TimeSpan.FromMinutes(30));

        Assert.Equal(TranscodeDecisionKind.Arm, Decide(rule, Now, Job(NotStarted), options: margin).Kind);
        Assert.Equal(TranscodeDecisionKind.WaitBeyondLimit, Decide(rule, Now - TimeSpan.FromSeconds(1), Job(NotStarted), options: margin).Kind);
    }

    [Fact]
    public void Decide_WaitingWindow_IsArmedByTheFirstRunAfterArmableAt()
    {
        var rule = Rule("UTC", "12:00", "02:00:00", "Monday");
        var wait = Decide(rule, Now, RanToday());

        var later = Decide(rule, wait.ArmableAt!.Value, RanToday());

        Assert.Equal(TranscodeDecisionKind.Arm, later.Kind);
        Assert.Equal(Config("2026-03-23T12:00:00Z", "2026-03-23T14:00:00Z"), later.TimedConfig);
    }

    [Fact]
    public void Decide_ArmedTimesAreWithinSevenDaysOfNow_PassTheUpdateRules()
    {
        var schedule = Schedule("UTC", "12:00", "00:30:00", "Monday") with
        {
            StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = "rtmp" },
            TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = "LiveCenter" },
        };
        var decision = Decide(TranscodeScheduleValidator.Parse(schedule).Rule!, Now, Job(NotStarted));

        var request = decision.ToUpdateRequest(schedule);

        Assert.Equal("job-1", request.JobId);
        Assert.Equal(schedule.StreamInput, request.StreamInput);
        Assert.Equal(schedule.TranscodeOutput, request.TranscodeOutput);
        Assert.Empty(UpdateLiveTranscodeJobValidator.Validate(request, Now));
    }

    [Fact]
    public void ToUpdateRequest_NotAnArmDecision_Throws()
    {
        var decision = Decide(Rule("UTC", "12:00", "00:30:00", "Monday"), Now, Job(Running));

        Assert.Throws<InvalidOperationException>(() => decision.ToUpdateRequest(Schedule("UTC", "12:00", "00:30:00", "Monday")));
    }

    [Fact]
    public void Decide_RunningJob_IsLeftAloneEvenWhenNotArmed()
    {
        var decision = Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, Job(Running, Config("2026-03-10T00:00:00Z", "2026-03-10T01:00:00Z")));

        Assert.Equal(TranscodeDecisionKind.LeaveRunning, decision.Kind);
        Assert.False(decision.SendsUpdate);
    }

    [Fact]
    public void Decide_AlreadyArmedForTheNextWindow_IsNotArmedAgain()
    {
        var decision = Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, Job(NotStarted, Config("2026-03-16T14:00:00Z", "2026-03-16T15:00:00Z")));

        Assert.Equal(TranscodeDecisionKind.AlreadyArmed, decision.Kind);
        Assert.False(decision.SendsUpdate);
    }

    [Fact]
    public void Decide_ServiceDoesNotReturnTimedConfig_ComparesWithTheLastArmedConfig()
    {
        var decision = Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, Job(NotStarted), lastArmed: Config("2026-03-16T14:00:00Z", "2026-03-16T15:00:00Z"));

        Assert.Equal(TranscodeDecisionKind.AlreadyArmed, decision.Kind);
    }

    [Fact]
    public void Decide_ServiceTimedConfigDiffersFromLastArmed_TrustsTheService()
    {
        var decision = Decide(
            Rule("UTC", "14:00", "01:00:00", "Daily"),
            Now,
            Job(NotStarted, Config("2026-03-15T14:00:00Z", "2026-03-15T15:00:00Z")),
            lastArmed: Config("2026-03-16T14:00:00Z", "2026-03-16T15:00:00Z"));

        Assert.Equal(TranscodeDecisionKind.Arm, decision.Kind);
    }

    [Fact]
    public void Decide_ArmedForAnOldWindow_ArmsTheNextWindow()
    {
        var decision = Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, Job(NotStarted, Config("2026-03-15T14:00:00Z", "2026-03-15T15:00:00Z")));

        Assert.Equal(TranscodeDecisionKind.Arm, decision.Kind);
        Assert.Equal(Config("2026-03-16T14:00:00Z", "2026-03-16T15:00:00Z"), decision.TimedConfig);
    }

    [Fact]
    public void Decide_StoppedAfterItsLastWindow_IsArmedOnlyWhenAllowed()
    {
        var rule = Rule("UTC", "14:00", "01:00:00", "Daily");
        var stopped = Job(Stopped, Config("2026-03-15T14:00:00Z", "2026-03-15T15:00:00Z"));

        var allowed = Decide(rule, Now, stopped);
        var notAllowed = Decide(rule, Now, stopped, options: Options(allowRearmStopped: false));

        Assert.Equal(TranscodeDecisionKind.Arm, allowed.Kind);
        Assert.Equal(Config("2026-03-16T14:00:00Z", "2026-03-16T15:00:00Z"), allowed.TimedConfig);
        Assert.Equal(TranscodeDecisionKind.LeaveStopped, notAllowed.Kind);
        Assert.False(notAllowed.SendsUpdate);
    }

    [Fact]
    public void Decide_NotATimedJob_SendsNothing()
    {
        var decision = Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, new TranscodeJobSnapshot(NotStarted, 0, null));

        Assert.Equal(TranscodeDecisionKind.NotTimedJob, decision.Kind);
    }

    [Fact]
    public void Decide_UnknownStatus_SendsNothing()
    {
        Assert.Equal(TranscodeDecisionKind.UnknownStatus, Decide(Rule("UTC", "14:00", "01:00:00", "Daily"), Now, Job(7)).Kind);
    }

    [Fact]
    public void Decide_InsideAWindowNotArmed_ArmsTheRemainderFromTheNextMinutePlusTheLead()
    {
        var decision = Decide(Rule("UTC", "12:00", "02:00:00", "Daily"), Now.AddSeconds(20), Job(NotStarted));

        Assert.Equal(TranscodeDecisionKind.Arm, decision.Kind);
        Assert.Equal(Config("2026-03-16T13:03:00Z", "2026-03-16T14:00:00Z"), decision.TimedConfig);
        Assert.Equal(Utc(2026, 3, 16, 12), decision.Window!.Start);
        Assert.Contains("remainder", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_InsideAWindowWithTooLittleLeft_ArmsTheFollowingWindow()
    {
        var decision = Decide(Rule("UTC", "12:00", "01:05:00", "Daily"), Now, Job(NotStarted));

        Assert.Equal(TranscodeDecisionKind.Arm, decision.Kind);
        Assert.Equal(Config("2026-03-17T12:00:00Z", "2026-03-17T13:05:00Z"), decision.TimedConfig);
    }

    [Fact]
    public void Decide_InsideAWindowArmedForItAndNotStarted_IsAlreadyArmed()
    {
        var rule = Rule("UTC", "12:00", "02:00:00", "Daily");

        var full = Decide(rule, Now, Job(NotStarted, Config("2026-03-16T12:00:00Z", "2026-03-16T14:00:00Z")));
        var remainder = Decide(rule, Now.AddMinutes(15), Job(NotStarted), lastArmed: Config("2026-03-16T13:03:00Z", "2026-03-16T14:00:00Z"));

        Assert.Equal(TranscodeDecisionKind.AlreadyArmed, full.Kind);
        Assert.Equal(TranscodeDecisionKind.AlreadyArmed, remainder.Kind);
    }

    [Fact]
    public void Decide_InsideAWindowTheJobAlreadyRanIn_ArmsTheFollowingWindowNotTheRemainder()
    {
        var decision = Decide(Rule("UTC", "12:00", "02:00:00", "Daily"), Now, Job(Stopped, Config("2026-03-16T12:00:00Z", "2026-03-16T14:00:00Z")));

        Assert.Equal(TranscodeDecisionKind.Arm, decision.Kind);
        Assert.Equal(Config("2026-03-17T12:00:00Z", "2026-03-17T14:00:00Z"), decision.TimedConfig);
        Assert.StartsWith("The job already ran", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_BerlinSpringForwardWindow_ArmsTheShiftedUtcTimes()
    {
        var decision = Decide(Rule("Europe/Berlin", "02:30", "02:00:00", "Sunday"), Utc(2026, 3, 25, 12), Job(NotStarted));

        Assert.Equal(TranscodeDecisionKind.Arm, decision.Kind);
        Assert.Equal(Config("2026-03-29T01:30:00Z", "2026-03-29T03:30:00Z"), decision.TimedConfig);
    }

    [Fact]
    public void Decide_BerlinFallBackWeekLongerThanSevenDays_WaitsForTheFollowingWindow()
    {
        // Sunday 18 Oct 03:30 CEST is 01:30Z; Sunday 25 Oct 03:30 CET is 02:30Z: 7 days 1 hour later.
        var rule = Rule("Europe/Berlin", "03:30", "00:30:00", "Sunday");

        var decision = Decide(rule, Utc(2026, 10, 18, 1, 30), Job(Stopped, Config("2026-10-18T01:30:00Z", "2026-10-18T02:00:00Z")));

        Assert.Equal(TranscodeDecisionKind.WaitBeyondLimit, decision.Kind);
        Assert.Equal(Utc(2026, 10, 25, 2, 30), decision.Window!.Start);
    }

    [Fact]
    public void Decide_ShanghaiWindow_ArmsUtcPlusEightTimes()
    {
        var decision = Decide(Rule("Asia/Shanghai", "02:30", "02:00:00", "Sunday"), Utc(2026, 3, 25, 12), Job(NotStarted));

        Assert.Equal(Config("2026-03-28T18:30:00Z", "2026-03-28T20:30:00Z"), decision.TimedConfig);
    }
}
