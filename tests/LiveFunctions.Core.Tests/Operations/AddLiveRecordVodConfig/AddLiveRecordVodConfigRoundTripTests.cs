using LiveFunctions.Core.Operations.AddLiveRecordVodConfig;

namespace LiveFunctions.Core.Tests.Operations.AddLiveRecordVodConfig;

// The typed call through the client and the stub: the exact query string sent and the answer read back.
public sealed class AddLiveRecordVodConfigRoundTripTests
{
    [Fact]
    public async Task AddLiveRecordVodConfigAsync_V3_SendsEveryParameterIncludingRegionId()
    {
        var harness = RoundTrip.Answering("""{"RequestId": "16A96B9A-F203-4EC5-8E43-CB92E68F****"}""");

        var response = await harness.Client.AddLiveRecordVodConfigAsync(new AddLiveRecordVodConfigRequest
        {
            RegionId = "cn-shanghai",
            DomainName = "example.com",
            AppName = "liveApp",
            StreamName = "liveStream",
            VodTranscodeGroupId = "vodgroup01",
            CycleDuration = 3600,
            AutoCompose = "ON",
            ComposeVodTranscodeGroupId = "composegroup01",
            StorageLocation = "outin-a1b2c3.oss-cn-shanghai.aliyuncs.com",
            OnDemand = 0,
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "AddLiveRecordVodConfig", RoundTrip.LiveVersion);
        Assert.Equal(
            "AppName=liveApp&AutoCompose=ON&ComposeVodTranscodeGroupId=composegroup01&CycleDuration=3600"
            + "&DomainName=example.com&OnDemand=0&RegionId=cn-shanghai"
            + "&StorageLocation=outin-a1b2c3.oss-cn-shanghai.aliyuncs.com&StreamName=liveStream&VodTranscodeGroupId=vodgroup01",
            sent.Query);
        Assert.Equal(new AddLiveRecordVodConfigResponse("16A96B9A-F203-4EC5-8E43-CB92E68F****"), response);
    }
}
