using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.AddLiveRecordVodConfig;

/// <summary>ApsaraVideo Live <c>AddLiveRecordVodConfig</c>: adds a live-to-VOD recording configuration (1,000 calls/min per account).</summary>
public sealed class AddLiveRecordVodConfigOperation
    : IOpenApiOperation<AddLiveRecordVodConfigRequest, AddLiveRecordVodConfigResponse>
{
    private AddLiveRecordVodConfigOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static AddLiveRecordVodConfigOperation Instance { get; } = new();

    /// <inheritdoc />
    public AlibabaProduct Product => AlibabaProduct.Live;

    /// <inheritdoc />
    public string Action => "AddLiveRecordVodConfig";

    /// <inheritdoc />
    public IReadOnlyList<ValidationError> Validate(AddLiveRecordVodConfigRequest request, DateTimeOffset now) =>
        AddLiveRecordVodConfigValidator.Validate(request);

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(AddLiveRecordVodConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .AddText("RegionId", request.RegionId)
            .AddText("DomainName", request.DomainName)
            .AddText("AppName", request.AppName)
            .AddText("StreamName", request.StreamName)
            .AddText("VodTranscodeGroupId", request.VodTranscodeGroupId)
            .Add("CycleDuration", request.CycleDuration)
            .AddText("AutoCompose", request.AutoCompose)
            .AddText("StorageLocation", request.StorageLocation)
            .AddText("ComposeVodTranscodeGroupId", request.ComposeVodTranscodeGroupId)
            .Add("OnDemand", request.OnDemand)
            .ToList();
    }

    /// <inheritdoc />
    public AddLiveRecordVodConfigResponse ParseResponse(JsonElement body) =>
        new(body.TryGetProperty("RequestId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "");
}

/// <summary>The typed <c>AddLiveRecordVodConfig</c> call.</summary>
public static class AddLiveRecordVodConfigClientExtensions
{
    /// <summary>Validates, signs and sends <c>AddLiveRecordVodConfig</c>.</summary>
    public static Task<AddLiveRecordVodConfigResponse> AddLiveRecordVodConfigAsync(
        this AlibabaClient client, AddLiveRecordVodConfigRequest request, CancellationToken cancellationToken = default) =>
        client.SendAsync(AddLiveRecordVodConfigOperation.Instance, request, cancellationToken);
}
