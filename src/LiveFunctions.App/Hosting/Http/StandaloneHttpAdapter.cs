using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using Microsoft.AspNetCore.Http.Extensions;

namespace LiveFunctions.App.Hosting.Http;

/// <summary>
/// Standalone, an envelope HTTP function serves its <c>/api/{route}</c> itself: the request is turned into the same
/// <c>Data.req</c> the host would send, dispatched on the one path, its queue outputs are written through
/// <see cref="IQueueOutputWriter"/> (before answering, so a success means the messages are queued), and
/// <c>Outputs.res</c> becomes the response.
/// </summary>
internal static class StandaloneHttpAdapter
{
    public static async Task HandleAsync(HttpContext context)
    {
        var definition = context.GetEndpoint()?.Metadata.GetMetadata<FunctionDefinition>()
            ?? throw new InvalidOperationException("The endpoint has no function definition.");
        var services = context.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var invocationId = Guid.NewGuid().ToString();

        var request = await ToEnvelopeRequestAsync(context);
        var envelope = EnvelopeBuilder.Build(definition.Name, time.GetUtcNow(), new JsonObject { [definition.TriggerName] = request });
        var response = await services.GetRequiredService<FunctionDispatcher>()
            .DispatchAsync(definition, envelope, invocationId, context.RequestAborted);

        var http = response.HttpResponse;
        if (!response.Succeeded || http is null)
        {
            await WriteAsync(context, HttpFunctionResponse.Empty(StatusCodes.Status500InternalServerError));
            return;
        }

        try
        {
            await QueueOutputs.WriteAllAsync(services.GetRequiredService<IQueueOutputWriter>(), response, context.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            HostingLog.OutputWriteFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StandaloneHttpAdapter)), exception, definition.Name, invocationId);
            await WriteAsync(context, HttpFunctionResponse.Empty(StatusCodes.Status500InternalServerError));
            return;
        }

        await WriteAsync(context, http);
    }

    /// <summary>The request in the host's <c>Data.req</c> shape: {Url, Method, Query, Headers (arrays), Params, Body}.</summary>
    public static async Task<JsonObject> ToEnvelopeRequestAsync(HttpContext context)
    {
        var request = context.Request;
        var query = new JsonObject();
        foreach (var (name, values) in request.Query)
        {
            query[name] = values.ToString();
        }

        var headers = new JsonObject();
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }

        var routeValues = new JsonObject();
        foreach (var (name, value) in request.RouteValues)
        {
            routeValues[name] = value?.ToString();
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var result = new JsonObject
        {
            ["Url"] = request.GetDisplayUrl(),
            ["Method"] = request.Method,
            ["Query"] = query,
            ["Headers"] = headers,
            ["Params"] = routeValues,
        };
        if (body.Length > 0)
        {
            result["Body"] = body;
        }

        return result;
    }

    private static async Task WriteAsync(HttpContext context, HttpFunctionResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.ContentType = value;
            }
            else
            {
                context.Response.Headers[name] = value;
            }
        }

        if (!string.IsNullOrEmpty(response.Body))
        {
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
