using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

/// <summary>The rules of DescribeLiveStreamsPublishList (docs/validation-index-ice.md lists each with its source).</summary>
internal static class DescribeLiveStreamsPublishListValidator
{
    /// <summary>"You can query streams in the last 30 days" and "the time range … cannot exceed 30 days".</summary>
    public static readonly TimeSpan MaximumRange = TimeSpan.FromDays(30);

    /// <summary>PageSize "Valid values: 1 to 3000".</summary>
    public const int MinimumPageSize = 1;

    /// <summary>PageSize "Valid values: 1 to 3000".</summary>
    public const int MaximumPageSize = 3000;

    /// <summary>The values QueryType accepts.</summary>
    public static readonly IReadOnlyList<string> QueryTypes = ["fuzzy", "strict"];

    /// <summary>The values StreamType accepts (left out means original streams only).</summary>
    public static readonly IReadOnlyList<string> StreamTypes = ["all", "trans"];

    /// <summary>The values OrderBy accepts.</summary>
    public static readonly IReadOnlyList<string> OrderByValues = ["publish_time_asc", "publish_time_desc", "stream_name_asc", "stream_name_desc"];

    /// <summary>Every broken rule; empty when the request may be sent.</summary>
    public static IReadOnlyList<ValidationError> Validate(DescribeLiveStreamsPublishListRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();

        errors.Require("DomainName", request.DomainName);
        var start = errors.RequiredTime("StartTime", request.StartTime);
        var end = errors.RequiredTime("EndTime", request.EndTime);

        var oldestStart = now.ToUniversalTime() - MaximumRange;
        if (start is { } startTime && startTime < oldestStart)
        {
            errors.Add(new ValidationError(
                "InvalidStartTime.Mismatch",
                $"Specified StartTime does not match the current time: only the last {MaximumRange.TotalDays:0} days can be queried, so StartTime cannot be earlier than {AlibabaTime.ToWire(oldestStart)}.",
                "StartTime"));
        }

        if (start is { } from && end is { } to)
        {
            var problem = to <= from ? "EndTime must be later than StartTime."
                : to - from > MaximumRange ? $"the range cannot exceed {MaximumRange.TotalDays:0} days."
                : null;
            if (problem is not null)
            {
                errors.Add(new ValidationError("InvalidEndTime.Mismatch", $"Specified EndTime does not match the specified StartTime: {problem}", "EndTime"));
            }
        }

        errors.InRange("PageSize", request.PageSize, MinimumPageSize, MaximumPageSize);
        errors.InRange("PageNumber", request.PageNumber, 1, int.MaxValue);

        // Enumerated values are matched exactly, as the document spells them; an absent value takes the service's default.
        errors.OneOf("QueryType", request.QueryType, QueryTypes);
        errors.OneOf("StreamType", request.StreamType, StreamTypes);
        errors.OneOf("OrderBy", request.OrderBy, OrderByValues);
        return errors.ToList();
    }
}
