using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.Core.Callbacks.Processing;

namespace LiveFunctions.App.Functions.SnapshotQueries;

/// <summary>
/// <c>snapshots-latest</c> and <c>snapshots-history</c>: what the processor recorded for a stream. Both only read storage.
/// </summary>
internal static class SnapshotQueryEndpoints
{
    public const string LatestFunction = "snapshots-latest";
    public const string HistoryFunction = "snapshots-history";
    public const string StreamRoute = "/api/domains/{DomainName}/apps/{AppName}/streams/{StreamName}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StreamRoute + "/snapshots/latest", GetLatestAsync).AsFunction(LatestFunction, AuthLevel.Function);
        endpoints.MapGet(StreamRoute + "/snapshots", GetHistoryAsync).AsFunction(HistoryFunction, AuthLevel.Function);
    }

    /// <summary>200 with the stream's newest snapshot; 404 <c>SnapshotNotFound</c> when none was recorded.</summary>
    private static async Task<IResult> GetLatestAsync(
        string domainName, string appName, string streamName, SnapshotReader reader, HttpContext context)
    {
        var latest = await reader.GetLatestAsync(domainName, appName, streamName, context.RequestAborted);
        return latest is null
            ? JsonAnswer.Error(
                StatusCodes.Status404NotFound, "SnapshotNotFound", $"No snapshot has been recorded for {domainName}/{appName}/{streamName}.",
                context.GetFunctionInvocationId())
            : JsonAnswer.Success(StatusCodes.Status200OK, latest);
    }

    /// <summary>200 with the snapshots in [from, to), oldest first; 400 for a bad query string.</summary>
    private static async Task<IResult> GetHistoryAsync(
        string domainName, string appName, string streamName, SnapshotReader reader, HttpContext context)
    {
        var (query, error) = HistoryQueryReader.Read(domainName, appName, streamName, context.Request.Query);
        if (error is not null)
        {
            return JsonAnswer.Error(StatusCodes.Status400BadRequest, error.Code, error.Message, context.GetFunctionInvocationId());
        }

        var page = await reader.GetHistoryAsync(query!, context.RequestAborted);
        return JsonAnswer.Success(StatusCodes.Status200OK, new HistoryBody(domainName, appName, streamName, query!.From, query.To, page.Snapshots, page.Continuation));
    }

    /// <summary>The history answer.</summary>
    private sealed record HistoryBody(
        string DomainName, string AppName, string StreamName, DateTimeOffset From, DateTimeOffset To,
        IReadOnlyList<StoredSnapshot> Snapshots, string? Continuation);
}
