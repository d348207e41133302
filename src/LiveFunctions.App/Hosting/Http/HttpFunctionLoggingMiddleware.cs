using LiveFunctions.App.Hosting.Declarations;

namespace LiveFunctions.App.Hosting.Http;

/// <summary>
/// Logs each request to a proxied HTTP function (function name, invocation id, method, status, duration) inside a
/// scope carrying FunctionName and InvocationId, so the endpoint's own logs are correlated too.
/// </summary>
internal sealed class HttpFunctionLoggingMiddleware(RequestDelegate next, TimeProvider time, ILogger<HttpFunctionLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ProxiedHttpFunctionMetadata>() is not { } function)
        {
            await next(context);
            return;
        }

        var invocationId = context.GetFunctionInvocationId();
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["FunctionName"] = function.FunctionName,
            ["InvocationId"] = invocationId,
        });
        var started = time.GetTimestamp();
        var failed = true;
        try
        {
            await next(context);
            failed = false;
        }
        finally
        {
            // An exception escaping the endpoint becomes a 500 after this middleware has returned.
            var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
            HostingLog.HttpFunctionCompleted(logger, function.FunctionName, invocationId, context.Request.Method, status, elapsed);
        }
    }
}

/// <summary>The invocation id of a proxied HTTP function's request.</summary>
internal static class HttpFunctionContextExtensions
{
    private static readonly object ItemKey = new();

    /// <summary>
    /// The host's invocation id (<c>X-Azure-Functions-InvocationId</c>, or <c>x-ms-invocation-id</c> added by the
    /// proxy); standalone, a new id kept for the rest of the request.
    /// </summary>
    public static string GetFunctionInvocationId(this HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var known) && known is string id)
        {
            return id;
        }

        id = context.Request.Headers[Invocation.InvocationEndpoint.InvocationIdHeader].ToString();
        if (string.IsNullOrEmpty(id))
        {
            id = context.Request.Headers["x-ms-invocation-id"].ToString();
        }

        if (string.IsNullOrEmpty(id))
        {
            id = Guid.NewGuid().ToString();
        }

        context.Items[ItemKey] = id;
        return id;
    }
}
