using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;
using LiveFunctions.Core.Scheduling.IndexFiles;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.IndexPlanner;

/// <summary>
/// Finds the work items of some hours of a domain: one paged DescribeLiveStreamsPublishList query over the whole range
/// (<see cref="IndexDiscovery"/>), each session matched to the hours it overlaps. Used by the hourly planner and by the
/// on-demand backfill.
/// </summary>
internal sealed partial class IndexWorkFinder(AlibabaClient client, IOptions<IndexFilesOptions> options, ILogger<IndexWorkFinder> logger)
{
    /// <summary>The work items, oldest hour first; a failed call throws <see cref="AlibabaApiException"/>.</summary>
    public async Task<IReadOnlyList<IndexWorkItem>> FindAsync(
        string domainName, IReadOnlyList<IndexHour> hours, string? appName, string? streamName, CancellationToken cancellationToken)
    {
        var request = IndexDiscovery.PublishListRequest(domainName, hours, options.Value, appName, streamName);
        var sessions = await client.DescribeAllLiveStreamsPublishedAsync(request, cancellationToken);
        var found = IndexDiscovery.WorkItems(domainName, hours, sessions, appName, streamName);
        if (found.Unreadable.Count > 0)
        {
            LogUnreadable(logger, domainName, found.Unreadable.Count, request.StartTime, request.EndTime);
        }

        return found.Items;
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning,
        Message = "The publish list of {DomainName} for [{StartTime}, {EndTime}) has {Count} session(s) without AppName, StreamName or a readable PublishTime; they are left out")]
    private static partial void LogUnreadable(ILogger logger, string domainName, int count, string? startTime, string? endTime);
}
