using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol.Faults;
using LiveFunctions.Emulator.Protocol.Persistence;
using LiveFunctions.Emulator.Protocol.Signing;
using LiveFunctions.Emulator.Protocol.Throttling;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol.Pipeline;

/// <summary>
/// The RPC endpoint (<c>GET|POST /</c>) for every product and version: verify the signature, then apply a configured
/// fault, then the QPS limit, then the action; every call lands in the request log, and a served call schedules a
/// save of the state.
/// </summary>
internal sealed partial class OpenApiEndpoint(
    RequestVerifier verifier,
    QpsThrottle throttle,
    FaultInjector faults,
    RequestLog log,
    EmulatorActionTable actions,
    EmulatorPersistence persistence,
    TimeProvider time,
    IOptions<EmulatorOptions> options,
    ILogger<OpenApiEndpoint> logger)
{
    /// <summary>The Live API version.</summary>
    public const string LiveVersion = "2016-11-01";

    /// <summary>The ICE API version.</summary>
    public const string IceVersion = "2020-11-09";

    /// <summary>Answers one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString("D").ToUpperInvariant();
        var hostId = options.Value.HostId ?? (context.Request.Host.HasValue ? context.Request.Host.Value! : "localhost");
        var request = await IncomingRequest.ReadAsync(context.Request, context.RequestAborted);
        if (IsPlainProbe(request))
        {
            await AnswerProbeAsync(context, requestId);
            return;
        }

        var arrival = time.GetUtcNow();
        var verification = request.Method is "GET" or "POST"
            ? verifier.Verify(request, arrival)
            : new Verification(null, null, new Dictionary<string, string>(StringComparer.Ordinal), AnswerFormat.Json, null, null, ServiceErrors.UnsupportedHttpMethod(request.Method));
        var product = verification.Version == IceVersion ? "ICE" : "live";

        async Task FailAsync(ServiceError error)
        {
            log.Add(verification.Action, verification.Parameters, error.Status, error.Code);
            LogAnswered(logger, verification.Action, error.Status, error.Code);
            await AnswerWriter.WriteErrorAsync(context, error, requestId, hostId, product, verification.Format);
        }

        if (verification.Error is { } refused)
        {
            await FailAsync(refused);
            return;
        }

        var action = verification.Action!;
        switch (faults.Next(action))
        {
            case { Kind: FaultKind.InternalError }:
                await FailAsync(ServiceErrors.InternalError);
                return;
            case { Kind: FaultKind.ServiceUnavailable }:
                await FailAsync(ServiceErrors.ServiceUnavailable);
                return;
            case { Kind: FaultKind.Throttle }:
                await FailAsync(ServiceErrors.ThrottlingUser);
                return;
            case { Kind: FaultKind.Drop }:
                log.Add(action, verification.Parameters, 0, null);
                LogDropped(logger, action);
                context.Abort();
                return;
            case { Kind: FaultKind.Delay } delay:
                await Task.Delay(TimeSpan.FromMilliseconds(delay.DelayMilliseconds), time, context.RequestAborted);
                break;
        }

        if (!throttle.TryAcquire(verification.Account!, action, time.GetUtcNow()))
        {
            await FailAsync(ServiceErrors.ThrottlingUser);
            return;
        }

        actions.TryGet(verification.Version!, action, out var handler);
        ActionResult result;
        try
        {
            result = handler(new ActionContext(action, verification.Version!, verification.Parameters, verification.AccessKeyId!, arrival, requestId));
        }
#pragma warning disable CA1031 // A failing handler must answer InternalError like the service, not crash the connection.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogHandlerFailed(logger, exception, action);
            result = ActionResult.Fail(ServiceErrors.InternalError);
        }

        if (result.Error is { } error)
        {
            await FailAsync(error);
            return;
        }

        log.Add(action, verification.Parameters, StatusCodes.Status200OK, null);
        LogAnswered(logger, action, StatusCodes.Status200OK, null);
        persistence.RequestSave();
        await AnswerWriter.WriteSuccessAsync(context, action, requestId, result.Body ?? [], verification.Format);
    }

    // A bare GET / (no parameters, no V3 headers) is a readiness probe or a curious browser: answer a friendly 200.
    private static bool IsPlainProbe(IncomingRequest request) =>
        request.Method == "GET" && request.Query.Count == 0 && request.Form.Count == 0
        && request.Header("x-acs-action") is null && request.Header("Authorization") is null;

    private Task AnswerProbeAsync(HttpContext context, string requestId)
    {
        var body = new JsonObject
        {
            ["Service"] = "LiveFunctions emulator (ApsaraVideo Live + ICE OpenAPI)",
            ["Products"] = new JsonArray(
                new JsonObject { ["Product"] = "live", ["Version"] = LiveVersion },
                new JsonObject { ["Product"] = "ice", ["Version"] = IceVersion }),
            ["Actions"] = new JsonArray([.. actions.Actions.OrderBy(a => a.Action, StringComparer.Ordinal).Select(a => (JsonNode)$"{a.Version}/{a.Action}")]),
            ["DeveloperEndpoints"] = "/_emulator/",
        };
        return AnswerWriter.WriteSuccessAsync(context, "Emulator", requestId, body, AnswerFormat.Json);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "OpenAPI call {Action} answered {Status} {Code}")]
    private static partial void LogAnswered(ILogger logger, string? action, int status, string? code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fault: dropped the connection of a {Action} call")]
    private static partial void LogDropped(ILogger logger, string action);

    [LoggerMessage(Level = LogLevel.Error, Message = "The handler of {Action} failed; answering InternalError")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string action);
}
