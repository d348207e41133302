using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.RecordIndex;

/// <summary>
/// Live <c>DescribeLiveStreamRecordIndexFiles</c> (indexes of a stream whose range overlaps [StartTime, EndTime),
/// at most 4 days, created within the last 6 months) and <c>DescribeLiveStreamRecordIndexFile</c> (one by RecordId).
/// </summary>
internal sealed class DescribeRecordIndexActions(RecordIndexStore indexes)
{
    /// <summary>DescribeLiveStreamRecordIndexFiles.</summary>
    public ActionResult DescribeFiles(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var domain = p.Required("DomainName");
        var app = p.Required("AppName");
        var stream = p.Required("StreamName");
        var start = p.RequiredTime("StartTime", ServiceErrors.StartTimeMalformed);
        var end = p.RequiredTime("EndTime", ServiceErrors.EndTimeMalformed);
        var pageNum = p.IntInRange("PageNum", 1, 1, int.MaxValue);
        var pageSize = p.IntInRange("PageSize", 10, 5, 30);
        var order = p.Choice("Order", "asc", "asc", "desc");
        if (p.Error is null && (end <= start || end - start > CreateIndexRequest.MaxRange))
        {
            p.Fail(ServiceErrors.QueryRangeMismatch("EndTime must be after StartTime and at most 4 days later."));
        }

        if (p.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var retainedSince = context.Now.AddMonths(-6);
        var matching = indexes.ForStream(domain, app, stream)
            .Where(r => r.CreateTime >= retainedSince && r.StartTime < end && r.EndTime > start);
        var ordered = (order == "desc" ? matching.OrderByDescending(r => r.StartTime) : matching.OrderBy(r => r.StartTime)).ToList();
        var page = new JsonArray(Paging.Page(ordered, pageNum, pageSize).Select(r => (JsonNode)r.ToJson(withFormat: true)).ToArray());
        return ActionResult.Ok(new JsonObject
        {
            ["RecordIndexInfoList"] = new JsonObject { ["RecordIndexInfo"] = page },
            ["PageNum"] = pageNum,
            ["PageSize"] = pageSize,
            ["Order"] = order,
            ["TotalNum"] = ordered.Count,
            ["TotalPage"] = Paging.TotalPages(ordered.Count, pageSize),
        });
    }

    /// <summary>DescribeLiveStreamRecordIndexFile.</summary>
    public ActionResult DescribeFile(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var domain = p.Required("DomainName");
        var app = p.Required("AppName");
        var stream = p.Required("StreamName");
        var recordId = p.Required("RecordId");
        if (p.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var record = indexes.ForStream(domain, app, stream).FirstOrDefault(r => r.RecordId == recordId);
        return record is null
            ? ActionResult.Fail(ServiceErrors.IndexRecordNotFound())
            : ActionResult.Ok(new JsonObject { ["RecordIndexInfo"] = record.ToJson(withFormat: true) });
    }
}
