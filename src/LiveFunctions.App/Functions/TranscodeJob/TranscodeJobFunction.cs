using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.App.Functions.TranscodeJob;

/// <summary>
/// <c>PATCH /api/transcode-jobs/{JobId}</c>: changes an ICE live transcoding job with UpdateLiveTranscodeJob. The body
/// is its parameters, with StreamInput, TranscodeOutput and TimedConfig as JSON objects (sent as JSON strings).
/// </summary>
internal static class TranscodeJobFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "transcode-job";

    /// <summary>The route.</summary>
    public const string Route = "/api/transcode-jobs/{JobId}";

    /// <summary>Maps the route as the proxied HTTP function.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPatch(Route, HandleAsync)
            .AsApplyFunction<UpdateLiveTranscodeJobRequest, AppliedAnswer>(
                Name,
                "Change an ICE live transcoding job (UpdateLiveTranscodeJob)",
                "A non-timed job can change only its Name; a timed job also StreamInput, TranscodeOutput and TimedConfig, but only "
                + "before it starts (the service decides from the job's state).",
                StatusCodes.Status200OK);

    private static Task<IResult> HandleAsync(string jobId, HttpContext context, AlibabaClient client)
    {
        var operation = UpdateLiveTranscodeJobOperation.Instance;
        var call = new HttpFunctionCall(Name, "job " + jobId, operation.Action);
        return HttpFunctionRunner.RunAsync(
            context,
            call,
            [new("JobId", jobId)],
            body => body with { JobId = jobId },
            client,
            operation,
            async (body, cancellationToken) =>
            {
                var updated = await client.UpdateLiveTranscodeJobAsync(body, cancellationToken);
                return JsonAnswer.Success(StatusCodes.Status200OK, new AppliedAnswer(operation.Action, updated.RequestId ?? string.Empty, Outcomes.Updated));
            });
    }
}
