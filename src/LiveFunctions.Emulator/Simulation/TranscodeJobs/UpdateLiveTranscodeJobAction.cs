using LiveFunctions.Emulator.Protocol;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation.TranscodeJobs;

/// <summary>
/// ICE <c>UpdateLiveTranscodeJob</c>. A non-timed job accepts only <c>Name</c> (in any state). A timed job also
/// accepts <c>StreamInput</c>, <c>TranscodeOutput</c> and <c>TimedConfig</c>, but only while not started (Status 0);
/// a stopped one (Status 2) accepts them too when <c>AllowRearmStoppedTimedJobs</c> is on, and a new TimedConfig then
/// arms it again. Given TimedConfig times must be within 7 days of now; an absent one keeps the job's current time.
/// </summary>
internal sealed class UpdateLiveTranscodeJobAction(TranscodeJobStore jobs, IOptions<SimulationOptions> options)
{
    /// <summary>Handles one call.</summary>
    public ActionResult Handle(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var jobId = p.Required("JobId");
        if (p.Error is { } missing)
        {
            return ActionResult.Fail(missing);
        }

        var now = context.Now;
        var change = new Change(p.Optional("Name"));
        ServiceError? error = null;
        if (p.Optional("StreamInput") is { } streamInputJson)
        {
            change = change with { StreamInput = JobParameters.StreamInput(streamInputJson, out error) };
        }

        if (error is null && p.Optional("TranscodeOutput") is { } transcodeOutputJson)
        {
            change = change with { TranscodeOutput = JobParameters.TranscodeOutput(transcodeOutputJson, out error) };
        }

        if (error is null && p.Optional("TimedConfig") is { } timedJson)
        {
            change = change with { Times = JobParameters.TimedConfig(timedJson, now, out error) };
        }

        if (error is not null)
        {
            return ActionResult.Fail(error);
        }

        error = jobs.Update(jobId, job => Apply(job, change, now));
        return error is null ? ActionResult.Ok() : ActionResult.Fail(error);
    }

    private (TranscodeJob? Updated, ServiceError? Error) Apply(TranscodeJob job, Change change, DateTimeOffset now)
    {
        var status = job.StatusAt(now);
        if (change.RestrictedParameter is { } restricted)
        {
            if (job.StartMode == 0)
            {
                return (null, ServiceErrors.TranscodeJobNotTimed(restricted));
            }

            if (status == TranscodeJob.Running)
            {
                return (null, ServiceErrors.TranscodeJobStarted(restricted));
            }

            if (status == TranscodeJob.Stopped && !options.Value.AllowRearmStoppedTimedJobs)
            {
                return (null, ServiceErrors.TranscodeJobStopped(restricted));
            }
        }

        var window = job.TimedConfig;
        var rearm = false;
        if (change.Times is { } times)
        {
            window = JobParameters.Window(times.Start ?? job.TimedConfig?.StartTime, times.End ?? job.TimedConfig?.EndTime, out var error);
            if (error is not null)
            {
                return (null, error);
            }

            rearm = status == TranscodeJob.Stopped;
        }

        return (job with
        {
            Name = change.Name ?? job.Name,
            StreamInput = change.StreamInput ?? job.StreamInput,
            TranscodeOutput = change.TranscodeOutput ?? job.TranscodeOutput,
            TimedConfig = window,
            StoppedByCommand = job.StoppedByCommand && !rearm,
        }, null);
    }

    /// <summary>The parsed parameters of one update (null: not given).</summary>
    private sealed record Change(string? Name)
    {
        public StreamInputState? StreamInput { get; init; }

        public TranscodeOutputState? TranscodeOutput { get; init; }

        public (DateTimeOffset? Start, DateTimeOffset? End)? Times { get; init; }

        // The first given parameter that only a not-started timed job accepts.
        public string? RestrictedParameter =>
            StreamInput is not null ? "StreamInput"
            : TranscodeOutput is not null ? "TranscodeOutput"
            : Times is not null ? "TimedConfig"
            : null;
    }
}
