using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>
/// The ICE action UpdateLiveTranscodeJob. StreamInput, TimedConfig and TranscodeOutput each travel as one compact JSON
/// string parameter, keys in alphabetical order as the SDK writes them, e.g.
/// <c>StreamInput={"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}</c>.
/// </summary>
public sealed class UpdateLiveTranscodeJobOperation : IOpenApiOperation<UpdateLiveTranscodeJobRequest, UpdateLiveTranscodeJobResponse>
{
    private UpdateLiveTranscodeJobOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static UpdateLiveTranscodeJobOperation Instance { get; } = new();

    /// <inheritdoc/>
    public AlibabaProduct Product => AlibabaProduct.Ice;

    /// <inheritdoc/>
    public string Action => "UpdateLiveTranscodeJob";

    /// <inheritdoc/>
    public IReadOnlyList<ValidationError> Validate(UpdateLiveTranscodeJobRequest request, DateTimeOffset now) =>
        UpdateLiveTranscodeJobValidator.Validate(request, now);

    /// <inheritdoc/>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(UpdateLiveTranscodeJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .Add("JobId", request.JobId)
            .Add("Name", request.Name)
            .AddJson("StreamInput", request.StreamInput is { } input ? Json(("InputUrl", input.InputUrl), ("Type", input.Type)) : null)
            .AddJson("TimedConfig", request.TimedConfig is { } timed ? Json(("EndTime", timed.EndTime), ("StartTime", timed.StartTime)) : null)
            .AddJson("TranscodeOutput", request.TranscodeOutput is { } output ? Json(("DomainName", output.DomainName), ("Type", output.Type)) : null)
            .ToList();
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public UpdateLiveTranscodeJobResponse ParseResponse(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
            ? new UpdateLiveTranscodeJobResponse
            {
                RequestId = body.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
            }
            : throw new JsonException($"UpdateLiveTranscodeJob answered with a JSON {body.ValueKind}, not an object.");

    // Keys in the order given (callers pass them alphabetically); null members are left out, as the SDK does.
    internal static JsonObject Json(params (string Key, string? Value)[] members)
    {
        var json = new JsonObject();
        foreach (var (key, value) in members)
        {
            if (value is not null)
            {
                json[key] = value;
            }
        }

        return json;
    }
}
