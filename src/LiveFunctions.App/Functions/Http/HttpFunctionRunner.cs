using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// The common flow of the HTTP functions: read <c>?dryRun</c>, read and check the JSON body, put the route values in,
/// then either answer the dry run (nothing sent) or apply the request and map a failure to its answer; one log line per
/// request with the operation, the target, the status, the RequestId and the duration.
/// </summary>
internal static class HttpFunctionRunner
{
    /// <summary>Runs one request.</summary>
    /// <param name="context">The request.</param>
    /// <param name="call">The function, target and first operation (updated by <paramref name="apply"/> as it goes).</param>
    /// <param name="routeValues">The URL's values that the body may repeat but not contradict.</param>
    /// <param name="bind">Puts the route values into the body's request record.</param>
    /// <param name="dryRun">The dry-run answer of a bound request (sends nothing).</param>
    /// <param name="apply">Sends the bound request; throws <see cref="AlibabaApiException"/> when a call fails.</param>
    public static async Task<IResult> RunAsync<TBody>(
        HttpContext context,
        HttpFunctionCall call,
        IReadOnlyList<RouteValue> routeValues,
        Func<TBody, TBody> bind,
        Func<TBody, JsonAnswer> dryRun,
        Func<TBody, CancellationToken, Task<JsonAnswer>> apply)
        where TBody : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(dryRun);
        ArgumentNullException.ThrowIfNull(apply);
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(HttpFunctionsLog.Category);
        var started = time.GetTimestamp();
        long Elapsed() => (long)time.GetElapsedTime(started).TotalMilliseconds;

        if (DryRunQuery.TryRead(context.Request, out var isDryRun) is { } queryError)
        {
            return Refused(logger, call, JsonAnswer.Error(queryError), Elapsed());
        }

        var (body, bodyError) = await JsonBodyReader.ReadAsync<TBody>(context.Request, routeValues, context.RequestAborted);
        if (bodyError is not null)
        {
            return Refused(logger, call, JsonAnswer.Error(bodyError), Elapsed());
        }

        var request = bind(body!);
        if (isDryRun)
        {
            var preview = dryRun(request);
            HttpFunctionsLog.DryRun(logger, call.Function, call.Action, call.Target, preview.StatusCode, Elapsed());
            return preview;
        }

        try
        {
            var answer = await apply(request, context.RequestAborted);
            var outcome = (answer.Body as IAppliedAnswer)?.Outcome ?? string.Empty;
            HttpFunctionsLog.Applied(logger, call.Function, call.Action, call.Target, outcome, answer.StatusCode, answer.RequestId, Elapsed());
            return answer;
        }
        catch (AlibabaApiException e)
        {
            var answer = ServiceErrorMapping.ToAnswer(e, call.Action);
            if (!e.WasSent)
            {
                return Refused(logger, call, answer, Elapsed());
            }

            HttpFunctionsLog.Failed(logger, call.Function, call.Action, call.Target, e.Attempts, e.StatusCode, e.Code, answer.StatusCode, e.RequestId, Elapsed());
            return answer;
        }
    }

    /// <summary>
    /// Runs a request of a function that calls one operation: the dry run is that operation's
    /// <see cref="AlibabaClient.Preview{TRequest, TResponse}"/>.
    /// </summary>
    public static Task<IResult> RunAsync<TBody, TResponse>(
        HttpContext context,
        HttpFunctionCall call,
        IReadOnlyList<RouteValue> routeValues,
        Func<TBody, TBody> bind,
        AlibabaClient client,
        IOpenApiOperation<TBody, TResponse> operation,
        Func<TBody, CancellationToken, Task<JsonAnswer>> apply)
        where TBody : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(operation);
        return RunAsync(context, call, routeValues, bind, body => DryRunQuery.Answer(client.Preview(operation, body)), apply);
    }

    private static JsonAnswer Refused(ILogger logger, HttpFunctionCall call, JsonAnswer answer, long elapsedMs)
    {
        HttpFunctionsLog.Refused(logger, call.Function, call.Target, call.Action, answer.StatusCode, answer.Code ?? string.Empty, answer.RequestId ?? string.Empty, elapsedMs);
        return answer;
    }
}
