using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// Splits an on-demand backfill range into whole UTC hours and checks it. Pure; the caller passes <c>now</c>. Rules
/// (codes in docs/scheduling.md): From is rounded down and To up to whole hours; To beyond the newest plannable hour
/// (ended + SettleDelay) is clipped to it; a From older than the oldest hour that can be served is rejected, not
/// clipped (3-month TS retention for one stream, 30-day publish list otherwise); the range may cover at most
/// <see cref="IndexFilesOptions.MaxRangeHours"/> hours. Each hour is trivially within the 4-day limit of
/// CreateLiveStreamRecordIndexFiles.
/// </summary>
public static class IndexBackfillPlanner
{
    /// <summary>The hours of a backfill request, or the broken rules.</summary>
    public static IndexBackfillPlan Plan(IndexBackfillRequest request, DateTimeOffset now, IndexFilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<ValidationError>();

        ValidationRules.Require(request.DomainName, "DomainName", errors);
        var from = ValidationRules.RequiredTime(request.From, "From", errors);
        var to = ValidationRules.RequiredTime(request.To, "To", errors);
        if (from is not { } start || to is not { } end)
        {
            return IndexBackfillPlan.Invalid(errors);
        }

        if (end <= start)
        {
            errors.Add(Mismatch("To", "To must be later than From."));
            return IndexBackfillPlan.Invalid(errors);
        }

        var first = IndexHour.Containing(start);
        var oldest = request.IsSingleStream ? IndexHourPlanner.OldestRetainedHour(now) : IndexHourPlanner.OldestDiscoverableHour(now);
        if (first < oldest)
        {
            var why = request.IsSingleStream
                ? $"TS segment information is kept for only {IndexHourPlanner.RetentionMonths} months"
                : $"the publish list that finds the streams reaches back only {IndexHourPlanner.PublishListReach.TotalDays:0} days (give AppName and StreamName to go back up to {IndexHourPlanner.RetentionMonths} months)";
            errors.Add(Mismatch("From", $"From is too old: {why}, so the oldest hour that can be backfilled starts at {AlibabaTime.ToWire(oldest.Start)}."));
        }

        var latest = IndexHourPlanner.LatestPlannableHour(now, options.SettleDelay);
        var last = IndexHour.StartingAtOrAfter(end).Previous;
        var clipped = last > latest;
        if (clipped)
        {
            last = latest;
        }

        if (last < first)
        {
            errors.Add(Mismatch("From", $"no hour of the range has ended yet; the newest hour that can be backfilled is {latest}."));
        }
        else if (first.HoursUntil(last) + 1 > options.MaxRangeHours)
        {
            errors.Add(Mismatch("To", $"the range covers {first.HoursUntil(last) + 1} hours; at most {options.MaxRangeHours} hours can be backfilled at once."));
        }

        return errors.Count > 0 ? IndexBackfillPlan.Invalid(errors) : new IndexBackfillPlan(IndexHour.Range(first, last), [], clipped);
    }

    private static ValidationError Mismatch(string parameter, string rule) =>
        new($"Invalid{parameter}.Mismatch", $"Specified {parameter} does not match the allowed range: {rule}", parameter);
}

/// <summary>The outcome of <see cref="IndexBackfillPlanner.Plan"/>.</summary>
/// <param name="Hours">The whole hours to backfill, oldest first; empty when there are errors.</param>
/// <param name="Errors">The broken rules; empty when the plan may run.</param>
/// <param name="WasClipped">True when To was beyond the newest plannable hour and was clipped to it.</param>
public sealed record IndexBackfillPlan(IReadOnlyList<IndexHour> Hours, IReadOnlyList<ValidationError> Errors, bool WasClipped)
{
    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The work items of a single-stream request (both AppName and StreamName given): one per hour.</summary>
    /// <exception cref="InvalidOperationException">The plan has errors, or the request does not name one stream.</exception>
    public IReadOnlyList<IndexWorkItem> SingleStreamItems(IndexBackfillRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsValid || !request.IsSingleStream || string.IsNullOrEmpty(request.DomainName))
        {
            throw new InvalidOperationException("Only a valid plan of a request with DomainName, AppName and StreamName has single-stream items.");
        }

        return Hours.Select(hour => IndexWorkItem.For(request.DomainName, request.AppName!, request.StreamName!, hour)).ToList();
    }

    internal static IndexBackfillPlan Invalid(List<ValidationError> errors) => new([], errors, false);
}
