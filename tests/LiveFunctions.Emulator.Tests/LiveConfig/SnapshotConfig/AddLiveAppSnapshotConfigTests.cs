using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.SnapshotConfig;

/// <summary>AddLiveAppSnapshotConfig, DescribeLiveSnapshotConfig and DeleteLiveAppSnapshotConfig.</summary>
public sealed class AddLiveAppSnapshotConfigTests : EmulatorTest
{
    private const string Action = "AddLiveAppSnapshotConfig";

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "liveApp",
        ["TimeInterval"] = "5",
        ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
        ["OssBucket"] = "live-bucket",
        ["OverwriteOssObject"] = "{AppName}/{StreamName}.jpg",
        ["SequenceOssObject"] = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
        ["Callback"] = "https://hooks.example.com/snapshot",
    };

    [Fact]
    public async Task Add_Valid_DescribeShowsIt()
    {
        var added = await Client.CallAsync(Action, Valid);
        var described = await Client.CallAsync("DescribeLiveSnapshotConfig", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal(1, (int)described.Body["TotalNum"]!);
        var item = described.Body["LiveStreamSnapshotConfigList"]!["LiveStreamSnapshotConfig"]!.AsArray().Single()!;
        Assert.Equal("liveApp", (string?)item["AppName"]);
        Assert.Equal(5, (int)item["TimeInterval"]!);
        Assert.Equal("live-bucket", (string?)item["OssBucket"]);
        Assert.Equal("{AppName}/{StreamName}.jpg", (string?)item["OverwriteOssObject"]);
        Assert.Equal("snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg", (string?)item["SequenceOssObject"]);
        Assert.Equal("https://hooks.example.com/snapshot", (string?)item["Callback"]);
        Assert.Equal(ParameterSets.Wire(Emulator.Clock.GetUtcNow()), (string?)item["CreateTime"]);
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("AppName")]
    [InlineData("TimeInterval")]
    [InlineData("OssEndpoint")]
    [InlineData("OssBucket")]
    public async Task Add_RequiredParameterMissing_MissingParameter(string parameter) =>
        await AssertRefused(Valid.Without(parameter), $"Missing{parameter}");

    [Theory]
    [InlineData("-app")]
    [InlineData("_app")]
    [InlineData("app/1")]
    public async Task Add_AppNameBreaksNamingRule_InvalidAppNameMalformed(string app) =>
        await AssertRefused(Valid.With(("AppName", app)), "InvalidAppName.Malformed");

    [Fact]
    public async Task Add_AllAppsStar_Accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("AppName", "*")))).Status);

    [Theory]
    [InlineData("4")]
    [InlineData("3601")]
    [InlineData("often")]
    public async Task Add_TimeIntervalOutside5To3600_InvalidTimeIntervalMalformed(string interval) =>
        await AssertRefused(Valid.With(("TimeInterval", interval)), "InvalidTimeInterval.Malformed");

    [Theory]
    [InlineData("5")]
    [InlineData("3600")]
    public async Task Add_TimeIntervalAtBounds_Accepted(string interval) =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("TimeInterval", interval)))).Status);

    [Fact]
    public async Task Add_NeitherObjectName_InvalidOverwriteOssObjectOrSequenceOssObjectMalformed() =>
        await AssertRefused(Valid.Without("OverwriteOssObject", "SequenceOssObject"), "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed");

    [Theory]
    [InlineData("OverwriteOssObject")]
    [InlineData("SequenceOssObject")]
    public async Task Add_OnlyOneObjectName_Accepted(string kept)
    {
        var other = kept == "OverwriteOssObject" ? "SequenceOssObject" : "OverwriteOssObject";

        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.Without(other))).Status);
    }

    [Theory]
    [InlineData("{AppName}/{StreamName}.png")]
    [InlineData("{AppName}/{UnixTimestamp}.jpg")]
    [InlineData("{AppName}/{StreamName.jpg")]
    public async Task Add_OverwriteOssObjectBreaksRules_InvalidOverwriteOssObjectMalformed(string name) =>
        await AssertRefused(Valid.With(("OverwriteOssObject", name)), "InvalidOverwriteOssObject.Malformed");

    [Fact]
    public async Task Add_OverwriteOssObjectOf256Bytes_InvalidOverwriteOssObjectMalformed() =>
        await AssertRefused(Valid.With(("OverwriteOssObject", new string('a', 252) + ".jpg")), "InvalidOverwriteOssObject.Malformed");

    [Theory]
    [InlineData("snapshot/{AppName}/{StreamName}.jpg")]
    [InlineData("snapshot/{AppName}/{Sequence}.gif")]
    [InlineData("snapshot/{Date}/{Sequence}.jpg")]
    public async Task Add_SequenceOssObjectBreaksRules_InvalidSequenceOssObjectMalformed(string name) =>
        await AssertRefused(Valid.With(("SequenceOssObject", name)), "InvalidSequenceOssObject.Malformed");

    [Fact]
    public async Task Add_SequenceOssObjectWithSequenceVariable_Accepted() =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync(Action, Valid.With(("SequenceOssObject", "s/{AppName}/{Sequence}.jpg")))).Status);

    [Fact]
    public async Task Add_OssEndpointMalformed_InvalidOssEndpointMalformed() =>
        await AssertRefused(Valid.With(("OssEndpoint", "https://oss-cn-shanghai.aliyuncs.com")), "InvalidOssEndpoint.Malformed");

    [Fact]
    public async Task Add_OssBucketMalformed_InvalidOssBucketMalformed() =>
        await AssertRefused(Valid.With(("OssBucket", "Live_Bucket")), "InvalidOssBucket.Malformed");

    [Theory]
    [InlineData("ftp://hooks.example.com/x")]
    [InlineData("/relative")]
    public async Task Add_CallbackNotAnHttpUrl_InvalidCallbackMalformed(string callback) =>
        await AssertRefused(Valid.With(("Callback", callback)), "InvalidCallback.Malformed");

    [Fact]
    public async Task Add_SameAppTwice_ConfigAlreadyExists()
    {
        await Client.CallAsync(Action, Valid);

        await AssertRefused(Valid, "ConfigAlreadyExists");
    }

    [Fact]
    public async Task Describe_PageSizeBelow5_InvalidPageSizeMalformed() =>
        Assert.Equal("InvalidPageSize.Malformed", (await Client.CallAsync("DescribeLiveSnapshotConfig", Params(("DomainName", "example.com"), ("PageSize", "4")))).Code);

    [Fact]
    public async Task Describe_AppNameFilter_OnlyThatApp()
    {
        await Client.CallAsync(Action, Valid);
        await Client.CallAsync(Action, Valid.With(("AppName", "other")));

        var described = await Client.CallAsync("DescribeLiveSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "other")));

        Assert.Equal(1, (int)described.Body["TotalNum"]!);
        Assert.Equal("other", (string?)described.Body["LiveStreamSnapshotConfigList"]!["LiveStreamSnapshotConfig"]![0]!["AppName"]);
    }

    [Fact]
    public async Task Delete_ExistingConfig_RemovedAndMissingOneNotFound()
    {
        await Client.CallAsync(Action, Valid);

        var deleted = await Client.CallAsync("DeleteLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "liveApp")));
        var again = await Client.CallAsync("DeleteLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "liveApp")));

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("InvalidConfig.NotFound", again.Code);
    }

    private Task AssertRefused(Dictionary<string, string> parameters, string code) => AssertRefusedAsync(Action, parameters, code);
}
