using System.Text.Json.Nodes;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>What an action handler answers: a JSON body (RequestId is added by the pipeline) or a service error.</summary>
internal sealed record ActionResult(JsonObject? Body, ServiceError? Error)
{
    /// <summary>A successful answer; the pipeline adds <c>RequestId</c>.</summary>
    public static ActionResult Ok(JsonObject? body = null) => new(body ?? [], null);

    /// <summary>An error answer.</summary>
    public static ActionResult Fail(ServiceError error) => new(null, error);

    /// <summary>An error answer.</summary>
    public static ActionResult Fail(int status, string code, string message) => new(null, new ServiceError(status, code, message));
}
