using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// One unit of work of the rotation: the timer puts one per registered schedule on the queue; the executor reads the
/// schedule and the job (GetLiveTranscodeJob), asks <see cref="TranscodeRotationDecider"/>, and sends the update when
/// the decision is Arm. JSON <c>{"JobId":"…","PlannedAt":"2026-03-20T08:15:00Z","Id":"…/202603200815"}</c>
/// (<c>Id</c> is written for people reading the queue and ignored when read).
/// </summary>
/// <param name="JobId">The ICE job ID.</param>
/// <param name="PlannedAt">When the timer planned it.</param>
public sealed record TranscodeRotationWorkItem(string JobId, DateTimeOffset PlannedAt)
{
    /// <summary>The deterministic id <c>{JobId}/{yyyyMMddHHmm}</c> of the planning minute (UTC).</summary>
    public string Id => $"{JobId}/{PlannedAt.ToUniversalTime().ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";

    /// <summary>The queue message text.</summary>
    public string ToJson() => SchedulingJson.Serialize(this);

    /// <summary>Reads a queue message; false with a reason when it is not a rotation work item. Never throws.</summary>
    public static bool TryParse(string? json, [NotNullWhen(true)] out TranscodeRotationWorkItem? item, [NotNullWhen(false)] out string? error)
    {
        if (!SchedulingJson.TryDeserialize(json, out item, out error))
        {
            return false;
        }

        if (string.IsNullOrEmpty(item.JobId))
        {
            item = null;
            error = "The TranscodeRotationWorkItem is not valid: JobId is empty.";
            return false;
        }

        return true;
    }
}
