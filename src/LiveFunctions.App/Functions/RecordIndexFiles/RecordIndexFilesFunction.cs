using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

namespace LiveFunctions.App.Functions.RecordIndexFiles;

/// <summary>
/// <c>POST /api/domains/{DomainName}/apps/{AppName}/streams/{StreamName}/record-index-files</c>: creates an M3U8 index
/// of the stream's recording in a time range with CreateLiveStreamRecordIndexFiles, and answers its RecordInfo.
/// </summary>
internal static class RecordIndexFilesFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "record-index-files";

    /// <summary>The route.</summary>
    public const string Route = "/api/domains/{DomainName}/apps/{AppName}/streams/{StreamName}/record-index-files";

    /// <summary>Maps the route as the proxied HTTP function.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync)
            .AsApplyFunction<CreateLiveStreamRecordIndexFilesRequest, RecordIndexFilesAnswer>(
                Name,
                "Create an M3U8 index file for a time range (CreateLiveStreamRecordIndexFiles)",
                "Writes an M3U8 manifest of the stream's recorded TS segments between StartTime and EndTime to OssBucket/OssObject "
                + "and answers its RecordInfo.",
                StatusCodes.Status201Created);

    private static Task<IResult> HandleAsync(string domainName, string appName, string streamName, HttpContext context, AlibabaClient client)
    {
        var operation = CreateLiveStreamRecordIndexFilesOperation.Instance;
        var call = new HttpFunctionCall(Name, $"{domainName}/{appName}/{streamName}", operation.Action);
        return HttpFunctionRunner.RunAsync(
            context,
            call,
            [new("DomainName", domainName), new("AppName", appName), new("StreamName", streamName)],
            body => body with { DomainName = domainName, AppName = appName, StreamName = streamName },
            client,
            operation,
            async (body, cancellationToken) =>
            {
                var created = await client.CreateLiveStreamRecordIndexFilesAsync(body, cancellationToken);
                var answer = new RecordIndexFilesAnswer(operation.Action, created.RequestId ?? string.Empty, Outcomes.Created, created.RecordInfo);
                return JsonAnswer.Success(StatusCodes.Status201Created, answer);
            });
    }
}

/// <summary>The answer of record-index-files: the call and the manifest the service created.</summary>
/// <param name="Action">CreateLiveStreamRecordIndexFiles.</param>
/// <param name="RequestId">The service's RequestId.</param>
/// <param name="Outcome"><see cref="Outcomes.Created"/>.</param>
/// <param name="RecordInfo">The manifest: RecordId, RecordUrl, times, duration, size, OSS location.</param>
internal sealed record RecordIndexFilesAnswer(string Action, string RequestId, string Outcome, RecordInfo? RecordInfo) : IAppliedAnswer;
