namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>A time range of one stream's snapshot history, half-open [<see cref="From"/>, <see cref="To"/>), oldest first.</summary>
/// <param name="DomainName">The streaming domain (compared ignoring case).</param>
/// <param name="AppName">The application name.</param>
/// <param name="StreamName">The stream name.</param>
/// <param name="From">The first instant included (UTC).</param>
/// <param name="To">The first instant no longer included (UTC); after <paramref name="From"/>.</param>
/// <param name="Limit">The most snapshots in one page (1 to <see cref="MaxLimit"/>).</param>
/// <param name="Continuation">The <see cref="SnapshotHistoryPage.Continuation"/> of the previous page, to read the next one.</param>
public sealed record SnapshotHistoryQuery(
    string DomainName, string AppName, string StreamName, DateTimeOffset From, DateTimeOffset To, int Limit = SnapshotHistoryQuery.DefaultLimit,
    string? Continuation = null)
{
    /// <summary>The page size when none is given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 1000;

    /// <summary>
    /// Whether <paramref name="continuation"/> has the form of a continuation (<c>{yyyyMMddHHmmss}-{8 hex}</c>, the name of the
    /// last history entry of a page).
    /// </summary>
    public static bool IsContinuation(string? continuation) =>
        continuation is { Length: 23 } c && c[14] == '-' && c[..14].All(char.IsAsciiDigit) && c[15..].All(char.IsAsciiHexDigitLower);
}

/// <summary>One page of a stream's snapshot history.</summary>
/// <param name="Snapshots">The snapshots in the range, oldest first.</param>
/// <param name="Continuation">Pass as <see cref="SnapshotHistoryQuery.Continuation"/> (same range) for the next page; null on the last page.</param>
public sealed record SnapshotHistoryPage(IReadOnlyList<StoredSnapshot> Snapshots, string? Continuation);
