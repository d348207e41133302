using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Operations.GetLiveTranscodeJob;

/// <summary>The answer of GetLiveTranscodeJob.</summary>
public sealed record GetLiveTranscodeJobResponse
{
    /// <summary>The request ID.</summary>
    public string? RequestId { get; init; }

    /// <summary>The job; null only if the service left it out.</summary>
    public LiveTranscodeJob? Job { get; init; }
}

/// <summary>An ICE live transcoding job as GetLiveTranscodeJob describes it. Times are the service's strings (UTC).</summary>
public sealed record LiveTranscodeJob
{
    /// <summary>The job ID.</summary>
    public string? JobId { get; init; }

    /// <summary>The job name.</summary>
    public string? Name { get; init; }

    /// <summary>The job state: <see cref="LiveTranscodeJobStatus.NotStarted"/> (0), <see cref="LiveTranscodeJobStatus.Running"/> (1) or <see cref="LiveTranscodeJobStatus.Stopped"/> (2).</summary>
    public int Status { get; init; }

    /// <summary>How the job starts: 0 immediately, 1 at the TimedConfig start time.</summary>
    public int StartMode { get; init; }

    /// <summary>When the job was created.</summary>
    public string? CreateTime { get; init; }

    /// <summary>The transcoding template ID.</summary>
    public string? TemplateId { get; init; }

    /// <summary>The transcoding template name.</summary>
    public string? TemplateName { get; init; }

    /// <summary>The template type (<c>normal</c>, <c>narrow-band</c>, <c>audio-only</c>, <c>origin</c>).</summary>
    public string? TemplateType { get; init; }

    /// <summary>The input stream.</summary>
    public StreamInput? StreamInput { get; init; }

    /// <summary>The output streams.</summary>
    public LiveTranscodeOutputStream? OutputStream { get; init; }

    /// <summary>The schedule of a timed job, when the service returns it (UNCONFIRMED that it does); null otherwise.</summary>
    public TimedConfig? TimedConfig { get; init; }

    /// <summary>The transcoding output, when the service returns it (UNCONFIRMED that it does); null otherwise.</summary>
    public TranscodeOutput? TranscodeOutput { get; init; }
}

/// <summary>The output streams of a live transcoding job.</summary>
public sealed record LiveTranscodeOutputStream
{
    /// <summary>One entry per output stream.</summary>
    public IReadOnlyList<LiveTranscodeStreamInfo> StreamInfos { get; init; } = [];
}

/// <summary>One output stream of a live transcoding job.</summary>
public sealed record LiveTranscodeStreamInfo
{
    /// <summary>The URL of the output stream.</summary>
    public string? OutputUrl { get; init; }

    /// <summary>The type of the output stream (<c>rtmp</c>).</summary>
    public string? Type { get; init; }
}

/// <summary>The values of <see cref="LiveTranscodeJob.Status"/>.</summary>
public static class LiveTranscodeJobStatus
{
    /// <summary>The job has not started.</summary>
    public const int NotStarted = 0;

    /// <summary>The job is running.</summary>
    public const int Running = 1;

    /// <summary>The job has stopped.</summary>
    public const int Stopped = 2;
}
