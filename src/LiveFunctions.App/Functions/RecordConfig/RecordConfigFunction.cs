using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;
using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

namespace LiveFunctions.App.Functions.RecordConfig;

/// <summary>
/// <c>PUT /api/domains/{DomainName}/apps/{AppName}/record-config</c>: applies an OSS recording configuration with
/// UpdateLiveAppRecordConfig, and creates it with AddLiveAppRecordConfig when none exists yet and the body says where
/// recordings go (OssBucket and the object prefixes). The body is AddLiveAppRecordConfig's parameters.
/// </summary>
internal static class RecordConfigFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "record-config";

    /// <summary>The route.</summary>
    public const string Route = "/api/domains/{DomainName}/apps/{AppName}/record-config";

    /// <summary>Maps the route as the proxied HTTP function.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut(Route, HandleAsync)
            .AsApplyFunction<AddLiveAppRecordConfigRequest, AppliedAnswer>(
                Name,
                "Apply an OSS recording configuration (UpdateLiveAppRecordConfig; AddLiveAppRecordConfig when none exists)",
                "Updates the recording configuration of the domain/app (StreamName in the body: of one stream). When none exists "
                + "and the body has OssBucket and the object prefixes, creates it (201). OssBucket and the prefixes cannot be "
                + "changed by an update; the answer lists them under NotApplied.",
                StatusCodes.Status200OK,
                StatusCodes.Status201Created);

    private static Task<IResult> HandleAsync(string domainName, string appName, HttpContext context, AlibabaClient client)
    {
        var call = new HttpFunctionCall(Name, $"{domainName}/{appName}", UpdateLiveAppRecordConfigOperation.Instance.Action);
        return HttpFunctionRunner.RunAsync<AddLiveAppRecordConfigRequest>(
            context,
            call,
            [new("DomainName", domainName), new("AppName", appName)],
            body =>
            {
                var bound = body with { DomainName = domainName, AppName = appName };
                call.Target = RecordConfigApplier.TargetOf(bound);
                return bound;
            },
            body => RecordConfigApplier.DryRun(client, body),
            (body, cancellationToken) => new RecordConfigApplier(client, call, Logger(context)).ApplyAsync(body, cancellationToken));
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(HttpFunctionsLog.Category);
}
