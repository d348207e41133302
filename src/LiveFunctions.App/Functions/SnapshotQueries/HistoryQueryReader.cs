using System.Globalization;
using System.Text.RegularExpressions;
using LiveFunctions.Core.Callbacks.Processing;

namespace LiveFunctions.App.Functions.SnapshotQueries;

/// <summary>A query string mistake: the error code and a sentence naming the parameter.</summary>
internal sealed record QueryError(string Code, string Message);

/// <summary>
/// Reads <c>?from=&amp;to=&amp;limit=&amp;continuation=</c> of the history route. <c>from</c> and <c>to</c> are required
/// ISO-8601 times with <c>Z</c> or an offset (<c>2026-03-01T10:00:00Z</c>), the range is half-open [from, to) and to
/// must be after from; <c>limit</c> is 1 to 1000 (default 100); <c>continuation</c> is the value a previous page gave.
/// </summary>
internal static partial class HistoryQueryReader
{
    public static (SnapshotHistoryQuery? Query, QueryError? Error) Read(string domainName, string appName, string streamName, IQueryCollection query)
    {
        var (from, fromError) = ReadTime(query, "from", "InvalidFrom");
        if (fromError is not null)
        {
            return (null, fromError);
        }

        var (to, toError) = ReadTime(query, "to", "InvalidTo");
        if (toError is not null)
        {
            return (null, toError);
        }

        if (to <= from)
        {
            return (null, new QueryError("InvalidTo.Mismatch", "'to' must be after 'from' (the range is half-open: [from, to))."));
        }

        var limit = SnapshotHistoryQuery.DefaultLimit;
        var limitText = query["limit"].ToString();
        if (limitText.Length > 0
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > SnapshotHistoryQuery.MaxLimit))
        {
            return (null, new QueryError("InvalidLimit.Malformed", $"'limit' must be a whole number from 1 to {SnapshotHistoryQuery.MaxLimit}."));
        }

        var continuation = query["continuation"].ToString();
        if (continuation.Length > 0 && !SnapshotHistoryQuery.IsContinuation(continuation))
        {
            return (null, new QueryError("InvalidContinuation.Malformed", "'continuation' must be the value a previous page returned."));
        }

        return (new SnapshotHistoryQuery(domainName, appName, streamName, from, to, limit, continuation.Length > 0 ? continuation : null), null);
    }

    private static (DateTimeOffset Time, QueryError? Error) ReadTime(IQueryCollection query, string name, string code)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return (default, new QueryError($"Missing{Capitalised(name)}", $"'{name}' is required: a UTC ISO-8601 time such as 2026-03-01T10:00:00Z."));
        }

        if (!IsoTime().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return (default, new QueryError(code + ".Malformed", $"'{name}' must be an ISO-8601 time with Z or an offset, such as 2026-03-01T10:00:00Z."));
        }

        return (time, null);
    }

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    // yyyy-MM-ddTHH:mm[:ss[.fffffff]] followed by Z or ±hh:mm: a time without a zone would be a guess.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoTime();
}
