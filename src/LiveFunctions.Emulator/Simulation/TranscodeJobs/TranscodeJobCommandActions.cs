using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.TranscodeJobs;

/// <summary>ICE <c>SendLiveTranscodeJobCommand</c> (only <c>stop</c>) and <c>DeleteLiveTranscodeJob</c>.</summary>
internal sealed class TranscodeJobCommandActions(TranscodeJobStore jobs)
{
    /// <summary>SendLiveTranscodeJobCommand: <c>stop</c> makes the job Status 2.</summary>
    public ActionResult SendCommand(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var jobId = p.Required("JobId");
        var command = p.Required("Command");
        if (p.Error is { } missing)
        {
            return ActionResult.Fail(missing);
        }

        if (command != "stop")
        {
            return ActionResult.Fail(ServiceErrors.TranscodeJobInvalidParameter("Command can only be stop."));
        }

        var error = jobs.Update(jobId, job => (job with { StoppedByCommand = true }, null));
        return error is null ? ActionResult.Ok() : ActionResult.Fail(error);
    }

    /// <summary>DeleteLiveTranscodeJob.</summary>
    public ActionResult Delete(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var jobId = p.Required("JobId");
        if (p.Error is { } missing)
        {
            return ActionResult.Fail(missing);
        }

        return jobs.Remove(jobId) ? ActionResult.Ok() : ActionResult.Fail(ServiceErrors.TranscodeJobNotFound());
    }
}
