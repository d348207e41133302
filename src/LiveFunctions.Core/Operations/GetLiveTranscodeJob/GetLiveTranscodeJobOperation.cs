using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.GetLiveTranscodeJob;

/// <summary>The ICE action GetLiveTranscodeJob.</summary>
public sealed class GetLiveTranscodeJobOperation : IOpenApiOperation<GetLiveTranscodeJobRequest, GetLiveTranscodeJobResponse>
{
    private static readonly JsonSerializerOptions ResponseJson = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    private GetLiveTranscodeJobOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static GetLiveTranscodeJobOperation Instance { get; } = new();

    /// <inheritdoc/>
    public AlibabaProduct Product => AlibabaProduct.Ice;

    /// <inheritdoc/>
    public string Action => "GetLiveTranscodeJob";

    /// <inheritdoc/>
    public IReadOnlyList<ValidationError> Validate(GetLiveTranscodeJobRequest request, DateTimeOffset now) =>
        GetLiveTranscodeJobValidator.Validate(request, now);

    /// <inheritdoc/>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(GetLiveTranscodeJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters().Add("JobId", request.JobId).ToList();
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The body is not a JSON object of the documented shape.</exception>
    public GetLiveTranscodeJobResponse ParseResponse(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
            ? body.Deserialize<GetLiveTranscodeJobResponse>(ResponseJson)!
            : throw new JsonException($"GetLiveTranscodeJob answered with a JSON {body.ValueKind}, not an object.");
}
