using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Developer;

/// <summary>Reset and the request log.</summary>
public sealed class DeveloperEndpointsTests : EmulatorTest
{
    private static readonly Dictionary<string, string> Describe = new() { ["DomainName"] = "example.com" };

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Emulator:RequestLogCapacity"] = "5" };

    [Fact]
    public async Task GetRequests_AfterCalls_RecordsActionOperationParametersStatusAndCodeNewestLast()
    {
        await Client.CallV1Async("DescribeLiveRecordConfig", Describe, new CallOptions { SecurityToken = "sts" });
        await Client.CallAsync("DescribeLiveRecordConfig", Describe, new CallOptions { SigningSecret = "wrong" });

        var log = await GetLogAsync();

        Assert.Equal(2, log.Count);
        Assert.Equal("DescribeLiveRecordConfig", (string?)log[0]!["Action"]);
        Assert.Equal(200, (int)log[0]!["StatusCode"]!);
        Assert.Null((string?)log[0]!["Code"]);
        var parameters = log[0]!["Parameters"]!.AsObject();
        Assert.Equal(["DomainName"], parameters.Select(p => p.Key));
        Assert.Equal("example.com", (string?)parameters["DomainName"]);
        Assert.Equal(400, (int)log[1]!["StatusCode"]!);
        Assert.Equal("SignatureDoesNotMatch", (string?)log[1]!["Code"]);
    }

    [Fact]
    public async Task GetRequests_MoreCallsThanCapacity_KeepsTheNewest()
    {
        for (var i = 0; i < 7; i++)
        {
            await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", $"d{i}.com")));
        }

        var log = await GetLogAsync();

        Assert.Equal(["d2.com", "d3.com", "d4.com", "d5.com", "d6.com"], log.Select(e => (string?)e!["Parameters"]!["DomainName"]));
    }

    [Fact]
    public async Task GetRequests_SecretParameter_IsMasked()
    {
        await Client.CallAsync("AddLiveSnapshotNotifyConfig", Params(
            ("DomainName", "example.com"), ("NotifyUrl", "https://hooks.example.com/snap"), ("NotifyReqAuth", "yes"), ("NotifyAuthKey", "abcdefgh12345678")));

        var log = await GetLogAsync();

        Assert.Equal("***", (string?)log.Single()!["Parameters"]!["NotifyAuthKey"]);
        Assert.DoesNotContain("abcdefgh12345678", log.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRequests_RequestWithoutAction_RecordedWithNullAction()
    {
        using var response = await Emulator.Http.PostAsync("/?Version=2016-11-01", null);

        var log = await GetLogAsync();

        Assert.Null((string?)log.Single()!["Action"]);
        Assert.Equal("MissingAction", (string?)log.Single()!["Code"]);
    }

    [Fact]
    public async Task DeleteRequests_AfterCalls_EmptiesTheLog()
    {
        await Client.CallAsync("DescribeLiveRecordConfig", Describe);

        using var response = await Emulator.Http.DeleteAsync("/_emulator/requests");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await GetLogAsync());
    }

    [Fact]
    public async Task PostReset_AfterUse_ClearsConfigsLogNoncesWindowsCountersAndFaults()
    {
        var add = await Client.CallAsync("AddLiveAppSnapshotConfig", Params(
            ("DomainName", "example.com"), ("AppName", "app"), ("TimeInterval", "5"),
            ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), ("OssBucket", "bucket"), ("OverwriteOssObject", "{AppName}.jpg")));
        Assert.Equal(HttpStatusCode.OK, add.Status);
        await Client.CallAsync("DescribeLiveRecordConfig", Describe, new CallOptions { Nonce = "nonce-1" });
        for (var i = 0; i < 30; i++)
        {
            await Client.CallAsync("UpdateLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "app")));
        }

        Assert.Equal("Throttling.User", (await Client.CallAsync("UpdateLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "app")))).Code);
        using var faults = await Emulator.Http.PutAsJsonAsync("/_emulator/faults", new JsonObject { ["Rules"] = new JsonArray(new JsonObject { ["Kind"] = "InternalError", ["Action"] = "DeleteLiveAppSnapshotConfig" }) });

        using var reset = await Emulator.Http.PostAsync("/_emulator/reset", null);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Empty(await GetLogAsync());
        var throttling = JsonNode.Parse(await Emulator.Http.GetStringAsync("/_emulator/throttling"))!;
        Assert.Empty(throttling["Actions"]!.AsArray());
        Assert.Empty(JsonNode.Parse(await Emulator.Http.GetStringAsync("/_emulator/faults"))!["Rules"]!.AsArray());
        var describe = await Client.CallAsync("DescribeLiveSnapshotConfig", Describe);
        Assert.Equal(0, (int)describe.Body["TotalNum"]!);
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync("DescribeLiveRecordConfig", Describe, new CallOptions { Nonce = "nonce-1" })).Status);
        Assert.Equal("InvalidConfig.NotFound", (await Client.CallAsync("UpdateLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "app")))).Code);
        Assert.Equal("InvalidConfig.NotFound", (await Client.CallAsync("DeleteLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "app")))).Code);
    }

    private async Task<JsonArray> GetLogAsync() =>
        JsonNode.Parse(await Emulator.Http.GetStringAsync("/_emulator/requests"))!.AsArray();
}
