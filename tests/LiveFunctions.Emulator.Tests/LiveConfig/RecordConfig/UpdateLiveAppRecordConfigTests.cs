using System.Net;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.RecordConfig;

/// <summary>UpdateLiveAppRecordConfig: replaces an existing config's settings; bucket and object names stay.</summary>
public sealed class UpdateLiveAppRecordConfigTests : EmulatorTest
{
    private const string Action = "UpdateLiveAppRecordConfig";

    private static readonly Dictionary<string, string> Update = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "liveApp",
        ["OssEndpoint"] = "oss-cn-beijing.aliyuncs.com",
        ["RecordFormat.1.Format"] = "m3u8",
        ["RecordFormat.1.CycleDuration"] = "3600",
        ["RecordFormat.1.SliceDuration"] = "10",
    };

    [Fact]
    public async Task Update_ExistingConfig_ReplacesSettingsAndKeepsBucketAndObjectNames()
    {
        await AddAsync();

        var answer = await Client.CallAsync(Action, Update.With(("DelayTime", "60"), ("OssBucket", "ignored-bucket")));
        var record = await DescribeOneAsync();

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("oss-cn-beijing.aliyuncs.com", (string?)record["OssEndpoint"]);
        Assert.Equal("live-bucket", (string?)record["OssBucket"]);
        Assert.Equal(60, (int)record["DelayTime"]!);
        var format = record["RecordFormatList"]!["RecordFormat"]!.AsArray().Single()!;
        Assert.Equal(3600, (int)format["CycleDuration"]!);
        Assert.Equal(10, (int)format["SliceDuration"]!);
        Assert.Equal("custom/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}", (string?)format["OssObjectPrefix"]);
        Assert.Equal("custom/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}", (string?)format["SliceOssObjectPrefix"]);
    }

    [Fact]
    public async Task Update_FormatNewToTheConfig_GetsTheDefaultObjectNames()
    {
        await AddAsync();

        await Client.CallAsync(Action, Update.With(("RecordFormat.2.Format", "mp4")));
        var formats = (await DescribeOneAsync())["RecordFormatList"]!["RecordFormat"]!.AsArray();

        var mp4 = formats.Single(f => (string?)f!["Format"] == "mp4")!;
        Assert.Equal("record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}", (string?)mp4["OssObjectPrefix"]);
        Assert.Null(mp4["SliceOssObjectPrefix"]);
    }

    [Fact]
    public async Task Update_NoConfigForTheTriple_InvalidConfigNotFound()
    {
        await AddAsync();

        await AssertRefused(Update.With(("StreamName", "other")), "InvalidConfig.NotFound");
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("AppName")]
    [InlineData("OssEndpoint")]
    public async Task Update_RequiredParameterMissing_MissingParameter(string parameter) =>
        await AssertRefused(Update.Without(parameter), $"Missing{parameter}");

    [Theory]
    [InlineData("RecordFormat.1.Format", "wav", "InvalidFormat.Malformed")]
    [InlineData("RecordFormat.1.SliceDuration", "31", "InvalidSliceDuration.Malformed")]
    [InlineData("RecordFormat.1.CycleDuration", "-5", "InvalidCycleDuration.Malformed")]
    [InlineData("DelayTime", "10", "InvalidDelayTime")]
    [InlineData("TranscodeTemplates.1", "raw", "InvalidTemplate.ForbidRaw")]
    [InlineData("TranscodeRecordFormat.1.Format", "flv", "MissingTemplate")]
    [InlineData("OssEndpoint", "oss.aliyuncs.com/path", "InvalidOssEndpoint.Malformed")]
    [InlineData("StartTime", "tomorrow", "InvalidStartTime.Malformed")]
    public async Task Update_DocumentedRuleBroken_DocumentedCode(string parameter, string value, string code)
    {
        await AddAsync();

        await AssertRefused(Update.With((parameter, value)), code);
    }

    [Fact]
    public async Task Update_TwoFlvEntries_InvalidFormatIllegalOperation()
    {
        await AddAsync();

        await AssertRefused(Update.With(("RecordFormat.1.Format", "flv"), ("RecordFormat.2.Format", "flv")), "InvalidFormat.IllegalOperation");
    }

    [Fact]
    public async Task Update_NoFormats_MissingRecordFormat()
    {
        await AddAsync();

        await AssertRefused(Update.Without("RecordFormat.1.Format", "RecordFormat.1.CycleDuration", "RecordFormat.1.SliceDuration"), "MissingRecordFormat");
    }

    [Fact]
    public async Task Update_RefusedRequest_LeavesTheConfigUnchanged()
    {
        await AddAsync();

        await Client.CallAsync(Action, Update.With(("RecordFormat.1.SliceDuration", "99")));

        Assert.Equal("oss-cn-shanghai.aliyuncs.com", (string?)(await DescribeOneAsync())["OssEndpoint"]);
    }

    private async Task AddAsync()
    {
        var answer = await Client.CallAsync("AddLiveAppRecordConfig", Params(
            ("DomainName", "example.com"), ("AppName", "liveApp"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), ("OssBucket", "live-bucket"),
            ("RecordFormat.1.Format", "m3u8"),
            ("RecordFormat.1.OssObjectPrefix", "custom/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}"),
            ("RecordFormat.1.SliceOssObjectPrefix", "custom/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}")));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    private async Task<JsonNode> DescribeOneAsync()
    {
        var described = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com")));
        return described.Body["LiveAppRecordList"]!["LiveAppRecord"]!.AsArray().Single()!;
    }

    private Task AssertRefused(Dictionary<string, string> parameters, string code) => AssertRefusedAsync(Action, parameters, code);
}
