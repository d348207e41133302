using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Protocol.Developer;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>
/// <c>POST /_emulator/snapshot-callbacks</c> captures a snapshot of a stream now and delivers its callback (waiting for
/// the outcome, retries included); <c>PUT /_emulator/snapshot-callbacks/duplicate</c> switches duplicate delivery.
/// </summary>
internal static class SnapshotEndpoints
{
    /// <summary>Maps the snapshot endpoints.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/_emulator/snapshot-callbacks", FireAsync);
        routes.MapPut("/_emulator/snapshot-callbacks/duplicate", SetDuplicate);
    }

    private static async Task<IResult> FireAsync(
        FireRequest? body, LiveConfigStore configs, SnapshotTaker taker, SnapshotCallbacks callbacks, TimeProvider clock, HttpContext http)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.DomainName) || string.IsNullOrWhiteSpace(body.AppName) || string.IsNullOrWhiteSpace(body.StreamName))
        {
            return DeveloperJson.Error(400, "InvalidRequest", "DomainName, AppName and StreamName are required.");
        }

        var config = configs.FindSnapshotConfig(body.DomainName, body.AppName);
        if (config is null)
        {
            return DeveloperJson.Error(404, "InvalidConfig.NotFound", "No snapshot config applies to this domain and app.");
        }

        var snapshot = taker.Take(config, body.AppName, body.StreamName, clock.GetUtcNow());
        if (snapshot is null)
        {
            return DeveloperJson.Error(400, "InvalidSnapshotObject", "The snapshot config's object name does not expand to a valid OSS key.");
        }

        var callback = callbacks.Prepare(config, snapshot);
        if (callback is null)
        {
            return DeveloperJson.Error(400, "MissingCallback", "Neither the snapshot config's Callback nor the domain's snapshot NotifyUrl is an http(s) URL.");
        }

        var copies = body.Duplicate is { } duplicate ? (duplicate ? 2 : 1) : callbacks.Copies;
        var deliveries = await callbacks.SendAsync(callback, copies, http.RequestAborted);
        var answer = new JsonObject
        {
            ["Snapshot"] = new JsonObject
            {
                ["OssEndpoint"] = snapshot.OssEndpoint,
                ["OssBucket"] = snapshot.OssBucket,
                ["OssObject"] = snapshot.OssObject,
                ["CreateTime"] = WireTime.Format(snapshot.CreateTime),
            },
            ["Url"] = SnapshotCallbackSender.Redacted(callback.Url),
            ["Signed"] = callback.Signed,
            ["Body"] = JsonNode.Parse(callback.Payload),
            ["Deliveries"] = new JsonArray(deliveries.Select(d => (JsonNode)Describe(d)).ToArray()),
            ["StatusCode"] = deliveries[^1].Attempts[^1].StatusCode,
        };
        return DeveloperJson.Json(answer);
    }

    private static IResult SetDuplicate(DuplicateRequest? body, SnapshotCallbacks callbacks)
    {
        if (body?.Enabled is not { } enabled)
        {
            return DeveloperJson.Error(400, "InvalidRequest", "Enabled (true or false) is required.");
        }

        callbacks.Duplicate = enabled;
        return DeveloperJson.Json(new JsonObject { ["Enabled"] = callbacks.Duplicate });
    }

    private static JsonObject Describe(CallbackDelivery delivery) => new()
    {
        ["Delivered"] = delivery.Delivered,
        ["Attempts"] = new JsonArray(delivery.Attempts.Select(a => (JsonNode)new JsonObject
        {
            ["Number"] = a.Number,
            ["At"] = WireTime.FormatIso(a.At),
            ["StatusCode"] = a.StatusCode,
            ["Error"] = a.Error,
        }).ToArray()),
    };

    /// <summary>The body of <c>POST /_emulator/snapshot-callbacks</c>; Duplicate overrides the duplicate-delivery switch once.</summary>
    internal sealed record FireRequest(string? DomainName, string? AppName, string? StreamName, bool? Duplicate);

    /// <summary>The body of <c>PUT /_emulator/snapshot-callbacks/duplicate</c>.</summary>
    internal sealed record DuplicateRequest(bool? Enabled);
}
