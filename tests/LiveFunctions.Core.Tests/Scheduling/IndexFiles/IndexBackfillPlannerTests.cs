using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexBackfillPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 31, 12, 5, 0, TimeSpan.Zero);

    private static IndexBackfillRequest Stream(string? from, string? to) =>
        new() { DomainName = "example.com", AppName = "app", StreamName = "stream", From = from, To = to };

    private static IndexBackfillRequest Domain(string? from, string? to) => new() { DomainName = "example.com", From = from, To = to };

    private static IndexBackfillPlan Plan(IndexBackfillRequest request, int maxRangeHours = 744) =>
        IndexBackfillPlanner.Plan(request, Now, new IndexFilesOptions { MaxRangeHours = maxRangeHours });

    private static ValidationError SingleError(IndexBackfillPlan plan)
    {
        Assert.Empty(plan.Hours);
        return Assert.Single(plan.Errors);
    }

    [Fact]
    public void Plan_RangeOffHourBoundaries_RoundsFromDownAndToUp()
    {
        var plan = Plan(Stream("2026-05-30T10:20:00Z", "2026-05-30T12:10:00Z"));

        Assert.True(plan.IsValid);
        Assert.Equal(["2026-05-30T10:00:00Z", "2026-05-30T11:00:00Z", "2026-05-30T12:00:00Z"], plan.Hours.Select(h => AlibabaTime.ToWire(h.Start)));
        Assert.False(plan.WasClipped);
    }

    [Fact]
    public void Plan_WholeHours_KeepsToExclusive()
    {
        var plan = Plan(Stream("2026-05-30T10:00:00Z", "2026-05-30T12:00:00Z"));

        Assert.Equal(2, plan.Hours.Count);
    }

    [Fact]
    public void Plan_ToInTheFuture_ClipsToTheNewestPlannableHour()
    {
        var plan = Plan(Stream("2026-05-31T09:00:00Z", "2026-06-02T00:00:00Z"));

        Assert.True(plan.WasClipped);
        Assert.Equal("2026-05-31T11:00:00Z", AlibabaTime.ToWire(plan.Hours[^1].Start));
        Assert.Equal(3, plan.Hours.Count);
    }

    [Fact]
    public void Plan_RangeOnlyInTheCurrentHour_IsRejected()
    {
        var error = SingleError(Plan(Stream("2026-05-31T12:00:00Z", "2026-05-31T13:00:00Z")));

        Assert.Equal("InvalidFrom.Mismatch", error.Code);
        Assert.Contains("no hour of the range has ended yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SingleStreamOlderThanThreeMonths_IsRejectedNotClipped()
    {
        var error = SingleError(Plan(Stream("2026-02-27T00:00:00Z", "2026-03-01T00:00:00Z")));

        Assert.Equal("InvalidFrom.Mismatch", error.Code);
        Assert.Equal("From", error.Parameter);
        Assert.Contains("3 months", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-02-28T14:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SingleStreamAtTheOldestRetainedHour_IsAccepted()
    {
        var plan = Plan(Stream("2026-02-28T14:00:00Z", "2026-03-01T00:00:00Z"));

        Assert.True(plan.IsValid);
        Assert.Equal(10, plan.Hours.Count);
    }

    [Fact]
    public void Plan_DomainWideOlderThanThirtyDays_IsRejectedBecauseThePublishListCannotFindStreams()
    {
        var error = SingleError(Plan(Domain("2026-04-30T00:00:00Z", "2026-05-02T00:00:00Z")));

        Assert.Equal("InvalidFrom.Mismatch", error.Code);
        Assert.Contains("30 days", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-05-01T13:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DomainWideWithinThirtyDays_IsAccepted()
    {
        var plan = Plan(Domain("2026-05-01T13:00:00Z", "2026-05-01T15:00:00Z"));

        Assert.True(plan.IsValid);
        Assert.Equal(2, plan.Hours.Count);
    }

    [Fact]
    public void Plan_RangeLongerThanMaximum_IsRejected()
    {
        var error = SingleError(Plan(Stream("2026-04-01T00:00:00Z", "2026-05-02T01:00:00Z")));

        Assert.Equal("InvalidTo.Mismatch", error.Code);
        Assert.Contains("745 hours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RangeOfExactlyTheMaximum_IsAccepted()
    {
        var plan = Plan(Stream("2026-04-01T00:00:00Z", "2026-05-02T00:00:00Z"));

        Assert.Equal(744, plan.Hours.Count);
    }

    [Fact]
    public void Plan_LongRangeClippedBelowTheMaximum_IsAccepted()
    {
        var plan = Plan(Stream("2026-05-30T00:00:00Z", "2027-01-01T00:00:00Z"), maxRangeHours: 48);

        Assert.True(plan.WasClipped);
        Assert.Equal(36, plan.Hours.Count);
    }

    [Fact]
    public void Plan_ToNotAfterFrom_IsRejected()
    {
        var error = SingleError(Plan(Stream("2026-05-30T10:00:00Z", "2026-05-30T10:00:00Z")));

        Assert.Equal("InvalidTo.Mismatch", error.Code);
    }

    [Fact]
    public void Plan_MissingAndMalformedValues_ReportEachWithItsCode()
    {
        var plan = Plan(new IndexBackfillRequest { From = "2026-05-30 10:00", To = null });

        Assert.Equal(["MissingDomainName", "InvalidFrom.Malformed", "MissingTo"], plan.Errors.Select(e => e.Code));
        Assert.Empty(plan.Hours);
    }

    [Fact]
    public void SingleStreamItems_ValidStreamPlan_OneItemPerHour()
    {
        var request = Stream("2026-05-30T22:00:00Z", "2026-05-31T01:00:00Z");

        var items = Plan(request).SingleStreamItems(request);

        Assert.Equal(["example.com/app/stream/2026053022", "example.com/app/stream/2026053023", "example.com/app/stream/2026053100"], items.Select(i => i.Id));
    }

    [Fact]
    public void SingleStreamItems_DomainWideRequest_Throws()
    {
        var request = Domain("2026-05-30T22:00:00Z", "2026-05-31T01:00:00Z");

        Assert.Throws<InvalidOperationException>(() => Plan(request).SingleStreamItems(request));
    }
}
