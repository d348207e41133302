namespace LiveFunctions.Core.Callbacks.Parsing;

/// <summary>What was made of a callback body: the snapshot when understood, else the reason it was not.</summary>
/// <param name="Understood">True when <paramref name="Event"/> is set.</param>
/// <param name="Event">The snapshot, when understood.</param>
/// <param name="Problem">Why the body was not understood (names keys, never values), when not understood.</param>
public sealed record SnapshotParseResult(bool Understood, SnapshotEvent? Event, string? Problem)
{
    internal static SnapshotParseResult Of(SnapshotEvent snapshot) => new(true, snapshot, null);

    internal static SnapshotParseResult NotUnderstood(string problem) => new(false, null, problem);
}
