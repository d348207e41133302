using System.Text;
using System.Text.Json.Nodes;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Intake;

namespace LiveFunctions.App.Functions.SnapshotCallback;

/// <summary>
/// <c>snapshot-callback</c>: <c>POST /api/callbacks/snapshot</c>, the URL given to Live as the snapshot Callback. It
/// only decides and enqueues (size limit → 413, signature → 401, otherwise the message on <c>snapshot-callbacks</c> and
/// 200), so Live gets its answer at once; no storage read and no Alibaba call happens here. Under the Functions host the
/// message goes out through the queue output binding; standalone the app writes it before answering.
/// </summary>
internal static partial class SnapshotCallbackFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "snapshot-callback";

    /// <summary>The route below <c>/api/</c>.</summary>
    public const string Route = "callbacks/snapshot";

    /// <summary>The queue output binding's name.</summary>
    public const string OutputBinding = "callbacks";

    /// <summary>The declaration (function.json: httpTrigger POST, http output, queue output <c>snapshot-callbacks</c>).</summary>
    public static HttpEnvelopeFunction Definition { get; } = new(
        Name, Route, ["POST"], AuthLevel.Function, HandleAsync, [new QueueOutputBinding(OutputBinding, SnapshotCallbackIntake.QueueName)]);

    public static ValueTask<HttpFunctionResponse> HandleAsync(HttpFunctionRequest request, FunctionContext context)
    {
        var intake = context.Services.GetRequiredService<SnapshotCallbackIntake>();
        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SnapshotCallbackFunction));
        var result = Decide(intake, request, context.InvocationId);
        if (result.Accepted)
        {
            // Passed as a JSON object: the host base64-decodes string outputs that look like base64 (spec 1.8).
            context.Outputs.AddQueueMessage(OutputBinding, JsonNode.Parse(result.QueueMessage!)!);
            var message = result.Message!;
            LogAccepted(logger, message.DedupeKey, message.Understood, message.AuthenticatedWith, context.InvocationId);
            return ValueTask.FromResult(HttpFunctionResponse.Json(200, new AcceptedBody(result.Code, result.Reason, context.InvocationId, message.DedupeKey)));
        }

        LogRejected(logger, result.StatusCode, result.Code, context.InvocationId);
        return ValueTask.FromResult(HttpFunctionResponse.Json(result.StatusCode, new ErrorBody(result.Code, result.Reason, context.InvocationId)));
    }

    private static SnapshotIntakeResult Decide(SnapshotCallbackIntake intake, HttpFunctionRequest request, string invocationId)
    {
        // Every character is at least one UTF-8 byte, so a long text or a declared length over the limit is too large
        // without encoding anything.
        var body = request.Body ?? string.Empty;
        if (DeclaredLength(request) > intake.MaxBodyBytes || body.Length > intake.MaxBodyBytes)
        {
            return intake.TooLarge();
        }

        // The host gives the body as text; Live sends UTF-8 JSON, so its bytes are the text's UTF-8.
        return intake.Receive(
            request.GetHeader("Host") ?? request.Url.Authority,
            request.GetHeader(SnapshotCallbackHeaders.Timestamp),
            request.GetHeader(SnapshotCallbackHeaders.Signature),
            Encoding.UTF8.GetBytes(body),
            invocationId);
    }

    private static long? DeclaredLength(HttpFunctionRequest request) =>
        long.TryParse(request.GetHeader("Content-Length"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
            ? length
            : null;

    /// <summary>The 200 answer: what was decided and the snapshot's key.</summary>
    private sealed record AcceptedBody(string Code, string Message, string RequestId, string DedupeKey);

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information,
        Message = "Snapshot callback accepted and queued: key {DedupeKey}, understood {Understood}, authenticated with {AuthenticatedWith} (invocation {InvocationId})")]
    private static partial void LogAccepted(ILogger logger, string dedupeKey, bool understood, CallbackAuthKey authenticatedWith, string invocationId);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Snapshot callback refused with {StatusCode} {Code}; nothing queued (invocation {InvocationId})")]
    private static partial void LogRejected(ILogger logger, int statusCode, string code, string invocationId);
}
