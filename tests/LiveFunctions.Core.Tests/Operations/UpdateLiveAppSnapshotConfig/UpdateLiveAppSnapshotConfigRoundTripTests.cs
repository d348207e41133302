using LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppSnapshotConfig;

// The typed call through the client and the stub: the exact query string sent and the answer read back.
public sealed class UpdateLiveAppSnapshotConfigRoundTripTests
{
    [Fact]
    public async Task UpdateLiveAppSnapshotConfigAsync_V3_SendsObjectNamesAndCallbackUrlEncoded()
    {
        var harness = RoundTrip.Answering("""{"RequestId": "16A96B9A-F203-4EC5-8E43-CB92E68F4CD8"}""");

        // Switching to sequential snapshots: the overwrite name is deleted with "-".
        var response = await harness.Client.UpdateLiveAppSnapshotConfigAsync(new UpdateLiveAppSnapshotConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            TimeInterval = 5,
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            OssBucket = "live-bucket",
            OverwriteOssObject = "-",
            SequenceOssObject = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
            Callback = "https://callback.example.com/api/callbacks/snapshot?code=a+b&x=1",
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "UpdateLiveAppSnapshotConfig", RoundTrip.LiveVersion);
        Assert.Equal(
            "AppName=liveApp&Callback=https%3A%2F%2Fcallback.example.com%2Fapi%2Fcallbacks%2Fsnapshot%3Fcode%3Da%2Bb%26x%3D1"
            + "&DomainName=example.com&OssBucket=live-bucket&OssEndpoint=oss-cn-shanghai.aliyuncs.com&OverwriteOssObject=-"
            + "&SequenceOssObject=snapshot%2F%7BAppName%7D%2F%7BStreamName%7D%2F%7BUnixTimestamp%7D.jpg&TimeInterval=5",
            sent.Query);
        Assert.Equal(new UpdateLiveAppSnapshotConfigResponse("16A96B9A-F203-4EC5-8E43-CB92E68F4CD8"), response);
    }
}
