using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.TranscodeJobs;

/// <summary>ICE <c>GetLiveTranscodeJob</c> and <c>ListLiveTranscodeJobs</c>.</summary>
internal sealed class TranscodeJobQueryActions(TranscodeJobStore jobs)
{
    /// <summary>GetLiveTranscodeJob: the job, TimedConfig and TranscodeOutput included.</summary>
    public ActionResult Get(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var jobId = p.Required("JobId");
        if (p.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        return jobs.Find(jobId) is { } job
            ? ActionResult.Ok(new JsonObject { ["Job"] = job.ToJson(context.Now) })
            : ActionResult.Fail(ServiceErrors.TranscodeJobNotFound());
    }

    /// <summary>
    /// ListLiveTranscodeJobs: KeyWord (the JobId, or part of the Name), StartMode, Status and Type (template type)
    /// filters; SortBy (CreateTime, <c>desc</c> by default); PageNo (from 1) and PageSize (1–100, default 10).
    /// </summary>
    public ActionResult List(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var keyword = p.Optional("KeyWord");
        var pageNo = p.IntInRange("PageNo", 1, 1, int.MaxValue);
        var pageSize = p.IntInRange("PageSize", 10, 1, 100);
        var sortBy = p.Choice("SortBy", "desc", "desc", "asc");
        var startMode = p.Optional("StartMode") is null ? (int?)null : p.IntInRange("StartMode", 0, 0, 1);
        var status = p.Optional("Status") is null ? (int?)null : p.IntInRange("Status", 0, 0, 2);
        var type = p.Optional("Type") is null ? null : p.Choice("Type", "normal", "normal", "narrow-band", "audio-only", "origin");
        if (p.Error is { } error)
        {
            return ActionResult.Fail(ServiceErrors.TranscodeJobInvalidParameter(error.Message));
        }

        var now = context.Now;
        var matching = jobs.All().Where(j =>
            (keyword is null || j.JobId == keyword || j.Name.Contains(keyword, StringComparison.Ordinal))
            && (startMode is null || j.StartMode == startMode)
            && (status is null || j.StatusAt(now) == status)
            && (type is null || type == TranscodeJob.TemplateType));
        var ordered = (sortBy == "asc"
            ? matching.OrderBy(j => j.CreateTime).ThenBy(j => j.JobId, StringComparer.Ordinal)
            : matching.OrderByDescending(j => j.CreateTime).ThenBy(j => j.JobId, StringComparer.Ordinal)).ToList();
        var page = Paging.Page(ordered, pageNo, pageSize).Select(j => (JsonNode)j.ToJson(now)).ToArray();
        return ActionResult.Ok(new JsonObject { ["TotalCount"] = ordered.Count, ["JobList"] = new JsonArray(page) });
    }
}
