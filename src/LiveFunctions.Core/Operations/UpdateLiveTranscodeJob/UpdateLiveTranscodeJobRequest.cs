namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>
/// UpdateLiveTranscodeJob (ICE): changes a live transcoding job. A non-timed job can change only its Name; a timed job
/// can also change StreamInput, TranscodeOutput and TimedConfig, but only while it has not started (checked by the
/// service, which knows the job's state). Property names are the document's parameter names; the record is also the
/// JSON body of <c>PATCH /api/transcode-jobs/{JobId}</c>, with the ICE objects as JSON objects.
/// </summary>
public sealed record UpdateLiveTranscodeJobRequest
{
    /// <summary>The job ID (required).</summary>
    public string? JobId { get; init; }

    /// <summary>The new name of the job (optional).</summary>
    public string? Name { get; init; }

    /// <summary>The input stream (optional; when given, Type and InputUrl are both required).</summary>
    public StreamInput? StreamInput { get; init; }

    /// <summary>The transcoding output (optional; when given, Type and DomainName are both required).</summary>
    public TranscodeOutput? TranscodeOutput { get; init; }

    /// <summary>The schedule of a timed job (optional).</summary>
    public TimedConfig? TimedConfig { get; init; }
}
