using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.Streams;

/// <summary>Live <c>DescribeLiveStreamsOnlineList</c>: the sessions of a domain that are live at the call's time.</summary>
internal sealed class DescribeLiveStreamsOnlineListAction(StreamSessionStore sessions)
{
    /// <summary>Handles one call.</summary>
    public ActionResult Handle(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var domain = p.Required("DomainName");
        var filter = StreamFilter.Read(p);
        var streamType = p.Choice("StreamType", "all", "all", "raw", "trans");
        var onlyStream = p.Choice("OnlyStream", "no", "yes", "no") == "yes";
        var pageNum = p.IntInRange("PageNum", 1, 1, int.MaxValue);
        var pageSize = p.IntInRange("PageSize", 2000, 1, 3000);
        if (p.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var now = context.Now;
        List<PublishSession> live = streamType == "trans"
            ? []
            : sessions.All().Where(s => s.DomainName == domain && filter.Matches(s) && s.IsLiveAt(now)).ToList();
        var page = Paging.Page(live, pageNum, pageSize).Select(s => (JsonNode)Item(s, onlyStream)).ToArray();
        return ActionResult.Ok(new JsonObject
        {
            ["OnlineInfo"] = new JsonObject { ["LiveStreamOnlineInfo"] = new JsonArray(page) },
            ["PageNum"] = pageNum,
            ["PageSize"] = pageSize,
            ["TotalNum"] = live.Count,
            ["TotalPage"] = Paging.TotalPages(live.Count, pageSize),
        });
    }

    private static JsonObject Item(PublishSession s, bool onlyStream)
    {
        var item = new JsonObject
        {
            ["DomainName"] = s.DomainName,
            ["AppName"] = s.AppName,
            ["StreamName"] = s.StreamName,
            ["PublishTime"] = WireTime.Format(s.StartTime),
        };
        if (onlyStream)
        {
            return item;
        }

        item["PublishUrl"] = $"rtmp://{s.DomainName}/{s.AppName}/{s.StreamName}";
        item["PublishDomain"] = s.DomainName;
        item["PublishType"] = "edge";
        item["Transcoded"] = "no";
        item["ClientIp"] = "127.0.0.1";
        item["ServerIp"] = "127.0.0.1";
        item["Width"] = 1280;
        item["Height"] = 720;
        item["FrameRate"] = 25;
        item["VideoCodecId"] = 7;
        item["VideoDataRate"] = 2000;
        item["AudioCodecId"] = 10;
        item["AudioDataRate"] = 128;
        return item;
    }
}
