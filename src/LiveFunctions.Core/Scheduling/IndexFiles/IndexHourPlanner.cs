namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// Which hours the hourly index timer plans for one domain, from the domain's checkpoint and the current time.
/// Pure: the caller passes <c>now</c> (from its TimeProvider) and stores the returned checkpoint after it has put
/// the work items on the queue. The policy (docs/scheduling.md, "Checkpoint and backfill"):
/// <list type="bullet">
/// <item>hour H is plannable once <c>now ≥ H.End + SettleDelay</c>; the newest plannable hour is the last one;</item>
/// <item>first run (no checkpoint): only the newest plannable hour;</item>
/// <item>later runs: every hour after the checkpoint up to the newest plannable one, oldest first (a missed run or
/// downtime is backfilled by the next run; the timer's IsPastDue flag is not needed);</item>
/// <item>at most <see cref="IndexFilesOptions.MaxBackfillHours"/> hours back from the newest plannable hour, and never
/// an hour older than the publish list (30 days) or the TS retention (3 months) can serve; older missed hours are
/// reported as skipped (the on-demand backfill can still create them) and the checkpoint moves past them.</item>
/// </list>
/// </summary>
public static class IndexHourPlanner
{
    /// <summary>How far back DescribeLiveStreamsPublishList answers ("the last 30 days").</summary>
    public static readonly TimeSpan PublishListReach = TimeSpan.FromDays(30);

    /// <summary>Kept free at the old end of the publish list's reach, for the time between planning and the call.</summary>
    public static readonly TimeSpan PublishListMargin = TimeSpan.FromMinutes(5);

    /// <summary>TS segment information is kept for 3 calendar months (CreateLiveStreamRecordIndexFiles).</summary>
    public const int RetentionMonths = 3;

    /// <summary>Kept free at the old end of the retention, for the time a work item may wait on the queue (retries included).</summary>
    public static readonly TimeSpan RetentionMargin = TimeSpan.FromHours(1);

    /// <summary>The newest hour that has ended at least <paramref name="settleDelay"/> before <paramref name="now"/>.</summary>
    public static IndexHour LatestPlannableHour(DateTimeOffset now, TimeSpan settleDelay) =>
        IndexHour.Containing(now - settleDelay).Previous;

    /// <summary>The oldest hour whose manifest can still be created: it starts at least <see cref="RetentionMargin"/> after now minus 3 calendar months.</summary>
    public static IndexHour OldestRetainedHour(DateTimeOffset now) =>
        IndexHour.StartingAtOrAfter(now.ToUniversalTime().AddMonths(-RetentionMonths) + RetentionMargin);

    /// <summary>The oldest hour whose streams the publish list can still tell (and whose manifest is still retained).</summary>
    public static IndexHour OldestDiscoverableHour(DateTimeOffset now)
    {
        var publishList = IndexHour.StartingAtOrAfter(now.ToUniversalTime() - PublishListReach + PublishListMargin);
        var retained = OldestRetainedHour(now);
        return publishList > retained ? publishList : retained;
    }

    /// <summary>The hours a timer run plans for one domain.</summary>
    /// <param name="lastPlanned">The domain's checkpoint (the newest hour already planned), or null on the first run.</param>
    /// <param name="now">The current time.</param>
    /// <param name="options">The index file settings (SettleDelay, MaxBackfillHours).</param>
    public static IndexPlan PlanScheduled(IndexHour? lastPlanned, DateTimeOffset now, IndexFilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var latest = LatestPlannableHour(now, options.SettleDelay);
        if (lastPlanned is { } checkpoint && checkpoint >= latest)
        {
            // Up to date (or the checkpoint is ahead of the clock): nothing to plan, the checkpoint stays.
            return new IndexPlan([], null, checkpoint);
        }

        var first = lastPlanned is { } previous ? previous.Next : latest;

        var lookback = latest.AddHours(-(Math.Max(options.MaxBackfillHours, 1) - 1));
        var oldest = OldestDiscoverableHour(now);
        var bound = lookback > oldest ? lookback : oldest;

        IndexHourSpan? skipped = null;
        if (first < bound)
        {
            var lastSkipped = bound.Previous < latest ? bound.Previous : latest;
            skipped = new IndexHourSpan(first, lastSkipped);
            first = lastSkipped.Next;
        }

        return new IndexPlan(IndexHour.Range(first, latest), skipped, latest);
    }
}

/// <summary>The outcome of <see cref="IndexHourPlanner.PlanScheduled"/>.</summary>
/// <param name="Hours">The hours to plan now, oldest first (contiguous); empty when up to date.</param>
/// <param name="Skipped">Missed hours older than the backfill limit, left out (to log; the on-demand backfill can create them); null when none.</param>
/// <param name="Checkpoint">The checkpoint to store once the hours' work items are queued (unchanged when up to date).</param>
public sealed record IndexPlan(IReadOnlyList<IndexHour> Hours, IndexHourSpan? Skipped, IndexHour Checkpoint);
