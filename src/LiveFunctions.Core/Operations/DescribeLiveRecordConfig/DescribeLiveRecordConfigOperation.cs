using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.DescribeLiveRecordConfig;

/// <summary>
/// ApsaraVideo Live <c>DescribeLiveRecordConfig</c>: lists OSS recording configurations (100 calls/s per account);
/// used to decide between UpdateLiveAppRecordConfig and AddLiveAppRecordConfig.
/// </summary>
public sealed class DescribeLiveRecordConfigOperation
    : IOpenApiOperation<DescribeLiveRecordConfigRequest, DescribeLiveRecordConfigResponse>
{
    private DescribeLiveRecordConfigOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static DescribeLiveRecordConfigOperation Instance { get; } = new();

    /// <inheritdoc />
    public AlibabaProduct Product => AlibabaProduct.Live;

    /// <inheritdoc />
    public string Action => "DescribeLiveRecordConfig";

    /// <inheritdoc />
    public IReadOnlyList<ValidationError> Validate(DescribeLiveRecordConfigRequest request, DateTimeOffset now) =>
        DescribeLiveRecordConfigValidator.Validate(request);

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(DescribeLiveRecordConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .AddText("DomainName", request.DomainName)
            .AddText("AppName", request.AppName)
            .AddText("StreamName", request.StreamName)
            .Add("PageNum", request.PageNum)
            .Add("PageSize", request.PageSize)
            .AddText("Order", request.Order)
            .ToList();
    }

    /// <inheritdoc />
    public DescribeLiveRecordConfigResponse ParseResponse(JsonElement body) => DescribeLiveRecordConfigReader.Read(body);
}

/// <summary>The typed <c>DescribeLiveRecordConfig</c> call.</summary>
public static class DescribeLiveRecordConfigClientExtensions
{
    /// <summary>Validates, signs and sends <c>DescribeLiveRecordConfig</c>.</summary>
    public static Task<DescribeLiveRecordConfigResponse> DescribeLiveRecordConfigAsync(
        this AlibabaClient client, DescribeLiveRecordConfigRequest request, CancellationToken cancellationToken = default) =>
        client.SendAsync(DescribeLiveRecordConfigOperation.Instance, request, cancellationToken);
}
