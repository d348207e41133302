using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveRecordVodConfig;

namespace LiveFunctions.App.Functions.VodRecordConfig;

/// <summary>
/// <c>PUT /api/domains/{DomainName}/apps/{AppName}/vod-record-config</c>: adds a live-to-VOD recording configuration
/// with AddLiveRecordVodConfig. The body is its parameters. An existing configuration answers the service's
/// <c>ConfigAlreadyExists</c> (400), except after a retried call, where an earlier attempt created it (201,
/// <c>CreatedByEarlierAttempt</c>; Core has no Describe of VOD configs to check it with).
/// </summary>
internal static class VodRecordConfigFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "vod-record-config";

    /// <summary>The route.</summary>
    public const string Route = "/api/domains/{DomainName}/apps/{AppName}/vod-record-config";

    /// <summary>Maps the route as the proxied HTTP function.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut(Route, HandleAsync)
            .AsApplyFunction<AddLiveRecordVodConfigRequest, AppliedAnswer>(
                Name,
                "Add a live-to-VOD recording configuration (AddLiveRecordVodConfig)",
                "Records the domain/app (StreamName in the body: one stream) into ApsaraVideo VOD. An existing configuration "
                + "answers ConfigAlreadyExists.",
                StatusCodes.Status201Created);

    private static Task<IResult> HandleAsync(string domainName, string appName, HttpContext context, AlibabaClient client)
    {
        var operation = AddLiveRecordVodConfigOperation.Instance;
        var call = new HttpFunctionCall(Name, $"{domainName}/{appName}", operation.Action);
        return HttpFunctionRunner.RunAsync(
            context,
            call,
            [new("DomainName", domainName), new("AppName", appName)],
            body =>
            {
                call.Target = string.IsNullOrEmpty(body.StreamName) ? call.Target : $"{call.Target}/{body.StreamName}";
                return body with { DomainName = domainName, AppName = appName };
            },
            client,
            operation,
            async (body, cancellationToken) =>
            {
                try
                {
                    var created = await client.AddLiveRecordVodConfigAsync(body, cancellationToken);
                    return JsonAnswer.Success(StatusCodes.Status201Created, new AppliedAnswer(operation.Action, created.RequestId, Outcomes.Created));
                }
                catch (AlibabaApiException e) when (e.WasSent && e.Code == ServiceCodes.ConfigAlreadyExists && e.Attempts > 1)
                {
                    var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(HttpFunctionsLog.Category);
                    HttpFunctionsLog.CreatedByEarlierAttempt(logger, Name, operation.Action, call.Target, e.Attempts, "not verified: no Describe of VOD configs in Core");
                    return JsonAnswer.Success(StatusCodes.Status201Created, new AppliedAnswer(operation.Action, e.RequestId ?? string.Empty, Outcomes.CreatedByEarlierAttempt));
                }
            });
    }
}
