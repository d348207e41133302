using System.Globalization;
using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.AddLiveAppRecordConfig;

/// <summary>
/// ApsaraVideo Live <c>AddLiveAppRecordConfig</c>: creates an OSS recording configuration (30 calls/s per account).
/// Fails with <c>ConfigAlreadyExists</c> when the (DomainName, AppName, StreamName) triple already has one.
/// </summary>
public sealed class AddLiveAppRecordConfigOperation
    : IOpenApiOperation<AddLiveAppRecordConfigRequest, AddLiveAppRecordConfigResponse>
{
    private AddLiveAppRecordConfigOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static AddLiveAppRecordConfigOperation Instance { get; } = new();

    /// <inheritdoc />
    public AlibabaProduct Product => AlibabaProduct.Live;

    /// <inheritdoc />
    public string Action => "AddLiveAppRecordConfig";

    /// <inheritdoc />
    public IReadOnlyList<ValidationError> Validate(AddLiveAppRecordConfigRequest request, DateTimeOffset now) =>
        AddLiveAppRecordConfigValidator.Validate(request, now);

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(AddLiveAppRecordConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .AddText("DomainName", request.DomainName)
            .AddText("AppName", request.AppName)
            .AddText("OssEndpoint", request.OssEndpoint)
            .AddText("OssBucket", request.OssBucket)
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
    public AddLiveAppRecordConfigResponse ParseResponse(JsonElement body) =>
        new(body.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "");

    private static IEnumerable<(string Field, string? Value)> Fields(AddRecordFormatItem item) =>
    [
        ("CycleDuration", item.CycleDuration?.ToString(CultureInfo.InvariantCulture)),
        ("Format", item.Format),
        ("OssObjectPrefix", item.OssObjectPrefix),
        ("SliceDuration", item.SliceDuration?.ToString(CultureInfo.InvariantCulture)),
        ("SliceOssObjectPrefix", item.SliceOssObjectPrefix),
    ];
}

/// <summary>The typed <c>AddLiveAppRecordConfig</c> call.</summary>
public static class AddLiveAppRecordConfigClientExtensions
{
    /// <summary>Validates, signs and sends <c>AddLiveAppRecordConfig</c>.</summary>
    public static Task<AddLiveAppRecordConfigResponse> AddLiveAppRecordConfigAsync(
        this AlibabaClient client, AddLiveAppRecordConfigRequest request, CancellationToken cancellationToken = default) =>
        client.SendAsync(AddLiveAppRecordConfigOperation.Instance, request, cancellationToken);
}
