using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig;

/// <summary>Fresh requests for the UpdateLiveAppRecordConfig validator tests (records are immutable; vary them with <c>with</c>).</summary>
internal static class UpdateRecordConfigRequests
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    public static UpdateLiveAppRecordConfigRequest Valid() => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
        RecordFormat = [new RecordFormatItem { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 }],
    };

    public static UpdateLiveAppRecordConfigRequest WithFormat(RecordFormatItem item) => Valid() with { RecordFormat = [item] };

    public static UpdateLiveAppRecordConfigRequest StreamLevel(string? start, string? end) =>
        Valid() with { StreamName = "liveStream", StartTime = start, EndTime = end };

    public static IReadOnlyList<ValidationError> Validate(UpdateLiveAppRecordConfigRequest request) =>
        UpdateLiveAppRecordConfigOperation.Instance.Validate(request, Now);
}
