using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;

/// <summary>ApsaraVideo Live <c>UpdateLiveAppSnapshotConfig</c>: changes an app's snapshot configuration (30 calls/s per account).</summary>
public sealed class UpdateLiveAppSnapshotConfigOperation
    : IOpenApiOperation<UpdateLiveAppSnapshotConfigRequest, UpdateLiveAppSnapshotConfigResponse>
{
    private UpdateLiveAppSnapshotConfigOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static UpdateLiveAppSnapshotConfigOperation Instance { get; } = new();

    /// <inheritdoc />
    public AlibabaProduct Product => AlibabaProduct.Live;

    /// <inheritdoc />
    public string Action => "UpdateLiveAppSnapshotConfig";

    /// <inheritdoc />
    public IReadOnlyList<ValidationError> Validate(UpdateLiveAppSnapshotConfigRequest request, DateTimeOffset now) =>
        UpdateLiveAppSnapshotConfigValidator.Validate(request);

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(UpdateLiveAppSnapshotConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .AddText("DomainName", request.DomainName)
            .AddText("AppName", request.AppName)
            .Add("TimeInterval", request.TimeInterval)
            .AddText("OssEndpoint", request.OssEndpoint)
            .AddText("OssBucket", request.OssBucket)
            .AddText("OverwriteOssObject", request.OverwriteOssObject)
            .AddText("SequenceOssObject", request.SequenceOssObject)
            .AddText("Callback", request.Callback)
            .ToList();
    }

    /// <inheritdoc />
    public UpdateLiveAppSnapshotConfigResponse ParseResponse(JsonElement body) =>
        new(body.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "");
}

/// <summary>The typed <c>UpdateLiveAppSnapshotConfig</c> call.</summary>
public static class UpdateLiveAppSnapshotConfigClientExtensions
{
    /// <summary>Validates, signs and sends <c>UpdateLiveAppSnapshotConfig</c>.</summary>
    public static Task<UpdateLiveAppSnapshotConfigResponse> UpdateLiveAppSnapshotConfigAsync(
        this AlibabaClient client, UpdateLiveAppSnapshotConfigRequest request, CancellationToken cancellationToken = default) =>
        client.SendAsync(UpdateLiveAppSnapshotConfigOperation.Instance, request, cancellationToken);
}
