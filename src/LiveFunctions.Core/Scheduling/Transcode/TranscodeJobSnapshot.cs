using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>What the rotation needs to know of a job, from GetLiveTranscodeJob.</summary>
/// <param name="Status">0 not started, 1 running, 2 stopped (<see cref="LiveTranscodeJobStatus"/>).</param>
/// <param name="StartMode">0 starts immediately (not a timed job), 1 starts at the TimedConfig start (<see cref="TimedStartMode"/>).</param>
/// <param name="TimedConfig">The job's current TimedConfig when the service returns it (UNCONFIRMED that it does); null when unknown.</param>
public sealed record TranscodeJobSnapshot(int Status, int StartMode, TimedConfig? TimedConfig)
{
    /// <summary>The StartMode of a timed job, the only kind whose TimedConfig can be changed.</summary>
    public const int TimedStartMode = 1;

    /// <summary>The snapshot of a job as GetLiveTranscodeJob describes it.</summary>
    public static TranscodeJobSnapshot From(LiveTranscodeJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new TranscodeJobSnapshot(job.Status, job.StartMode, job.TimedConfig);
    }
}
