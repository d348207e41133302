using System.Net;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.SnapshotConfig;

/// <summary>UpdateLiveAppSnapshotConfig: one test per rule and code of api-docs/live-UpdateLiveAppSnapshotConfig.txt.</summary>
public sealed class UpdateLiveAppSnapshotConfigTests : EmulatorTest
{
    private const string Action = "UpdateLiveAppSnapshotConfig";

    private static readonly Dictionary<string, string> Key = new() { ["DomainName"] = "example.com", ["AppName"] = "liveApp" };

    [Fact]
    public async Task Update_OnlyTimeInterval_ChangesItAndKeepsTheRest()
    {
        await AddAsync();

        var answer = await Client.CallAsync(Action, Key.With(("TimeInterval", "60")));
        var item = await DescribeOneAsync();

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(60, (int)item["TimeInterval"]!);
        Assert.Equal("live-bucket", (string?)item["OssBucket"]);
        Assert.Equal("{AppName}/{StreamName}.jpg", (string?)item["OverwriteOssObject"]);
    }

    [Fact]
    public async Task Update_EveryField_AllReplaced()
    {
        await AddAsync();

        await Client.CallAsync(Action, Key.With(
            ("OssEndpoint", "oss-cn-beijing.aliyuncs.com"), ("OssBucket", "other-bucket"),
            ("SequenceOssObject", "s/{AppName}/{Sequence}.jpg"), ("Callback", "http://hooks.example.com/new")));
        var item = await DescribeOneAsync();

        Assert.Equal("oss-cn-beijing.aliyuncs.com", (string?)item["OssEndpoint"]);
        Assert.Equal("other-bucket", (string?)item["OssBucket"]);
        Assert.Equal("s/{AppName}/{Sequence}.jpg", (string?)item["SequenceOssObject"]);
        Assert.Equal("http://hooks.example.com/new", (string?)item["Callback"]);
    }

    [Fact]
    public async Task Update_HyphenForAnObjectName_DeletesIt()
    {
        await AddAsync(("SequenceOssObject", "s/{AppName}/{UnixTimestamp}.jpg"));

        var answer = await Client.CallAsync(Action, Key.With(("OverwriteOssObject", "-")));
        var item = await DescribeOneAsync();

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(item["OverwriteOssObject"]);
        Assert.Equal("s/{AppName}/{UnixTimestamp}.jpg", (string?)item["SequenceOssObject"]);
    }

    [Fact]
    public async Task Update_DeletingTheOnlyObjectName_InvalidOverwriteOssObjectOrSequenceOssObjectMalformed()
    {
        await AddAsync();

        await AssertRefused(Key.With(("OverwriteOssObject", "-")), "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed");
        Assert.Equal("{AppName}/{StreamName}.jpg", (string?)(await DescribeOneAsync())["OverwriteOssObject"]);
    }

    [Fact]
    public async Task Update_BothObjectNamesInOneRequest_InvalidOverwriteOssObjectOrSequenceOssObjectMalformed()
    {
        await AddAsync();

        await AssertRefused(
            Key.With(("OverwriteOssObject", "{AppName}.jpg"), ("SequenceOssObject", "s/{AppName}/{Sequence}.jpg")),
            "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed");
        Assert.Null((await DescribeOneAsync())["SequenceOssObject"]);
    }

    [Fact]
    public async Task Update_NoConfigForTheApp_InvalidConfigNotFound() =>
        await AssertRefused(Key.With(("TimeInterval", "10")), "InvalidConfig.NotFound");

    [Theory]
    [InlineData("DomainName")]
    [InlineData("AppName")]
    public async Task Update_RequiredParameterMissing_MissingParameter(string parameter) =>
        await AssertRefused(Key.Without(parameter), $"Missing{parameter}");

    [Theory]
    [InlineData("TimeInterval", "4", "InvalidTimeInterval.Malformed")]
    [InlineData("TimeInterval", "3601", "InvalidTimeInterval.Malformed")]
    [InlineData("OssEndpoint", "oss cn", "InvalidOssEndpoint.Malformed")]
    [InlineData("OssBucket", "B", "InvalidOssBucket.Malformed")]
    [InlineData("OverwriteOssObject", "{AppName}.bmp", "InvalidOverwriteOssObject.Malformed")]
    [InlineData("SequenceOssObject", "{AppName}/{StreamName}.jpg", "InvalidSequenceOssObject.Malformed")]
    [InlineData("Callback", "mailto:ops@example.com", "InvalidCallback.Malformed")]
    public async Task Update_DocumentedRuleBroken_DocumentedCode(string parameter, string value, string code)
    {
        await AddAsync();

        await AssertRefused(Key.With((parameter, value)), code);
    }

    private async Task AddAsync(params (string Name, string Value)[] extra)
    {
        var answer = await Client.CallAsync("AddLiveAppSnapshotConfig", Key.With(
            [("TimeInterval", "5"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), ("OssBucket", "live-bucket"), ("OverwriteOssObject", "{AppName}/{StreamName}.jpg"), .. extra]));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    private async Task<JsonNode> DescribeOneAsync()
    {
        var described = await Client.CallAsync("DescribeLiveSnapshotConfig", Params(("DomainName", "example.com")));
        return described.Body["LiveStreamSnapshotConfigList"]!["LiveStreamSnapshotConfig"]!.AsArray().Single()!;
    }

    private Task AssertRefused(Dictionary<string, string> parameters, string code) => AssertRefusedAsync(Action, parameters, code);
}

public sealed class SnapshotConfigKnownBucketsTests : EmulatorTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Emulator:Oss:Buckets:0"] = "live-bucket" };

    [Fact]
    public async Task Update_BucketNotAmongConfiguredBuckets_InvalidOssBucketNotFound()
    {
        await Client.CallAsync("AddLiveAppSnapshotConfig", Params(
            ("DomainName", "example.com"), ("AppName", "app"), ("TimeInterval", "5"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            ("OssBucket", "live-bucket"), ("OverwriteOssObject", "{AppName}.jpg")));

        var answer = await Client.CallAsync("UpdateLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "app"), ("OssBucket", "unknown-bucket")));

        Assert.Equal("InvalidOssBucket.NotFound", answer.Code);
    }
}
