using System.Text.Json.Serialization;

namespace LiveFunctions.Emulator.Protocol.Faults;

/// <summary>What a fault does to a matching request.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
internal enum FaultKind
{
    /// <summary>Answer <c>InternalError</c> 500.</summary>
    InternalError,

    /// <summary>Answer <c>ServiceUnavailable</c> 503.</summary>
    ServiceUnavailable,

    /// <summary>Wait <c>DelayMilliseconds</c> (on the emulator's clock), then serve the request normally.</summary>
    Delay,

    /// <summary>Close the connection without an answer.</summary>
    Drop,

    /// <summary>Answer <c>Throttling.User</c> 400, as if over the QPS limit.</summary>
    Throttle,
}

/// <summary>
/// One fault rule of <c>PUT /_emulator/faults</c>: applies to <see cref="Action"/> (null = every action), fires with
/// <see cref="Probability"/> (default 1), at most <see cref="Count"/> times (null = without end).
/// </summary>
internal sealed record FaultRule
{
    /// <summary>The action it applies to; null for every action.</summary>
    public string? Action { get; init; }

    /// <summary>What it does.</summary>
    public required FaultKind Kind { get; init; }

    /// <summary>The share of matching requests it hits, 0–1.</summary>
    public double Probability { get; init; } = 1;

    /// <summary>How many more times it fires; null without end.</summary>
    public int? Count { get; init; }

    /// <summary>The delay of a <see cref="FaultKind.Delay"/> fault.</summary>
    public int DelayMilliseconds { get; init; }
}

/// <summary>The body of <c>PUT /_emulator/faults</c> and the answer of <c>GET /_emulator/faults</c>.</summary>
internal sealed record FaultSettings
{
    /// <summary>The rules, tried in order; the first that fires wins.</summary>
    public IReadOnlyList<FaultRule> Rules { get; init; } = [];

    /// <summary>A seed for the probability draws, for repeatable runs; null draws from a shared generator.</summary>
    public int? Seed { get; init; }
}
