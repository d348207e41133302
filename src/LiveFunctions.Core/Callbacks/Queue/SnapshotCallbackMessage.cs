using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Callbacks.Queue;

/// <summary>
/// What the intake puts on the <c>snapshot-callbacks</c> queue for one received callback (JSON, PascalCase, see
/// <see cref="SnapshotCallbackMessageJson"/>). Built by <see cref="SnapshotCallbackMessages.Create(ReadOnlyMemory{byte}, CallbackAuthResult, DateTimeOffset, string?)"/>, which keeps it
/// within the queue's size limit.
/// </summary>
public sealed record SnapshotCallbackMessage
{
    /// <summary>The message layout version written today.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The layout version (<see cref="CurrentVersion"/>).</summary>
    public int Version { get; init; } = CurrentVersion;

    /// <summary>When the intake received the callback (UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Which key the callback's signature matched; <see cref="CallbackAuthKey.None"/> when no key is configured.</summary>
    public required CallbackAuthKey AuthenticatedWith { get; init; }

    /// <summary>Whether a signature was checked and matched (written for readers; derived from <see cref="AuthenticatedWith"/>).</summary>
    public bool Authenticated => AuthenticatedWith != CallbackAuthKey.None;

    /// <summary>
    /// An id of the receipt chosen by the intake (the Functions invocation id of the HTTP call), so the processing logs
    /// can be tied to the intake's; absent when the intake gave none.
    /// </summary>
    public string? ReceiptId { get; init; }

    /// <summary>The callback host the signature was checked against, when known.</summary>
    public string? CallbackHost { get; init; }

    /// <summary>Whether the body was understood; when false <see cref="Snapshot"/> is null and <see cref="Problem"/> says why.</summary>
    public required bool Understood { get; init; }

    /// <summary>Why the body was not understood.</summary>
    public string? Problem { get; init; }

    /// <summary>The snapshot, when understood.</summary>
    public SnapshotEvent? Snapshot { get; init; }

    /// <summary>The exactly-once key (<see cref="SnapshotDedupeKey"/>).</summary>
    public required string DedupeKey { get; init; }

    /// <summary>The body as received (UTF-8 text); only a prefix when <see cref="RawBodyTruncated"/>.</summary>
    public required string RawBody { get; init; }

    /// <summary>The size of the body as received, in bytes.</summary>
    public required int RawBodyBytes { get; init; }

    /// <summary>Lower-case hex SHA-256 of the body bytes as received (whole, even when truncated here).</summary>
    public required string RawBodySha256 { get; init; }

    /// <summary>True when <see cref="RawBody"/> had to be cut so the message fits a queue message.</summary>
    public bool RawBodyTruncated { get; init; }
}
