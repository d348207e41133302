using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>
/// The rules of the UpdateLiveTranscodeJob document (docs/validation-index-ice.md lists each with its source). The
/// document lists no error codes, so every rule uses the shared convention: <c>Missing{Field}</c> and
/// <c>Invalid{Field}.Malformed</c>, with the full wire path (e.g. <c>StreamInput.Type</c>) as the parameter.
/// </summary>
internal static class UpdateLiveTranscodeJobValidator
{
    /// <summary>"The time span between the start [stop] time and the current time cannot exceed seven days" (exactly seven is allowed).</summary>
    public static readonly TimeSpan MaximumDistanceFromNow = TimeSpan.FromDays(7);

    /// <summary>The only StreamInput type: "The value can only be rtmp."</summary>
    public const string RtmpType = "rtmp";

    /// <summary>The only TranscodeOutput type: "The value can only be LiveCenter."</summary>
    public const string LiveCenterType = "LiveCenter";

    /// <summary>Every broken rule; empty when the request may be sent.</summary>
    public static IReadOnlyList<ValidationError> Validate(UpdateLiveTranscodeJobRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();

        errors.Require("JobId", request.JobId);
        if (request.StreamInput is { } input)
        {
            ValidateStreamInput(input, errors);
        }

        if (request.TranscodeOutput is { } output)
        {
            ValidateTranscodeOutput(output, errors);
        }

        if (request.TimedConfig is { } timed)
        {
            ValidateTimedConfig(timed, now, errors);
        }

        return errors.ToList();
    }

    /// <summary>True for an absolute <c>rtmp://host/…</c> URL (the scheme compared case-insensitively, as URI schemes are).</summary>
    public static bool IsRtmpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme == RtmpType
        && uri.Host.Length > 0;

    private static void ValidateStreamInput(StreamInput input, ValidationCollector errors)
    {
        if (errors.Require("StreamInput.Type", input.Type) && input.Type != RtmpType)
        {
            errors.Malformed("StreamInput.Type", $"'{input.Type}' is not supported; the value can only be {RtmpType}.");
        }

        if (errors.Require("StreamInput.InputUrl", input.InputUrl) && !IsRtmpUrl(input.InputUrl!))
        {
            errors.Malformed("StreamInput.InputUrl", "it must be an rtmp:// URL of the input stream, e.g. rtmp://mydomain/app/stream1.");
        }
    }

    private static void ValidateTranscodeOutput(TranscodeOutput output, ValidationCollector errors)
    {
        if (errors.Require("TranscodeOutput.Type", output.Type) && output.Type != LiveCenterType)
        {
            errors.Malformed("TranscodeOutput.Type", $"'{output.Type}' is not supported; the value can only be {LiveCenterType}.");
        }

        errors.Require("TranscodeOutput.DomainName", output.DomainName);
    }

    private static void ValidateTimedConfig(TimedConfig timed, DateTimeOffset now, ValidationCollector errors)
    {
        var start = errors.Time("TimedConfig.StartTime", timed.StartTime);
        var end = errors.Time("TimedConfig.EndTime", timed.EndTime);
        WithinSevenDays(start, "TimedConfig.StartTime", now, errors);
        WithinSevenDays(end, "TimedConfig.EndTime", now, errors);

        if (start is { } from && end is { } to && to <= from)
        {
            errors.Malformed("TimedConfig.EndTime", "the stop time must be later than TimedConfig.StartTime.");
        }
    }

    // The document bounds the span between the time and now, in either direction: a time up to seven days in the
    // past passes here as well (the service decides what a past time means for a job that has not started).
    private static void WithinSevenDays(DateTimeOffset? time, string parameter, DateTimeOffset now, ValidationCollector errors)
    {
        if (time is { } value && (value - now).Duration() > MaximumDistanceFromNow)
        {
            errors.Malformed(
                parameter,
                $"the time span between it and the current time ({AlibabaTime.ToWire(now)}) cannot exceed {MaximumDistanceFromNow.TotalDays:0} days.");
        }
    }
}
