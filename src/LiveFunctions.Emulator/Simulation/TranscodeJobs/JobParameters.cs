using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.TranscodeJobs;

/// <summary>
/// Parses the ICE JSON-string parameters (<c>StreamInput</c>, <c>TranscodeOutput</c>, <c>TimedConfig</c>). Keys are
/// matched by name (exact case, any order); unknown keys are ignored.
/// </summary>
internal static class JobParameters
{
    /// <summary>How far from now a TimedConfig time may be.</summary>
    public static readonly TimeSpan TimedConfigReach = TimeSpan.FromDays(7);

    /// <summary>Parses StreamInput: <c>InputUrl</c> (an rtmp:// URL) and <c>Type</c> (<c>rtmp</c>), both required.</summary>
    public static StreamInputState? StreamInput(string json, out ServiceError? error)
    {
        var obj = Object("StreamInput", json, out error);
        if (obj is null)
        {
            return null;
        }

        var url = Text(obj, "InputUrl");
        var type = Text(obj, "Type");
        error = url is null ? Invalid("StreamInput.InputUrl is required.")
            : !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "rtmp" ? Invalid("StreamInput.InputUrl must be an rtmp:// URL.")
            : type is null ? Invalid("StreamInput.Type is required.")
            : type != "rtmp" ? Invalid("StreamInput.Type can only be rtmp.")
            : null;
        return error is null ? new StreamInputState(url!, type!) : null;
    }

    /// <summary>Parses TranscodeOutput: <c>DomainName</c> and <c>Type</c> (<c>LiveCenter</c>), both required.</summary>
    public static TranscodeOutputState? TranscodeOutput(string json, out ServiceError? error)
    {
        var obj = Object("TranscodeOutput", json, out error);
        if (obj is null)
        {
            return null;
        }

        var domain = Text(obj, "DomainName");
        var type = Text(obj, "Type");
        error = domain is null ? Invalid("TranscodeOutput.DomainName is required.")
            : type is null ? Invalid("TranscodeOutput.Type is required.")
            : type != "LiveCenter" ? Invalid("TranscodeOutput.Type can only be LiveCenter.")
            : null;
        return error is null ? new TranscodeOutputState(domain!, type!) : null;
    }

    /// <summary>
    /// Parses TimedConfig into its given times (either may be absent) and checks each given one is in the wire format
    /// and within 7 days of <paramref name="now"/>.
    /// </summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End)? TimedConfig(string json, DateTimeOffset now, out ServiceError? error)
    {
        var obj = Object("TimedConfig", json, out error);
        if (obj is null)
        {
            return null;
        }

        var start = Time(obj, "StartTime", now, ref error);
        var end = Time(obj, "EndTime", now, ref error);
        return error is null ? (start, end) : null;
    }

    /// <summary>The window from a start and end, or the error when the end is not after the start.</summary>
    public static TimedWindow? Window(DateTimeOffset? start, DateTimeOffset? end, out ServiceError? error)
    {
        error = start is null ? Invalid("TimedConfig.StartTime is required for a timed job.")
            : end is null ? Invalid("TimedConfig.EndTime is required for a timed job.")
            : end <= start ? Invalid("TimedConfig.EndTime must be later than TimedConfig.StartTime.")
            : null;
        return error is null ? new TimedWindow(start!.Value, end!.Value) : null;
    }

    private static DateTimeOffset? Time(JsonObject obj, string field, DateTimeOffset now, ref ServiceError? error)
    {
        if (error is not null || !obj.TryGetPropertyValue(field, out var node) || node is null)
        {
            return null;
        }

        if (node is not JsonValue value || !value.TryGetValue<string>(out var text) || !WireTime.TryParse(text, out var time))
        {
            error = Invalid($"TimedConfig.{field} must be a time in the format yyyy-MM-ddTHH:mm:ssZ (UTC).");
            return null;
        }

        if ((time - now).Duration() > TimedConfigReach)
        {
            error = ServiceErrors.TranscodeJobTimedConfigOutOfRange(field);
            return null;
        }

        return time;
    }

    private static JsonObject? Object(string name, string json, out ServiceError? error)
    {
        try
        {
            if (JsonNode.Parse(json) is JsonObject obj)
            {
                error = null;
                return obj;
            }
        }
        catch (JsonException)
        {
            // Reported below, like any other non-object.
        }

        error = Invalid($"{name} must be a JSON object.");
        return null;
    }

    private static string? Text(JsonObject obj, string field) =>
        obj.TryGetPropertyValue(field, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    private static ServiceError Invalid(string message) => ServiceErrors.TranscodeJobInvalidParameter(message);
}
