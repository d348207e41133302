using System.Text.Json.Serialization;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// How far the hourly timer has planned one domain: every hour up to and including <see cref="LastPlannedHourStart"/>
/// has been planned (its work items are on the queue) or deliberately skipped (older than the backfill limit).
/// Kept at <see cref="SchedulingStorageNames.IndexCheckpointBlob"/>; JSON
/// <c>{"DomainName":"example.com","LastPlannedHourStart":"2026-02-28T23:00:00Z","UpdatedAt":"2026-03-01T00:05:02Z"}</c>.
/// </summary>
/// <param name="DomainName">The streaming domain.</param>
/// <param name="LastPlannedHourStart">The start of the newest hour planned.</param>
/// <param name="UpdatedAt">When the timer wrote the checkpoint.</param>
public sealed record IndexCheckpoint(string DomainName, DateTimeOffset LastPlannedHourStart, DateTimeOffset UpdatedAt)
{
    /// <summary>The newest hour planned (a start that is not a whole hour is rounded down).</summary>
    [JsonIgnore]
    public IndexHour LastPlannedHour => IndexHour.Containing(LastPlannedHourStart);
}
