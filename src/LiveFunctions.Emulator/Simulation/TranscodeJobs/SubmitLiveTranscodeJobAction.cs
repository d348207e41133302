using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.TranscodeJobs;

/// <summary>
/// ICE <c>SubmitLiveTranscodeJob</c>: Name, StartMode (0 now, 1 timed), TemplateId, StreamInput, TranscodeOutput
/// required; TimedConfig (StartTime and EndTime, each within 7 days of now) required for StartMode 1 and ignored for 0.
/// </summary>
internal sealed class SubmitLiveTranscodeJobAction(TranscodeJobStore jobs)
{
    /// <summary>Handles one call.</summary>
    public ActionResult Handle(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var name = p.Required("Name");
        var startModeText = p.Required("StartMode");
        var templateId = p.Required("TemplateId");
        var streamInputJson = p.Required("StreamInput");
        var transcodeOutputJson = p.Required("TranscodeOutput");
        if (p.Error is { } missing)
        {
            return ActionResult.Fail(missing);
        }

        if (startModeText is not ("0" or "1"))
        {
            return ActionResult.Fail(ServiceErrors.TranscodeJobInvalidParameter("StartMode must be 0 (start now) or 1 (timed)."));
        }

        var startMode = startModeText == "1" ? 1 : 0;
        var streamInput = JobParameters.StreamInput(streamInputJson, out var error);
        var transcodeOutput = error is null ? JobParameters.TranscodeOutput(transcodeOutputJson, out error) : null;
        if (error is not null)
        {
            return ActionResult.Fail(error);
        }

        TimedWindow? window = null;
        if (startMode == 1)
        {
            var timedJson = p.Optional("TimedConfig");
            if (timedJson is null)
            {
                return ActionResult.Fail(ServiceErrors.Missing("TimedConfig"));
            }

            var times = JobParameters.TimedConfig(timedJson, context.Now, out error);
            window = times is { } t ? JobParameters.Window(t.Start, t.End, out error) : null;
            if (error is not null)
            {
                return ActionResult.Fail(error);
            }
        }

        var job = new TranscodeJob(Guid.NewGuid().ToString("N"), name, startMode, templateId, streamInput!, transcodeOutput!, window, context.Now, StoppedByCommand: false);
        jobs.Add(job);
        return ActionResult.Ok(new JsonObject { ["JobId"] = job.JobId });
    }
}
