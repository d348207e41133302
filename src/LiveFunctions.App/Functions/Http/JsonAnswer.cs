using System.Globalization;

namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// One answer of an HTTP function: a status, a JSON body written with <see cref="HttpFunctionJson.Options"/>, and a
/// <c>Retry-After</c> header (whole seconds, at least 1) when the caller should come back later.
/// </summary>
internal sealed class JsonAnswer : IResult
{
    private JsonAnswer(int statusCode, object body, string? requestId, string? code, TimeSpan? retryAfter)
    {
        StatusCode = statusCode;
        Body = body;
        RequestId = requestId;
        Code = code;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The body (an <see cref="ErrorBody"/> for every error).</summary>
    public object Body { get; }

    /// <summary>The RequestId the body reports, if any.</summary>
    public string? RequestId { get; }

    /// <summary>The error code; null for a success.</summary>
    public string? Code { get; }

    /// <summary>The wait sent as <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>A success answer (its RequestId is the <see cref="IAppliedAnswer"/>'s, if the body is one).</summary>
    public static JsonAnswer Success(int statusCode, object body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new(statusCode, body, (body as IAppliedAnswer)?.RequestId, null, null);
    }

    /// <summary>An error answer with a new request id of ours.</summary>
    public static JsonAnswer Error(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Error(error.StatusCode, error.Code, error.Message, null);
    }

    /// <summary>An error answer; a null or empty <paramref name="requestId"/> means a new id of ours.</summary>
    public static JsonAnswer Error(int statusCode, string code, string message, string? requestId, TimeSpan? retryAfter = null)
    {
        var id = string.IsNullOrEmpty(requestId) ? ErrorBody.NewRequestId() : requestId;
        return new(statusCode, new ErrorBody(code, message, id), id, code, retryAfter);
    }

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        if (RetryAfter is { } wait)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return httpContext.Response.WriteAsJsonAsync(Body, Body.GetType(), HttpFunctionJson.Options, HttpFunctionJson.ContentType, httpContext.RequestAborted);
    }
}
