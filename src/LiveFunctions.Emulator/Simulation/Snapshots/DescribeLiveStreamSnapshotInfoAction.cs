using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>
/// Live <c>DescribeLiveStreamSnapshotInfo</c>: the snapshots of a stream taken in [StartTime, EndTime) (at most one
/// day), <c>Limit</c> at a time; <c>NextStartTime</c> is the CreateTime of the first snapshot left out (empty when none).
/// </summary>
internal sealed class DescribeLiveStreamSnapshotInfoAction(SnapshotStore snapshots)
{
    /// <summary>Handles one call.</summary>
    public ActionResult Handle(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var domain = p.Required("DomainName");
        var app = p.Required("AppName");
        var stream = p.Required("StreamName");
        var start = p.RequiredTime("StartTime");
        var end = p.RequiredTime("EndTime");
        var limit = p.IntInRange("Limit", 10, 1, 100);
        var order = p.Choice("Order", "asc", "asc", "desc");
        if (p.Error is null && (end <= start || end - start > TimeSpan.FromDays(1)))
        {
            p.Fail(ServiceErrors.QueryRangeMismatch("EndTime must be after StartTime and at most 1 day later."));
        }

        if (p.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var inRange = snapshots.ForStream(domain, app, stream).Where(s => s.CreateTime >= start && s.CreateTime < end);
        var ordered = (order == "desc" ? inRange.OrderByDescending(s => s.CreateTime) : inRange.OrderBy(s => s.CreateTime)).ToList();
        var page = ordered.Take(limit).Select(s => (JsonNode)new JsonObject
        {
            ["OssEndpoint"] = s.OssEndpoint,
            ["OssBucket"] = s.OssBucket,
            ["OssObject"] = s.OssObject,
            ["CreateTime"] = WireTime.Format(s.CreateTime),
            ["CreateTimestamp"] = s.CreateTime.ToUnixTimeMilliseconds(),
            ["IsOverlay"] = s.IsOverlay,
        }).ToArray();
        return ActionResult.Ok(new JsonObject
        {
            ["LiveStreamSnapshotInfoList"] = new JsonObject { ["LiveStreamSnapshotInfo"] = new JsonArray(page) },
            ["NextStartTime"] = ordered.Count > limit ? WireTime.Format(ordered[limit].CreateTime) : "",
        });
    }
}
