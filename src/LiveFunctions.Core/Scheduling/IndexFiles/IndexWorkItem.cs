using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// One unit of work of the hourly index files: create the manifest of one stream for one UTC hour. The timer (and the
/// on-demand backfill) put one of these per (domain, app, stream, hour) on the queue; the queue executor makes the call.
/// JSON (see <see cref="SchedulingJson"/>):
/// <c>{"DomainName":"example.com","AppName":"liveApp","StreamName":"liveStream","HourStart":"2026-02-28T23:00:00Z","Id":"example.com/liveApp/liveStream/2026022823"}</c>
/// (<c>Id</c> is written for people reading the queue and ignored when read).
/// </summary>
/// <param name="DomainName">The main streaming domain.</param>
/// <param name="AppName">The AppName of the stream.</param>
/// <param name="StreamName">The stream name.</param>
/// <param name="HourStart">The start of the UTC hour [HourStart, HourStart + 1 h).</param>
public sealed record IndexWorkItem(string DomainName, string AppName, string StreamName, DateTimeOffset HourStart)
{
    /// <summary>The deterministic id <c>{DomainName}/{AppName}/{StreamName}/{yyyyMMddHH}</c>: the same work always has the same id.</summary>
    public string Id => $"{DomainName}/{AppName}/{StreamName}/{Hour.Key}";

    /// <summary>The hour of the work item (HourStart rounded down; <see cref="TryParse"/> rejects one that is not a whole hour).</summary>
    [JsonIgnore]
    public IndexHour Hour => IndexHour.Containing(HourStart);

    /// <summary>A work item for an hour.</summary>
    public static IndexWorkItem For(string domainName, string appName, string streamName, IndexHour hour) =>
        new(domainName, appName, streamName, hour.Start);

    /// <summary>The queue message text of this work item.</summary>
    public string ToJson() => SchedulingJson.Serialize(this);

    /// <summary>
    /// Reads a queue message: false with a reason when it is not a work item (bad JSON, a missing or empty name, an
    /// HourStart that is not a whole UTC hour). Never throws, so the executor can poison the message with the reason.
    /// </summary>
    public static bool TryParse(string? json, [NotNullWhen(true)] out IndexWorkItem? item, [NotNullWhen(false)] out string? error)
    {
        if (!SchedulingJson.TryDeserialize(json, out item, out error))
        {
            return false;
        }

        error = string.IsNullOrEmpty(item.DomainName) ? "DomainName is empty."
            : string.IsNullOrEmpty(item.AppName) ? "AppName is empty."
            : string.IsNullOrEmpty(item.StreamName) ? "StreamName is empty."
            : !IndexHour.TryFromStart(item.HourStart, out _) ? $"HourStart {item.HourStart:O} is not the start of a whole UTC hour."
            : null;
        if (error is null)
        {
            return true;
        }

        error = $"The IndexWorkItem is not valid: {error}";
        item = null;
        return false;
    }
}
