using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.Core.Callbacks.Intake;

namespace LiveFunctions.App.Functions.SnapshotCallback;

/// <summary>
/// Standalone, the app itself receives <c>POST /api/callbacks/snapshot</c>. This middleware reads at most
/// SnapshotCallbacks:MaxBodyBytes + 1 bytes of the body before the function runs: a declared or actual length over the
/// limit is answered 413 at once, without reading the rest; a body within it is handed on from memory. (Under the
/// Functions host the host reads the body and the function checks its size.)
/// </summary>
internal sealed partial class SnapshotCallbackBodyLimit(RequestDelegate next, ILogger<SnapshotCallbackBodyLimit> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<StandaloneHttpEndpointMetadata>() is not { FunctionName: SnapshotCallbackFunction.Name })
        {
            await next(context);
            return;
        }

        var intake = context.RequestServices.GetRequiredService<SnapshotCallbackIntake>();
        var body = context.Request.ContentLength > intake.MaxBodyBytes
            ? null
            : await SnapshotCallbackIntake.ReadBodyAsync(context.Request.Body, intake.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            var tooLarge = intake.TooLarge();
            var requestId = context.GetFunctionInvocationId();
            LogTooLarge(logger, context.Request.ContentLength, intake.MaxBodyBytes, requestId);
            await JsonAnswer.Error(tooLarge.StatusCode, tooLarge.Code, tooLarge.Reason, requestId).ExecuteAsync(context);
            return;
        }

        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        await next(context);
    }

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning,
        Message = "Snapshot callback refused with 413: the body (declared length {DeclaredLength}) is over SnapshotCallbacks:MaxBodyBytes ({MaxBodyBytes}); nothing queued (request {RequestId})")]
    private static partial void LogTooLarge(ILogger logger, long? declaredLength, int maxBodyBytes, string requestId);
}
