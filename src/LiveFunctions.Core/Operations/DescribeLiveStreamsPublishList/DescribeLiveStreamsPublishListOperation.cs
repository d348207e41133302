using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

/// <summary>The ApsaraVideo Live action DescribeLiveStreamsPublishList (QPS limit only 3/s per account).</summary>
public sealed class DescribeLiveStreamsPublishListOperation
    : IOpenApiOperation<DescribeLiveStreamsPublishListRequest, DescribeLiveStreamsPublishListResponse>
{
    private static readonly JsonSerializerOptions ResponseJson = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    private DescribeLiveStreamsPublishListOperation()
    {
    }

    /// <summary>The one instance.</summary>
    public static DescribeLiveStreamsPublishListOperation Instance { get; } = new();

    /// <inheritdoc/>
    public AlibabaProduct Product => AlibabaProduct.Live;

    /// <inheritdoc/>
    public string Action => "DescribeLiveStreamsPublishList";

    /// <inheritdoc/>
    public IReadOnlyList<ValidationError> Validate(DescribeLiveStreamsPublishListRequest request, DateTimeOffset now) =>
        DescribeLiveStreamsPublishListValidator.Validate(request, now);

    /// <inheritdoc/>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(DescribeLiveStreamsPublishListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new WireParameters()
            .Add("RegionId", request.RegionId)
            .Add("DomainName", request.DomainName)
            .Add("AppName", request.AppName)
            .Add("StreamName", request.StreamName)
            .Add("StartTime", request.StartTime)
            .Add("EndTime", request.EndTime)
            .Add("PageSize", request.PageSize)
            .Add("PageNumber", request.PageNumber)
            .Add("QueryType", request.QueryType)
            .Add("StreamType", request.StreamType)
            .Add("OrderBy", request.OrderBy)
            .ToList();
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The body is not a JSON object of the documented shape.</exception>
    public DescribeLiveStreamsPublishListResponse ParseResponse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"DescribeLiveStreamsPublishList answered with a JSON {body.ValueKind}, not an object.");
        }

        var wire = body.Deserialize<WireBody>(ResponseJson)!;
        return new DescribeLiveStreamsPublishListResponse
        {
            RequestId = wire.RequestId,
            PageNum = wire.PageNum,
            PageSize = wire.PageSize,
            TotalNum = wire.TotalNum,
            TotalPage = wire.TotalPage,
            Streams = wire.PublishInfo?.LiveStreamPublishInfo ?? [],
        };
    }

    // The wire keeps the XML-derived double wrapping "PublishInfo": {"LiveStreamPublishInfo": [...]}.
    private sealed record WireBody(string? RequestId, int PageNum, int PageSize, int TotalNum, int TotalPage, WirePublishInfo? PublishInfo);

    private sealed record WirePublishInfo(IReadOnlyList<LiveStreamPublishInfo>? LiveStreamPublishInfo);
}
