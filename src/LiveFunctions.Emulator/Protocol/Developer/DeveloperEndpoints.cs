using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol.Faults;
using LiveFunctions.Emulator.Protocol.Persistence;
using LiveFunctions.Emulator.Protocol.Throttling;

namespace LiveFunctions.Emulator.Protocol.Developer;

/// <summary>
/// The protocol's developer endpoints (JSON, PascalCase, under <c>/_emulator/</c> only): reset, request log,
/// throttling counts, faults. The simulation maps its own (<c>/_emulator/streams</c>, <c>/_emulator/oss/…</c>, …).
/// </summary>
internal static class DeveloperEndpoints
{
    /// <summary>The path prefix of every developer endpoint.</summary>
    public const string Prefix = "/_emulator";

    /// <summary>Maps the endpoints, and saves the state after every changing (non-GET) developer request.</summary>
    public static void MapProtocolDeveloperEndpoints(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal) && !HttpMethods.IsGet(context.Request.Method))
            {
                context.RequestServices.GetRequiredService<EmulatorPersistence>().RequestSave();
            }
        });

        var group = app.MapGroup(Prefix);
        group.MapPost("/reset", (IEnumerable<IResettable> resettables) =>
        {
            var count = 0;
            foreach (var resettable in resettables)
            {
                resettable.Reset();
                count++;
            }

            return DeveloperJson.Json(new JsonObject { ["Reset"] = true, ["Services"] = count });
        });

        group.MapGet("/requests", (RequestLog log) => DeveloperJson.Json(log.Entries()));
        group.MapDelete("/requests", (RequestLog log) =>
        {
            log.Reset();
            return Results.NoContent();
        });

        group.MapGet("/throttling", (QpsThrottle throttle) => DeveloperJson.Json(ThrottlingReport(throttle)));

        group.MapGet("/faults", (FaultInjector faults) => DeveloperJson.Json(faults.Current()));
        group.MapPut("/faults", PutFaultsAsync);
        group.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Reset();
            return Results.NoContent();
        });
    }

    private static JsonObject ThrottlingReport(QpsThrottle throttle)
    {
        var actions = new JsonArray();
        foreach (var (action, accepted, throttled) in throttle.Counts())
        {
            actions.Add(new JsonObject
            {
                ["Action"] = action,
                ["Limit"] = throttle.Enabled ? throttle.LimitOf(action)?.ToString() : null,
                ["Accepted"] = accepted,
                ["Throttled"] = throttled,
            });
        }

        return new JsonObject { ["Enabled"] = throttle.Enabled, ["Actions"] = actions };
    }

    private static async Task<IResult> PutFaultsAsync(HttpRequest request, FaultInjector faults)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<FaultSettings>(request.Body, DeveloperJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException exception)
        {
            return BadRequest($"The body is not a fault list: {exception.Message}");
        }

        if (settings is null)
        {
            return BadRequest("The body must be {\"Rules\":[…]}.");
        }

        return faults.Replace(settings) is { } problem ? BadRequest(problem) : DeveloperJson.Json(faults.Current());
    }

    private static IResult BadRequest(string message) =>
        DeveloperJson.Error(StatusCodes.Status400BadRequest, "InvalidFaultRules", message);
}
