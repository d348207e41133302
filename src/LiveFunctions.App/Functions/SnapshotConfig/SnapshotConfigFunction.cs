using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;

namespace LiveFunctions.App.Functions.SnapshotConfig;

/// <summary>
/// <c>PUT /api/domains/{DomainName}/apps/{AppName}/snapshot-config</c>: changes the app's snapshot configuration with
/// UpdateLiveAppSnapshotConfig; the body is its parameters. There is no create fallback: Core has no
/// AddLiveAppSnapshotConfig, so a missing configuration answers 404 <c>InvalidConfig.NotFound</c> saying so.
/// </summary>
internal static class SnapshotConfigFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "snapshot-config";

    /// <summary>The route.</summary>
    public const string Route = "/api/domains/{DomainName}/apps/{AppName}/snapshot-config";

    /// <summary>Maps the route as the proxied HTTP function.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPut(Route, HandleAsync)
            .AsApplyFunction<UpdateLiveAppSnapshotConfigRequest, AppliedAnswer>(
                Name,
                "Change the snapshot configuration (UpdateLiveAppSnapshotConfig)",
                "Changes the fields given; takes effect when the stream is next ingested. A missing configuration answers 404 "
                + "InvalidConfig.NotFound (this API does not create snapshot configurations).",
                StatusCodes.Status200OK);

    private static Task<IResult> HandleAsync(string domainName, string appName, HttpContext context, AlibabaClient client)
    {
        var operation = UpdateLiveAppSnapshotConfigOperation.Instance;
        var call = new HttpFunctionCall(Name, $"{domainName}/{appName}", operation.Action);
        return HttpFunctionRunner.RunAsync(
            context,
            call,
            [new("DomainName", domainName), new("AppName", appName)],
            body => body with { DomainName = domainName, AppName = appName },
            client,
            operation,
            async (body, cancellationToken) =>
            {
                try
                {
                    var updated = await client.UpdateLiveAppSnapshotConfigAsync(body, cancellationToken);
                    return JsonAnswer.Success(StatusCodes.Status200OK, new AppliedAnswer(operation.Action, updated.RequestId, Outcomes.Updated));
                }
                catch (AlibabaApiException e) when (e.WasSent && e.Code == ServiceCodes.ConfigNotFound)
                {
                    return JsonAnswer.Error(
                        StatusCodes.Status404NotFound,
                        e.Code,
                        $"No snapshot config exists for {call.Target}. This route only changes an existing one "
                        + "(UpdateLiveAppSnapshotConfig); create it first with AddLiveAppSnapshotConfig.",
                        e.RequestId);
                }
            });
    }
}
