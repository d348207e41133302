using System.Globalization;
using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

/// <summary>ApsaraVideo Live <c>UpdateLiveAppRecordConfig</c>: updates an OSS recording configuration (30 calls/s per account).</summary>
public sealed class UpdateLiveAppRecordConfigOperation
    : IOpenApiOperation<UpdateLiveAppRecordConfigRequest, UpdateLiveAppRecordConfigResponse>
{
    private UpdateLiveAppRecordConfigOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static UpdateLiveAppRecordConfigOperation Instance { get; } = new();

    /// <inheritdoc />
    public AlibabaProduct Product => AlibabaProduct.Live;

    /// <inheritdoc />
    public string Action => "UpdateLiveAppRecordConfig";

    /// <inheritdoc />
    public IReadOnlyList<ValidationError> Validate(UpdateLiveAppRecordConfigRequest request, DateTimeOffset now) =>
        UpdateLiveAppRecordConfigValidator.Validate(request, now);

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(UpdateLiveAppRecordConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .AddText("DomainName", request.DomainName)
            .AddText("AppName", request.AppName)
            .AddText("OssEndpoint", request.OssEndpoint)
            .AddText("StreamName", request.StreamName)
            .AddText("StartTime", request.StartTime)
            .AddText("EndTime", request.EndTime)
            .Add("OnDemand", request.OnDemand)
            .Add("DelayTime", request.DelayTime)
            .AddObjectList("RecordFormat", request.RecordFormat, Fields)
            .AddObjectList("TranscodeRecordFormat", request.TranscodeRecordFormat, Fields)
            .AddList("TranscodeTemplates", request.TranscodeTemplates)
            .ToList();
    }

    /// <inheritdoc />
    public UpdateLiveAppRecordConfigResponse ParseResponse(JsonElement body) =>
        new(body.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "");

    private static IEnumerable<(string Field, string? Value)> Fields(RecordFormatItem item) =>
    [
        ("CycleDuration", item.CycleDuration?.ToString(CultureInfo.InvariantCulture)),
        ("Format", item.Format),
        ("SliceDuration", item.SliceDuration?.ToString(CultureInfo.InvariantCulture)),
    ];
}

/// <summary>The typed <c>UpdateLiveAppRecordConfig</c> call.</summary>
public static class UpdateLiveAppRecordConfigClientExtensions
{
    /// <summary>Validates, signs and sends <c>UpdateLiveAppRecordConfig</c>.</summary>
    public static Task<UpdateLiveAppRecordConfigResponse> UpdateLiveAppRecordConfigAsync(
        this AlibabaClient client, UpdateLiveAppRecordConfigRequest request, CancellationToken cancellationToken = default) =>
        client.SendAsync(UpdateLiveAppRecordConfigOperation.Instance, request, cancellationToken);
}
