using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Protocol.Developer;

namespace LiveFunctions.Emulator.Simulation.Streams;

/// <summary><c>POST /_emulator/streams</c>, <c>GET /_emulator/streams</c>, <c>POST /_emulator/streams/stop</c>.</summary>
internal static class StreamEndpoints
{
    /// <summary>Maps the stream endpoints.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/_emulator/streams", Publish);
        routes.MapGet("/_emulator/streams", List);
        routes.MapPost("/_emulator/streams/stop", Stop);
    }

    private static IResult Publish(PublishRequest? body, StreamSessionStore store, TimeProvider clock)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.DomainName) || string.IsNullOrWhiteSpace(body.AppName) || string.IsNullOrWhiteSpace(body.StreamName))
        {
            return DeveloperJson.Error(400, "InvalidSession", "DomainName, AppName and StreamName are required.");
        }

        if (!WireTime.TryParseIso(body.StartTime, out var start))
        {
            return DeveloperJson.Error(400, "InvalidSession", "StartTime is required, as a UTC ISO-8601 time.");
        }

        DateTimeOffset? end = null;
        if (body.EndTime is not null)
        {
            if (!WireTime.TryParseIso(body.EndTime, out var parsedEnd) || parsedEnd <= start)
            {
                return DeveloperJson.Error(400, "InvalidSession", "EndTime must be a UTC ISO-8601 time after StartTime, or absent for a live session.");
            }

            end = parsedEnd;
        }

        var session = new PublishSession(Guid.NewGuid().ToString("N"), body.DomainName, body.AppName, body.StreamName, start, end);
        if (!store.TryAdd(session, out var clash))
        {
            return DeveloperJson.Error(409, "SessionOverlaps", $"The stream already has a session over that time (Id {clash!.Id}).");
        }

        return DeveloperJson.Json(Describe(session, clock.GetUtcNow()), StatusCodes.Status201Created);
    }

    private static IResult List(StreamSessionStore store, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return DeveloperJson.Json(store.All().Select(s => Describe(s, now)).ToList());
    }

    private static IResult Stop(StopRequest? body, StreamSessionStore store, TimeProvider clock)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.DomainName) || string.IsNullOrWhiteSpace(body.AppName) || string.IsNullOrWhiteSpace(body.StreamName))
        {
            return DeveloperJson.Error(400, "InvalidSession", "DomainName, AppName and StreamName are required.");
        }

        var now = clock.GetUtcNow();
        var at = now;
        if (body.EndTime is not null && !WireTime.TryParseIso(body.EndTime, out at))
        {
            return DeveloperJson.Error(400, "InvalidSession", "EndTime must be a UTC ISO-8601 time, or absent for now.");
        }

        var stopped = store.Stop(body.DomainName, body.AppName, body.StreamName, at);
        return stopped is null
            ? DeveloperJson.Error(404, "SessionNotFound", "The stream has no open-ended session that started before EndTime.")
            : DeveloperJson.Json(Describe(stopped, now));
    }

    private static SessionView Describe(PublishSession s, DateTimeOffset now) =>
        new(s.Id, s.DomainName, s.AppName, s.StreamName, WireTime.FormatIso(s.StartTime), s.EndTime is { } e ? WireTime.FormatIso(e) : null, s.IsLiveAt(now));

    /// <summary>The body of <c>POST /_emulator/streams</c>.</summary>
    internal sealed record PublishRequest(string? DomainName, string? AppName, string? StreamName, string? StartTime, string? EndTime);

    /// <summary>The body of <c>POST /_emulator/streams/stop</c>.</summary>
    internal sealed record StopRequest(string? DomainName, string? AppName, string? StreamName, string? EndTime);

    /// <summary>A session as the developer endpoints show it.</summary>
    internal sealed record SessionView(string Id, string DomainName, string AppName, string StreamName, string StartTime, string? EndTime, bool Live);
}
