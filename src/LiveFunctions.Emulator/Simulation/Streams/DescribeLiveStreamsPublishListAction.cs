using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.Streams;

/// <summary>
/// Live <c>DescribeLiveStreamsPublishList</c>: the sessions of a domain that overlap [StartTime, EndTime) (at most 30
/// days apart), as known at the call's time; sessions that stopped more than 30 days ago are no longer kept.
/// </summary>
internal sealed class DescribeLiveStreamsPublishListAction(StreamSessionStore sessions)
{
    private static readonly TimeSpan MaxRange = TimeSpan.FromDays(30);

    /// <summary>Handles one call.</summary>
    public ActionResult Handle(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var domain = p.Required("DomainName");
        var start = p.RequiredTime("StartTime");
        var end = p.RequiredTime("EndTime");
        var filter = StreamFilter.Read(p);
        // Left out: the original (raw) streams; "raw" itself is not one of the documented values.
        var streamType = p.Choice("StreamType", "raw", "all", "trans");
        var orderBy = p.Choice("OrderBy", "publish_time_asc", "publish_time_asc", "publish_time_desc", "stream_name_asc", "stream_name_desc");
        var pageNumber = p.IntInRange("PageNumber", 1, 1, int.MaxValue);
        var pageSize = p.IntInRange("PageSize", 2000, 1, 3000);
        if (p.Error is null && (end <= start || end - start > MaxRange))
        {
            p.Fail(ServiceErrors.QueryRangeMismatch("EndTime must be after StartTime and at most 30 days later."));
        }

        if (p.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var now = context.Now;
        var keptSince = now - MaxRange;
        // Every simulated session is a raw (not transcoded) stream.
        List<PublishSession> matching = streamType == "trans"
            ? []
            : sessions.All().Where(s => s.DomainName == domain && filter.Matches(s) && s.OverlapsAt(start, end, now)
                && (s.StopTimeAt(now) is not { } stop || stop > keptSince)).ToList();
        var ordered = Order(matching, orderBy);
        var page = Paging.Page(ordered, pageNumber, pageSize).Select(s => (JsonNode)Item(s, now)).ToArray();
        return ActionResult.Ok(new JsonObject
        {
            ["PublishInfo"] = new JsonObject { ["LiveStreamPublishInfo"] = new JsonArray(page) },
            ["PageNum"] = pageNumber,
            ["PageSize"] = pageSize,
            ["TotalNum"] = ordered.Count,
            ["TotalPage"] = Paging.TotalPages(ordered.Count, pageSize),
        });
    }

    private static List<PublishSession> Order(List<PublishSession> items, string orderBy) => orderBy switch
    {
        "publish_time_desc" => items.OrderByDescending(s => s.StartTime).ToList(),
        "stream_name_asc" => items.OrderBy(s => s.StreamName, StringComparer.Ordinal).ThenBy(s => s.StartTime).ToList(),
        "stream_name_desc" => items.OrderByDescending(s => s.StreamName, StringComparer.Ordinal).ThenBy(s => s.StartTime).ToList(),
        _ => items.OrderBy(s => s.StartTime).ToList(),
    };

    private static JsonObject Item(PublishSession s, DateTimeOffset now) => new()
    {
        ["DomainName"] = s.DomainName,
        ["AppName"] = s.AppName,
        ["StreamName"] = s.StreamName,
        ["PublishTime"] = WireTime.Format(s.StartTime),
        // Empty while the stream is still live.
        ["StopTime"] = s.StopTimeAt(now) is { } stop ? WireTime.Format(stop) : "",
        ["PublishUrl"] = $"rtmp://{s.DomainName}/{s.AppName}/{s.StreamName}",
        ["StreamUrl"] = $"{s.DomainName}/{s.AppName}/{s.StreamName}",
        ["EdgeNodeAddr"] = "127.0.0.1",
        ["ClientAddr"] = "127.0.0.1",
        ["PublishDomain"] = s.DomainName,
        ["PublishType"] = "edge",
        ["Transcoded"] = "no",
        ["TranscodeId"] = "",
        ["AliInnerErrorFlags"] = "",
    };
}
