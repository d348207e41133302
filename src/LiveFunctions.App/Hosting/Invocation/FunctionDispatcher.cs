using System.Text.Json;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers;

namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>
/// The one dispatch path for envelope invocations: <c>POST /{FunctionName}</c> from the Functions host, and standalone
/// the timer scheduler, the queue listener and the envelope HTTP adapter all build the same envelope and come here.
/// Failure policy per trigger: a queue function that throws answers 500 (failed: the message is retried, then
/// poisoned); a timer that throws answers 200 with the error in Logs (timers are not retried; the next occurrence
/// runs); an envelope HTTP function that throws answers <c>Outputs.res</c> 500 and emits no queue outputs.
/// </summary>
internal sealed class FunctionDispatcher(
    IServiceScopeFactory scopes, FunctionsHostingMode mode, TimeProvider time, ILogger<FunctionDispatcher> logger)
{
    /// <summary>Invokes <paramref name="definition"/> with an envelope <c>{"Data":{…},"Metadata":{…}}</c>.</summary>
    public async Task<InvocationResponse> DispatchAsync(
        FunctionDefinition definition, JsonElement envelope, string? invocationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        invocationId = string.IsNullOrWhiteSpace(invocationId) ? Guid.NewGuid().ToString() : invocationId;
        var trigger = TriggerOf(definition);
        using var logScope = logger.BeginScope(new Dictionary<string, object>
        {
            ["FunctionName"] = definition.Name,
            ["InvocationId"] = invocationId,
        });

        var started = time.GetTimestamp();
        var response = await InvokeAsync(definition, envelope, invocationId, trigger, cancellationToken);
        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        HostingLog.InvocationCompleted(logger, definition.Name, invocationId, trigger, response.StatusCode, elapsed);
        return response;
    }

    private async Task<InvocationResponse> InvokeAsync(
        FunctionDefinition definition, JsonElement envelope, string invocationId, string trigger, CancellationToken cancellationToken)
    {
        if (envelope.ValueKind != JsonValueKind.Object)
        {
            return Rejected(definition, invocationId, "the body is not a JSON object");
        }

        var data = EnvelopeValues.Member(envelope, "Data");
        var metadata = EnvelopeValues.Member(envelope, "Metadata");
        var triggerData = EnvelopeValues.Member(data, definition.TriggerName);
        var outputs = new FunctionOutputs(definition.QueueOutputs);
        await using var scope = scopes.CreateAsyncScope();
        var context = new FunctionContext(definition.Name, invocationId, outputs, scope.ServiceProvider, cancellationToken);

        try
        {
            switch (definition)
            {
                case TimerFunction timer:
                    await timer.Handler(TimerInfo.FromEnvelope(triggerData), context);
                    return Success(context, outputs);

                case QueueFunction queue:
                    var message = QueueMessageInput.FromEnvelope(triggerData, metadata);
                    if (message is null)
                    {
                        return Rejected(definition, invocationId, $"Data.{definition.TriggerName} (the message text) is missing");
                    }

                    await queue.Handler(message, context);
                    return Success(context, outputs);

                case HttpEnvelopeFunction http:
                    if (triggerData.ValueKind != JsonValueKind.Object)
                    {
                        return Rejected(definition, invocationId, $"Data.{definition.TriggerName} (the HTTP request) is missing");
                    }

                    var httpResponse = await http.Handler(HttpFunctionRequest.FromEnvelope(triggerData), context);
                    return Success(context, outputs, httpResponse);

                default:
                    throw new InvalidOperationException($"Function '{definition.Name}' has an unknown kind {definition.GetType().Name}.");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            HostingLog.InvocationFailed(logger, exception, definition.Name, invocationId, trigger);
            context.Log($"{definition.Name} failed: {exception.GetType().Name}: {exception.Message}");
            return definition switch
            {
                QueueFunction => InvocationResponse.Create(StatusCodes.Status500InternalServerError, null, context.Logs),
                HttpEnvelopeFunction => InvocationResponse.Create(
                    StatusCodes.Status200OK, null, context.Logs, HttpFunctionResponse.Json(StatusCodes.Status500InternalServerError, ServerError(invocationId))),
                _ => Success(context, null),
            };
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the invocation did not complete; the host (or the standalone source) retries what it retries.
            context.Log($"{definition.Name} was cancelled");
            return InvocationResponse.Create(StatusCodes.Status503ServiceUnavailable, null, context.Logs);
        }
    }

    private InvocationResponse Success(FunctionContext context, FunctionOutputs? outputs, HttpFunctionResponse? http = null)
    {
        var logs = context.Logs;
        if (mode.Standalone)
        {
            // Under the host the Logs lines reach the invocation log; standalone there is no host, so log them here.
            foreach (var line in logs)
            {
                HostingLog.FunctionLogLine(logger, context.FunctionName, context.InvocationId, line);
            }
        }

        return InvocationResponse.Create(StatusCodes.Status200OK, outputs, logs, http);
    }

    private InvocationResponse Rejected(FunctionDefinition definition, string invocationId, string reason)
    {
        HostingLog.EnvelopeRejected(logger, definition.Name, invocationId, reason);
        return InvocationResponse.Create(StatusCodes.Status400BadRequest, null, [$"{definition.Name}: malformed invocation envelope: {reason}"]);
    }

    private static object ServerError(string invocationId) => new Dictionary<string, string>
    {
        ["Code"] = "InternalError",
        ["Message"] = "The function failed; see the logs of invocation " + invocationId + ".",
        ["RequestId"] = invocationId,
    };

    /// <summary>The trigger kind as logged: timer, queue or http.</summary>
    public static string TriggerOf(FunctionDefinition definition) => definition switch
    {
        TimerFunction => "timer",
        QueueFunction => "queue",
        _ => "http",
    };
}
