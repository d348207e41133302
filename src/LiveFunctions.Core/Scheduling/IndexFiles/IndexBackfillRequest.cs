using System.Text.Json.Serialization;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// An on-demand backfill of hourly manifests for the range [From, To). Without AppName and StreamName every stream of
/// the domain that was live is found through the publish list (which reaches back 30 days); with both, exactly that
/// stream gets one manifest per hour (back to the 3-month TS retention); with one of them, the publish list is asked for
/// streams with exactly that name. JSON
/// <c>{"DomainName":"example.com","AppName":"liveApp","StreamName":"liveStream","From":"2026-02-27T00:00:00Z","To":"2026-02-28T00:00:00Z"}</c>.
/// </summary>
public sealed record IndexBackfillRequest
{
    /// <summary>The main streaming domain (required).</summary>
    public string? DomainName { get; init; }

    /// <summary>Only streams of this AppName (optional).</summary>
    public string? AppName { get; init; }

    /// <summary>Only streams of this name (optional).</summary>
    public string? StreamName { get; init; }

    /// <summary>Start of the range, <c>yyyy-MM-ddTHH:mm:ssZ</c>; rounded down to the hour (required).</summary>
    public string? From { get; init; }

    /// <summary>End of the range (excluded), <c>yyyy-MM-ddTHH:mm:ssZ</c>; rounded up to the hour, and clipped to the newest hour that has ended (required).</summary>
    public string? To { get; init; }

    /// <summary>True when both AppName and StreamName are given: the stream is known and the publish list is not needed.</summary>
    [JsonIgnore]
    public bool IsSingleStream => !string.IsNullOrEmpty(AppName) && !string.IsNullOrEmpty(StreamName);
}
