using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.RecordVodConfig;

/// <summary>AddLiveRecordVodConfig: one test per rule and code of api-docs/live-AddLiveRecordVodConfig.txt.</summary>
public sealed class AddLiveRecordVodConfigTests : EmulatorTest
{
    private const string Action = "AddLiveRecordVodConfig";

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "testName",
        ["VodTranscodeGroupId"] = "e2d796d3bb5fd8049d32bff62f94abcd",
    };

    [Fact]
    public async Task Add_Valid_DescribeLiveRecordVodConfigsShowsIt()
    {
        var added = await Client.CallAsync(Action, Valid.With(
            ("StreamName", "stream"), ("CycleDuration", "300"), ("AutoCompose", "ON"), ("ComposeVodTranscodeGroupId", "compose-group"),
            ("StorageLocation", "abc-tjptr2vatm.oss-cn-shanghai.aliyuncs.com"), ("RegionId", "cn-shanghai")));
        var described = await Client.CallAsync("DescribeLiveRecordVodConfigs", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal("1", (string?)described.Body["Total"]);
        var item = described.Body["LiveRecordVodConfigs"]!["LiveRecordVodConfig"]!.AsArray().Single()!;
        Assert.Equal("stream", (string?)item["StreamName"]);
        Assert.Equal(300, (int)item["CycleDuration"]!);
        Assert.Equal("ON", (string?)item["AutoCompose"]);
        Assert.Equal("compose-group", (string?)item["ComposeVodTranscodeGroupId"]);
        Assert.Equal("e2d796d3bb5fd8049d32bff62f94abcd", (string?)item["VodTranscodeGroupId"]);
    }

    [Fact]
    public async Task Add_CycleDurationLeftOut_Defaults3600()
    {
        await Client.CallAsync(Action, Valid);
        var described = await Client.CallAsync("DescribeLiveRecordVodConfigs", Params(("DomainName", "example.com")));

        Assert.Equal(3600, (int)described.Body["LiveRecordVodConfigs"]!["LiveRecordVodConfig"]![0]!["CycleDuration"]!);
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("AppName")]
    [InlineData("VodTranscodeGroupId")]
    public async Task Add_RequiredParameterMissing_MissingParameter(string parameter) =>
        await AssertRefused(Valid.Without(parameter), HttpStatusCode.BadRequest, $"Missing{parameter}");

    [Theory]
    [InlineData("299")]
    [InlineData("21601")]
    [InlineData("1h")]
    public async Task Add_CycleDurationOutside300To21600_InvalidCycleDurationMalformed(string cycle) =>
        await AssertRefused(Valid.With(("CycleDuration", cycle)), HttpStatusCode.BadRequest, "InvalidCycleDuration.Malformed");

    [Theory]
    [InlineData("300")]
    [InlineData("21600")]
    public async Task Add_CycleDurationAtBounds_Accepted(string cycle) =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("CycleDuration", cycle)))).Status);

    [Theory]
    [InlineData("on")]
    [InlineData("YES")]
    public async Task Add_AutoComposeNotOnOrOff_InvalidAutoComposeMalformed(string value) =>
        await AssertRefused(Valid.With(("AutoCompose", value)), HttpStatusCode.BadRequest, "InvalidAutoCompose.Malformed");

    [Fact]
    public async Task Add_AutoComposeOnWithoutComposeGroup_InvalidAutoComposeAndComposeVodTranscodeGroupIdMalformed() =>
        await AssertRefused(Valid.With(("AutoCompose", "ON")), HttpStatusCode.BadRequest, "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed");

    [Fact]
    public async Task Add_ComposeGroupWithoutAutoCompose_InvalidAutoComposeAndComposeVodTranscodeGroupIdMalformed() =>
        await AssertRefused(Valid.With(("ComposeVodTranscodeGroupId", "g")), HttpStatusCode.BadRequest, "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed");

    [Fact]
    public async Task Add_AutoComposeOff_Accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("AutoCompose", "OFF")))).Status);

    [Theory]
    [InlineData("2")]
    [InlineData("7")]
    public async Task Add_OnDemandNot0Or1_InvalidOnDemandMalformed(string value) =>
        await AssertRefused(Valid.With(("OnDemand", value)), HttpStatusCode.BadRequest, "InvalidOnDemand.Malformed");

    [Fact]
    public async Task Add_StorageLocationInOtherRegion_InvalidRegionConflict403() =>
        await AssertRefused(Valid.With(("StorageLocation", "abc-tjptr2vatm.oss-cn-beijing.aliyuncs.com"), ("RegionId", "cn-shanghai")), HttpStatusCode.Forbidden, "InvalidRegion.Conflict");

    [Fact]
    public async Task Add_SameTripleTwice_ConfigAlreadyExists()
    {
        await Client.CallAsync(Action, Valid);

        await AssertRefused(Valid, HttpStatusCode.BadRequest, "ConfigAlreadyExists");
    }

    [Fact]
    public async Task Add_TripleHasOssRecordConfig_CommomLiveRcordConfigExisted()
    {
        var oss = await Client.CallAsync("AddLiveAppRecordConfig", Params(
            ("DomainName", "example.com"), ("AppName", "testName"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), ("OssBucket", "bucket"),
            ("RecordFormat.1.Format", "flv"), ("RecordFormat.1.OssObjectPrefix", "r/{StartTime}_{EndTime}")));
        Assert.Equal(HttpStatusCode.OK, oss.Status);

        await AssertRefused(Valid, HttpStatusCode.BadRequest, "CommomLiveRcordConfigExisted");
    }

    [Fact]
    public async Task Delete_ExistingConfig_RemovedAndMissingOneNotFound()
    {
        await Client.CallAsync(Action, Valid);

        var deleted = await Client.CallAsync("DeleteLiveRecordVodConfig", Params(("DomainName", "example.com"), ("AppName", "testName")));
        var again = await Client.CallAsync("DeleteLiveRecordVodConfig", Params(("DomainName", "example.com"), ("AppName", "testName")));
        var described = await Client.CallAsync("DescribeLiveRecordVodConfigs", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("InvalidConfig.NotFound", again.Code);
        Assert.Equal("0", (string?)described.Body["Total"]);
    }

    [Fact]
    public async Task Describe_DomainNameMissing_MissingDomainName() =>
        Assert.Equal("MissingDomainName", (await Client.CallAsync("DescribeLiveRecordVodConfigs", Params())).Code);

    private Task AssertRefused(Dictionary<string, string> parameters, HttpStatusCode status, string code) => AssertRefusedAsync(Action, parameters, code, status);
}

