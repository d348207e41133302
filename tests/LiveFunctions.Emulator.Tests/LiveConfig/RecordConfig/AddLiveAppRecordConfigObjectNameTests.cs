using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.RecordConfig;

/// <summary>AddLiveAppRecordConfig: the OssObjectPrefix / SliceOssObjectPrefix rules.</summary>
public sealed class AddLiveAppRecordConfigObjectNameTests : EmulatorTest
{
    private const string Action = "AddLiveAppRecordConfig";

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "liveApp",
        ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
        ["OssBucket"] = "live-bucket",
        ["RecordFormat.1.Format"] = "m3u8",
        ["RecordFormat.1.OssObjectPrefix"] = "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
        ["RecordFormat.1.SliceOssObjectPrefix"] = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
    };

    private Task AssertRefused(Dictionary<string, string> parameters, string code) => AssertRefusedAsync(Action, parameters, code);

    [Fact]
    public async Task Add_OssObjectPrefixMissing_MissingOssObjectPrefix() =>
        await AssertRefused(Valid.Without("RecordFormat.1.OssObjectPrefix"), "MissingOssObjectPrefix");

    [Theory]
    [InlineData("record/{AppName}/{StreamName}/{Sequence}")]
    [InlineData("record/{AppName}/{EscapedStartTime}")]
    [InlineData("record/{AppName}/{Foo}/{StartTime}_{EndTime}")]
    [InlineData("record/{AppName/{StartTime}_{EndTime}")]
    [InlineData("/record/{StartTime}_{EndTime}")]
    public async Task Add_OssObjectPrefixBreaksNamingRules_InvalidOssObjectPrefixMalformed(string prefix) =>
        await AssertRefused(Valid.With(("RecordFormat.1.OssObjectPrefix", prefix)), "InvalidOssObjectPrefix.Malformed");

    [Fact]
    public async Task Add_OssObjectPrefixOf256Bytes_InvalidOssObjectPrefixMalformed()
    {
        var prefix = "{StartTime}{EndTime}" + new string('a', 256 - 20);

        await AssertRefused(Valid.With(("RecordFormat.1.OssObjectPrefix", prefix)), "InvalidOssObjectPrefix.Malformed");
    }

    [Fact]
    public async Task Add_OssObjectPrefixOf255Bytes_Accepted()
    {
        var prefix = "{StartTime}{EndTime}" + new string('a', 255 - 20);

        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("RecordFormat.1.OssObjectPrefix", prefix)))).Status);
    }

    [Theory]
    [InlineData("m3u8")]
    [InlineData("cmaf")]
    public async Task Add_SegmentedFormatWithoutSliceOssObjectPrefix_MissingSliceOssObjectPrefix(string format) =>
        await AssertRefused(Valid.With(("RecordFormat.1.Format", format)).Without("RecordFormat.1.SliceOssObjectPrefix"), "MissingSliceOssObjectPrefix");

    [Fact]
    public async Task Add_FlvWithoutSliceOssObjectPrefix_Accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("RecordFormat.1.Format", "flv")).Without("RecordFormat.1.SliceOssObjectPrefix"))).Status);

    [Theory]
    [InlineData("record/{AppName}/{UnixTimestamp}")]
    [InlineData("record/{AppName}/{Sequence}")]
    [InlineData("record/{StartTime}/{UnixTimestamp}_{Sequence}")]
    public async Task Add_SliceOssObjectPrefixBreaksNamingRules_InvalidSliceOssObjectPrefixMalformed(string prefix) =>
        await AssertRefused(Valid.With(("RecordFormat.1.SliceOssObjectPrefix", prefix)), "InvalidSliceOssObjectPrefix.Malformed");
}
