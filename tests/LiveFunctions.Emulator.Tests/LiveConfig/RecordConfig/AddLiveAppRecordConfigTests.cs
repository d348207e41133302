using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.RecordConfig;

/// <summary>AddLiveAppRecordConfig: one test per documented rule, named after it, and the success path.</summary>
public sealed class AddLiveAppRecordConfigTests : EmulatorTest
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

    [Fact]
    public async Task Add_ValidAppConfig_DescribeShowsItWithDefaults()
    {
        var added = await Client.CallAsync(Action, Valid.With(("RecordFormat.2.Format", "flv"), ("RecordFormat.2.OssObjectPrefix", "flv/{AppName}/{StartTime}_{EndTime}"), ("DelayTime", "180")));
        var described = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, added.Status);
        var record = described.Body["LiveAppRecordList"]!["LiveAppRecord"]!.AsArray().Single()!;
        Assert.Equal("liveApp", (string?)record["AppName"]);
        Assert.Equal("", (string?)record["StreamName"]);
        Assert.Equal("live-bucket", (string?)record["OssBucket"]);
        Assert.Equal(0, (int)record["OnDemond"]!);
        Assert.Equal(180, (int)record["DelayTime"]!);
        Assert.Equal(ParameterSets.Wire(Emulator.Clock.GetUtcNow()), (string?)record["CreateTime"]);
        var formats = record["RecordFormatList"]!["RecordFormat"]!.AsArray();
        Assert.Equal(["m3u8", "flv"], formats.Select(f => (string?)f!["Format"]));
        Assert.Equal(21600, (int)formats[0]!["CycleDuration"]!);
        Assert.Equal(30, (int)formats[0]!["SliceDuration"]!);
        Assert.Equal("record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}", (string?)formats[0]!["SliceOssObjectPrefix"]);
        Assert.Empty(record["TranscodeTemplates"]!["Templates"]!.AsArray());
    }

    [Fact]
    public async Task Add_StreamLevelConfigWithTimesAndTranscoding_Stored()
    {
        var start = Emulator.Clock.GetUtcNow().AddHours(1);
        var added = await Client.CallAsync(Action, Valid.With(
            ("StreamName", "stream1"), ("StartTime", ParameterSets.Wire(start)), ("EndTime", ParameterSets.Wire(start.AddDays(7))),
            ("OnDemand", "7"), ("TranscodeRecordFormat.1.Format", "mp4"), ("TranscodeRecordFormat.1.OssObjectPrefix", "t/{AppName}/{StartTime}_{EndTime}"),
            ("TranscodeTemplates.1", "sd"), ("TranscodeTemplates.2", "hd")));
        var described = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com"), ("StreamName", "stream1")));

        Assert.Equal(HttpStatusCode.OK, added.Status);
        var record = described.Body["LiveAppRecordList"]!["LiveAppRecord"]!.AsArray().Single()!;
        Assert.Equal(ParameterSets.Wire(start), (string?)record["StartTime"]);
        Assert.Equal(7, (int)record["OnDemond"]!);
        Assert.Equal(["sd", "hd"], record["TranscodeTemplates"]!["Templates"]!.AsArray().Select(t => (string?)t));
        // A transcoded mp4 recording defaults to 1 h cycles.
        Assert.Equal(3600, (int)record["TranscodeRecordFormatList"]!["RecordFormat"]![0]!["CycleDuration"]!);
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("AppName")]
    [InlineData("OssEndpoint")]
    [InlineData("OssBucket")]
    public async Task Add_RequiredParameterMissing_MissingParameter(string parameter) =>
        await AssertRefused(Valid.Without(parameter), $"Missing{parameter}");

    [Theory]
    [InlineData("http://oss-cn-shanghai.aliyuncs.com")]
    [InlineData("oss_cn.aliyuncs.com")]
    [InlineData("localhost")]
    [InlineData("-oss.aliyuncs.com")]
    public async Task Add_OssEndpointNotAHostName_InvalidOssEndpointMalformed(string endpoint) =>
        await AssertRefused(Valid.With(("OssEndpoint", endpoint)), "InvalidOssEndpoint.Malformed");

    [Theory]
    [InlineData("Live-Bucket")]
    [InlineData("ab")]
    [InlineData("-bucket")]
    [InlineData("bucket_1")]
    public async Task Add_OssBucketBadName_InvalidOssBucketMalformed(string bucket) =>
        await AssertRefused(Valid.With(("OssBucket", bucket)), "InvalidOssBucket.Malformed");

    [Fact]
    public async Task Add_NoRecordFormatNorTranscodeRecordFormat_MissingRecordFormat() =>
        await AssertRefused(Valid.Without("RecordFormat.1.Format", "RecordFormat.1.OssObjectPrefix", "RecordFormat.1.SliceOssObjectPrefix"), "MissingRecordFormat");

    [Fact]
    public async Task Add_FormatEntryWithoutFormat_MissingFormat() =>
        await AssertRefused(Valid.With(("RecordFormat.2.CycleDuration", "3600")), "MissingFormat");

    [Theory]
    [InlineData("avi")]
    [InlineData("M3U8")]
    public async Task Add_FormatNotOfTheFour_InvalidFormatMalformed(string format) =>
        await AssertRefused(Valid.With(("RecordFormat.1.Format", format)), "InvalidFormat.Malformed");

    [Fact]
    public async Task Add_SameFormatTwice_InvalidFormatIllegalOperation() =>
        await AssertRefused(Valid.With(
            ("RecordFormat.2.Format", "m3u8"),
            ("RecordFormat.2.OssObjectPrefix", Valid["RecordFormat.1.OssObjectPrefix"]),
            ("RecordFormat.2.SliceOssObjectPrefix", Valid["RecordFormat.1.SliceOssObjectPrefix"])), "InvalidFormat.IllegalOperation");

    [Theory]
    [InlineData("0")]
    [InlineData("21601")]
    [InlineData("hour")]
    public async Task Add_CycleDurationOutOfRange_InvalidCycleDurationMalformed(string cycle) =>
        await AssertRefused(Valid.With(("RecordFormat.1.CycleDuration", cycle)), "InvalidCycleDuration.Malformed");

    [Theory]
    [InlineData("1")]
    [InlineData("21600")]
    public async Task Add_CycleDurationAtBounds_Accepted(string cycle) =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("RecordFormat.1.CycleDuration", cycle)))).Status);

    [Theory]
    [InlineData("4")]
    [InlineData("31")]
    [InlineData("x")]
    public async Task Add_SliceDurationOutside5To30_InvalidSliceDurationMalformed(string slice) =>
        await AssertRefused(Valid.With(("RecordFormat.1.SliceDuration", slice)), "InvalidSliceDuration.Malformed");

    [Theory]
    [InlineData("5")]
    [InlineData("30")]
    public async Task Add_SliceDurationAtBounds_Accepted(string slice) =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("RecordFormat.1.SliceDuration", slice)))).Status);

    [Fact]
    public async Task Add_SliceDurationOnFlv_IgnoredAsDocumented()
    {
        var answer = await Client.CallAsync(Action, Valid.With(("RecordFormat.1.Format", "flv"), ("RecordFormat.1.SliceDuration", "99")));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Add_ElevenTranscodeTemplates_InvalidTemplateLengthMalformed()
    {
        var parameters = Valid.With();
        for (var i = 1; i <= 11; i++)
        {
            parameters[$"TranscodeTemplates.{i}"] = $"t{i}";
        }

        await AssertRefused(parameters, "InvalidTemplateLength.Malformed");
    }

    [Fact]
    public async Task Add_TenTranscodeTemplates_Accepted()
    {
        var parameters = Valid.With();
        for (var i = 1; i <= 10; i++)
        {
            parameters[$"TranscodeTemplates.{i}"] = $"t{i}";
        }

        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, parameters)).Status);
    }

    [Fact]
    public async Task Add_TranscodeTemplateRaw_InvalidTemplateForbidRaw() =>
        await AssertRefused(Valid.With(("TranscodeTemplates.1", "raw")), "InvalidTemplate.ForbidRaw");

    [Fact]
    public async Task Add_TranscodeRecordFormatWithoutTemplates_MissingTemplate() =>
        await AssertRefused(Valid.With(("TranscodeRecordFormat.1.Format", "flv"), ("TranscodeRecordFormat.1.OssObjectPrefix", "t/{StartTime}_{EndTime}")), "MissingTemplate");

    [Theory]
    [InlineData("14")]
    [InlineData("21601")]
    [InlineData("soon")]
    public async Task Add_DelayTimeOutside15To21600_InvalidDelayTime(string delay) =>
        await AssertRefused(Valid.With(("DelayTime", delay)), "InvalidDelayTime");

    [Theory]
    [InlineData("15")]
    [InlineData("21600")]
    public async Task Add_DelayTimeAtBounds_Accepted(string delay) =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("DelayTime", delay)))).Status);

    [Theory]
    [InlineData("3")]
    [InlineData("-1")]
    public async Task Add_OnDemandNotOf0127_InvalidOnDemandMalformed(string onDemand) =>
        await AssertRefused(Valid.With(("OnDemand", onDemand)), "InvalidOnDemand.Malformed");

    [Fact]
    public async Task Add_StartTimeOtherLayout_InvalidStartTimeMalformed() =>
        await AssertRefused(Valid.With(("StreamName", "s"), ("StartTime", "2026-03-02 11:00:00")), "InvalidStartTime.Malformed");

    [Fact]
    public async Task Add_EndTimeOtherLayout_InvalidEndTimeMalformed() =>
        await AssertRefused(Valid.With(("StreamName", "s"), ("EndTime", "2026/03/03T11:00:00Z")), "InvalidEndTime.Malformed");

    [Theory]
    [InlineData(-8)]
    [InlineData(8)]
    public async Task Add_StartTimeMoreThan7DaysFromNow_InvalidStartTimeMismatch(int days) =>
        await AssertRefused(Valid.With(("StreamName", "s"), ("StartTime", ParameterSets.Wire(Emulator.Clock.GetUtcNow().AddDays(days)))), "InvalidStartTime.Mismatch");

    [Fact]
    public async Task Add_EndTimeNotAfterStartTime_InvalidEndTimeMismatch()
    {
        var start = Emulator.Clock.GetUtcNow().AddHours(2);

        await AssertRefused(Valid.With(("StreamName", "s"), ("StartTime", ParameterSets.Wire(start)), ("EndTime", ParameterSets.Wire(start))), "InvalidEndTime.Mismatch");
    }

    [Fact]
    public async Task Add_EndTimeMoreThan7DaysAfterStartTime_InvalidEndTimeMismatch()
    {
        var start = Emulator.Clock.GetUtcNow().AddHours(1);

        await AssertRefused(Valid.With(("StreamName", "s"), ("StartTime", ParameterSets.Wire(start)), ("EndTime", ParameterSets.Wire(start.AddDays(7).AddSeconds(1)))), "InvalidEndTime.Mismatch");
    }

    [Fact]
    public async Task Add_EndTimeInThePast_InvalidEndTimeMismatch() =>
        await AssertRefused(Valid.With(("StreamName", "s"), ("EndTime", ParameterSets.Wire(Emulator.Clock.GetUtcNow().AddMinutes(-1)))), "InvalidEndTime.Mismatch");

    [Fact]
    public async Task Add_SameTripleTwice_ConfigAlreadyExists()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid)).Status);

        await AssertRefused(Valid, "ConfigAlreadyExists");
    }

    [Fact]
    public async Task Add_SameAppOtherStream_Accepted()
    {
        await Client.CallAsync(Action, Valid);

        var answer = await Client.CallAsync(Action, Valid.With(("StreamName", "other")));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Add_TripleHasLiveToVodConfig_Live2VodConfigAlreadyExists()
    {
        await Client.CallAsync("AddLiveRecordVodConfig", Params(("DomainName", "example.com"), ("AppName", "liveApp"), ("VodTranscodeGroupId", "group")));

        await AssertRefused(Valid, "Live2Vod.ConfigAlreadyExists");
    }

    private Task AssertRefused(Dictionary<string, string> parameters, string code) => AssertRefusedAsync(Action, parameters, code);
}

public sealed class AddLiveAppRecordConfigKnownBucketsTests : EmulatorTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Emulator:Oss:Buckets:0"] = "live-bucket" };

    [Fact]
    public async Task Add_BucketNotAmongConfiguredBuckets_InvalidOssBucketNotFound()
    {
        var parameters = Params(
            ("DomainName", "example.com"), ("AppName", "app"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), ("OssBucket", "other-bucket"),
            ("RecordFormat.1.Format", "flv"), ("RecordFormat.1.OssObjectPrefix", "r/{StartTime}_{EndTime}"));

        var refused = await Client.CallAsync("AddLiveAppRecordConfig", parameters);
        var accepted = await Client.CallAsync("AddLiveAppRecordConfig", parameters.With(("OssBucket", "live-bucket")));

        Assert.Equal("InvalidOssBucket.NotFound", refused.Code);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }
}
