using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Testing;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexHourPlannerTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    private static IndexHour Hour(int year, int month, int day, int hour) => IndexHour.FromStart(Utc(year, month, day, hour));

    private static IndexFilesOptions Options(int maxBackfillHours = 72) => new() { MaxBackfillHours = maxBackfillHours };

    [Fact]
    public void PlanScheduled_FirstRunAfterMidnightMonthEnd_PlansTheLastHourOfFebruary()
    {
        var plan = IndexHourPlanner.PlanScheduled(null, Utc(2026, 3, 1, 0, 5), Options());

        Assert.Equal([Hour(2026, 2, 28, 23)], plan.Hours);
        Assert.Null(plan.Skipped);
        Assert.Equal(Hour(2026, 2, 28, 23), plan.Checkpoint);
    }

    [Fact]
    public void PlanScheduled_LeapYearMonthEnd_PlansTheLastHourOfFebruary29()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2028, 2, 29, 22), Utc(2028, 3, 1, 0, 5), Options());

        Assert.Equal([Hour(2028, 2, 29, 23)], plan.Hours);
    }

    [Fact]
    public void PlanScheduled_YearEnd_PlansTheLastHourOfTheYear()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 12, 31, 22), Utc(2027, 1, 1, 0, 5), Options());

        Assert.Equal([Hour(2026, 12, 31, 23)], plan.Hours);
        Assert.Equal(Hour(2026, 12, 31, 23), plan.Checkpoint);
    }

    [Fact]
    public void PlanScheduled_UpToDate_PlansNothingAndKeepsCheckpoint()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 3, 1, 9), Utc(2026, 3, 1, 10, 40), Options());

        Assert.Empty(plan.Hours);
        Assert.Equal(Hour(2026, 3, 1, 9), plan.Checkpoint);
    }

    [Fact]
    public void PlanScheduled_CheckpointAheadOfClock_PlansNothingAndKeepsCheckpoint()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 3, 2, 0), Utc(2026, 3, 1, 10, 5), Options());

        Assert.Empty(plan.Hours);
        Assert.Equal(Hour(2026, 3, 2, 0), plan.Checkpoint);
    }

    [Fact]
    public void PlanScheduled_TenHoursMissed_PlansTenHoursOldestFirstAcrossMidnight()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 2, 28, 13), Utc(2026, 3, 1, 0, 5), Options());

        Assert.Equal(10, plan.Hours.Count);
        Assert.Equal(IndexHour.Range(Hour(2026, 2, 28, 14), Hour(2026, 2, 28, 23)), plan.Hours);
        Assert.Null(plan.Skipped);
        Assert.Equal(Hour(2026, 2, 28, 23), plan.Checkpoint);
    }

    [Fact]
    public void PlanScheduled_MoreMissedThanLimit_PlansOnlyTheNewestLimitHoursAndReportsTheRestSkipped()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 3, 1, 0), Utc(2026, 3, 2, 0, 5), Options(maxBackfillHours: 6));

        Assert.Equal(IndexHour.Range(Hour(2026, 3, 1, 18), Hour(2026, 3, 1, 23)), plan.Hours);
        Assert.Equal(new IndexHourSpan(Hour(2026, 3, 1, 1), Hour(2026, 3, 1, 17)), plan.Skipped);
        Assert.Equal(17, plan.Skipped!.Count);
        Assert.Equal(Hour(2026, 3, 1, 23), plan.Checkpoint);
    }

    [Fact]
    public void PlanScheduled_ExactlyLimitMissed_SkipsNothing()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 3, 1, 17), Utc(2026, 3, 2, 0, 5), Options(maxBackfillHours: 6));

        Assert.Equal(6, plan.Hours.Count);
        Assert.Null(plan.Skipped);
    }

    [Fact]
    public void PlanScheduled_CheckpointMonthsOld_NeverPlansBeyondPublishListOrRetention()
    {
        var now = Utc(2026, 6, 15, 12, 5);
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 1, 1, 0), now, Options(maxBackfillHours: IndexFilesOptions.MaxBackfillHoursLimit));

        Assert.Equal(IndexFilesOptions.MaxBackfillHoursLimit, plan.Hours.Count);
        Assert.True(plan.Hours[0].Start >= now.AddDays(-30), "the publish list answers only for the last 30 days");
        Assert.True(plan.Hours[0].Start >= now.AddMonths(-3), "TS segments are kept for 3 months");
        Assert.Equal(Hour(2026, 1, 1, 1), plan.Skipped!.First);
        Assert.Equal(plan.Hours[0].Previous, plan.Skipped.Last);
        Assert.Equal(Hour(2026, 6, 15, 11), plan.Checkpoint);
    }

    [Fact]
    public void OldestDiscoverableHour_IsWithinBothThePublishListAndTheRetention()
    {
        var now = Utc(2026, 5, 31, 12, 5);

        var oldest = IndexHourPlanner.OldestDiscoverableHour(now);
        var retained = IndexHourPlanner.OldestRetainedHour(now);

        Assert.Equal(Utc(2026, 5, 1, 13), oldest.Start);
        Assert.Equal(Utc(2026, 2, 28, 14), retained.Start);
    }

    [Theory]
    [InlineData(1, 59, 22)]
    [InlineData(2, 0, 23)]
    [InlineData(5, 0, 23)]
    public void LatestPlannableHour_SettleDelayOfTwoMinutes_IsTheNewestHourThatEndedAtLeastTwoMinutesAgo(int minute, int second, int expectedHour)
    {
        var latest = IndexHourPlanner.LatestPlannableHour(Utc(2026, 3, 2, 0, minute, second), TimeSpan.FromMinutes(2));

        Assert.Equal(Hour(2026, 3, 1, expectedHour), latest);
    }

    [Fact]
    public void PlanScheduled_RunBeforeSettleDelay_DoesNotPlanTheHourThatJustEnded()
    {
        var plan = IndexHourPlanner.PlanScheduled(Hour(2026, 3, 1, 22), Utc(2026, 3, 2, 0, 1), new IndexFilesOptions { SettleDelay = TimeSpan.FromMinutes(2) });

        Assert.Empty(plan.Hours);
    }

    [Fact]
    public void PlanScheduled_HourlyRunsWithDowntime_PlanEveryHourExactlyOnceInOrder()
    {
        var clock = new ManualTimeProvider(Utc(2026, 3, 1, 0, 5));
        var options = Options();
        IndexHour? checkpoint = null;
        var planned = new List<IndexHour>();

        for (var run = 0; run < 30; run++)
        {
            // Runs 10 to 19 are missed (the app was down); the schedule fires at minute 5 of every hour.
            if (run is < 10 or >= 20)
            {
                var plan = IndexHourPlanner.PlanScheduled(checkpoint, clock.GetUtcNow(), options);
                planned.AddRange(plan.Hours);
                checkpoint = plan.Checkpoint;
            }

            clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(IndexHour.Range(Hour(2026, 2, 28, 23), Hour(2026, 3, 1, 4).AddHours(24)), planned);
    }
}