/// <summary>With VOD resources configured, unknown ones answer the documented not-found codes.</summary>
public sealed class AddLiveRecordVodConfigKnownResourcesTests : EmulatorTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Emulator:Vod:TranscodeGroupIds:0"] = "known-group",
        ["Emulator:Vod:StorageLocations:0"] = "known.oss-cn-shanghai.aliyuncs.com",
    };

    [Fact]
    public async Task Add_UnknownTranscodeGroup_InvalidTemplateGroupIdNotFound404()
    {
        var answer = await Client.CallAsync("AddLiveRecordVodConfig", Params(("DomainName", "example.com"), ("AppName", "a"), ("VodTranscodeGroupId", "unknown")));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("InvalidTemplateGroupId.NotFound", answer.Code);
    }

    [Fact]
    public async Task Add_UnknownComposeGroup_InvalidTemplateGroupIdNotFound404()
    {
        var answer = await Client.CallAsync("AddLiveRecordVodConfig", Params(
            ("DomainName", "example.com"), ("AppName", "a"), ("VodTranscodeGroupId", "known-group"), ("AutoCompose", "ON"), ("ComposeVodTranscodeGroupId", "unknown")));

        Assert.Equal("InvalidTemplateGroupId.NotFound", answer.Code);
    }

    [Fact]
    public async Task Add_UnknownStorageLocation_InvalidStorageNotFound404()
    {
        var answer = await Client.CallAsync("AddLiveRecordVodConfig", Params(
            ("DomainName", "example.com"), ("AppName", "a"), ("VodTranscodeGroupId", "known-group"), ("StorageLocation", "other.oss-cn-shanghai.aliyuncs.com")));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("InvalidStorage.NotFound", answer.Code);
    }

    [Fact]
    public async Task Add_KnownResources_Accepted()
    {
        var answer = await Client.CallAsync("AddLiveRecordVodConfig", Params(
            ("DomainName", "example.com"), ("AppName", "a"), ("VodTranscodeGroupId", "known-group"), ("StorageLocation", "known.oss-cn-shanghai.aliyuncs.com")));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }
}
