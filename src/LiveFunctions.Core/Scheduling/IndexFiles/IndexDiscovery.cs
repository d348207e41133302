using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// Turns the publish list of a domain into work items: one DescribeLiveStreamsPublishList query covers all the hours
/// of a plan (the API's limit is only 3 calls per second, so the timer does not ask hour by hour), and each session is
/// matched to every hour it overlaps.
/// </summary>
public static class IndexDiscovery
{
    /// <summary>Entries per page asked for: the maximum, so that few pages (calls) are needed.</summary>
    public const int PageSize = 3000;

    /// <summary>
    /// The DescribeLiveStreamsPublishList request for the range [first hour start, last hour end) of a domain; with an
    /// AppName and/or StreamName it asks for exactly those (QueryType <c>strict</c>). Use the pager
    /// (<c>DescribeAllLiveStreamsPublishedAsync</c>) to get every page.
    /// </summary>
    /// <exception cref="ArgumentException">No hours were given.</exception>
    public static DescribeLiveStreamsPublishListRequest PublishListRequest(
        string domainName, IReadOnlyList<IndexHour> hours, IndexFilesOptions options, string? appName = null, string? streamName = null)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(options);
        if (hours.Count == 0)
        {
            throw new ArgumentException("At least one hour is needed for a publish list query.", nameof(hours));
        }

        var filtered = !string.IsNullOrEmpty(appName) || !string.IsNullOrEmpty(streamName);
        return new DescribeLiveStreamsPublishListRequest
        {
            RegionId = string.IsNullOrEmpty(options.RegionId) ? null : options.RegionId,
            DomainName = domainName,
            AppName = string.IsNullOrEmpty(appName) ? null : appName,
            StreamName = string.IsNullOrEmpty(streamName) ? null : streamName,
            StartTime = AlibabaTime.ToWire(hours.Min().Start),
            EndTime = AlibabaTime.ToWire(hours.Max().End),
            PageSize = PageSize,
            QueryType = filtered ? "strict" : null,
            OrderBy = "publish_time_asc",
        };
    }

    /// <summary>
    /// One work item per (app, stream, hour) for every session that overlaps an hour: a session counts for hour H when
    /// <c>PublishTime &lt; H.End</c> and (<c>StopTime</c> is empty, or <c>StopTime &gt; H.Start</c>). A StopTime that is
    /// empty or not a time means the stream is still live. Several sessions of one stream in one hour give one item.
    /// Items are ordered by hour (oldest first), then AppName, then StreamName. Sessions without AppName, StreamName or
    /// a readable PublishTime are returned as unreadable. With <paramref name="appName"/>/<paramref name="streamName"/>,
    /// only sessions with exactly those names count.
    /// </summary>
    public static IndexDiscoveryResult WorkItems(
        string domainName,
        IReadOnlyList<IndexHour> hours,
        IEnumerable<LiveStreamPublishInfo> sessions,
        string? appName = null,
        string? streamName = null)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(sessions);

        var items = new Dictionary<string, IndexWorkItem>(StringComparer.Ordinal);
        var unreadable = new List<LiveStreamPublishInfo>();
        foreach (var session in sessions)
        {
            if (string.IsNullOrEmpty(session.AppName) || string.IsNullOrEmpty(session.StreamName)
                || !AlibabaTime.TryParse(session.PublishTime, out var published))
            {
                unreadable.Add(session);
                continue;
            }

            if (!Matches(appName, session.AppName) || !Matches(streamName, session.StreamName))
            {
                continue;
            }

            DateTimeOffset? stopped = AlibabaTime.TryParse(session.StopTime, out var stop) ? stop : null;
            foreach (var hour in hours)
            {
                if (hour.Overlaps(published, stopped))
                {
                    var item = IndexWorkItem.For(domainName, session.AppName, session.StreamName, hour);
                    items.TryAdd(item.Id, item);
                }
            }
        }

        var ordered = items.Values
            .OrderBy(item => item.HourStart)
            .ThenBy(item => item.AppName, StringComparer.Ordinal)
            .ThenBy(item => item.StreamName, StringComparer.Ordinal)
            .ToList();
        return new IndexDiscoveryResult(ordered, unreadable);
    }

    private static bool Matches(string? wanted, string actual) =>
        string.IsNullOrEmpty(wanted) || string.Equals(wanted, actual, StringComparison.Ordinal);
}

/// <summary>The work items found in a publish list.</summary>
/// <param name="Items">One per (app, stream, hour), oldest hour first.</param>
/// <param name="Unreadable">Sessions that could not be placed (no AppName/StreamName, or a PublishTime that is not a time); to log.</param>
public sealed record IndexDiscoveryResult(IReadOnlyList<IndexWorkItem> Items, IReadOnlyList<LiveStreamPublishInfo> Unreadable);
