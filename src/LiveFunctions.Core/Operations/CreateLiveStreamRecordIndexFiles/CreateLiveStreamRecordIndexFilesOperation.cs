using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

/// <summary>The ApsaraVideo Live action CreateLiveStreamRecordIndexFiles (QPS limit 45/s per account).</summary>
public sealed class CreateLiveStreamRecordIndexFilesOperation
    : IOpenApiOperation<CreateLiveStreamRecordIndexFilesRequest, CreateLiveStreamRecordIndexFilesResponse>
{
    private static readonly JsonSerializerOptions ResponseJson = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };

    private CreateLiveStreamRecordIndexFilesOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static CreateLiveStreamRecordIndexFilesOperation Instance { get; } = new();

    /// <inheritdoc/>
    public AlibabaProduct Product => AlibabaProduct.Live;

    /// <inheritdoc/>
    public string Action => "CreateLiveStreamRecordIndexFiles";

    /// <inheritdoc/>
    public IReadOnlyList<ValidationError> Validate(CreateLiveStreamRecordIndexFilesRequest request, DateTimeOffset now) =>
        CreateLiveStreamRecordIndexFilesValidator.Validate(request, now);

    /// <inheritdoc/>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(CreateLiveStreamRecordIndexFilesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .Add("DomainName", request.DomainName)
            .Add("AppName", request.AppName)
            .Add("StreamName", request.StreamName)
            .Add("OssEndpoint", request.OssEndpoint)
            .Add("OssBucket", request.OssBucket)
            .Add("OssObject", request.OssObject)
            .Add("StartTime", request.StartTime)
            .Add("EndTime", request.EndTime)
            .Add("EndTimeIncluded", request.EndTimeIncluded)
            .ToList();
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The body is not a JSON object of the documented shape.</exception>
    public CreateLiveStreamRecordIndexFilesResponse ParseResponse(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
            ? body.Deserialize<CreateLiveStreamRecordIndexFilesResponse>(ResponseJson)!
            : throw new JsonException($"CreateLiveStreamRecordIndexFiles answered with a JSON {body.ValueKind}, not an object.");
}
