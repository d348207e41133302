using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig;

// The typed call through the client and the stub: the exact query string sent and the answer read back.
public sealed class UpdateLiveAppRecordConfigRoundTripTests
{
    private const string DocumentAnswer = """{"RequestId": "16A96B9A-F203-4EC5-8E43-CB92E68F4CD8"}""";

    [Fact]
    public async Task UpdateLiveAppRecordConfigAsync_V3_SendsEveryParameterFlattenedSortedAndEncoded()
    {
        var harness = RoundTrip.Answering(DocumentAnswer);

        var response = await harness.Client.UpdateLiveAppRecordConfigAsync(new UpdateLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            StreamName = "liveStream",
            StartTime = "2024-05-01T09:00:00Z",
            EndTime = "2024-05-03T09:00:00Z",
            OnDemand = 7,
            DelayTime = 180,
            RecordFormat =
            [
                new RecordFormatItem { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 },
                new RecordFormatItem { Format = "flv", CycleDuration = 7200 },
            ],
            TranscodeRecordFormat = [new RecordFormatItem { Format = "mp4", CycleDuration = 21600 }],
            TranscodeTemplates = ["sd", "hd"],
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "UpdateLiveAppRecordConfig", RoundTrip.LiveVersion);
        Assert.Equal(
            "AppName=liveApp&DelayTime=180&DomainName=example.com&EndTime=2024-05-03T09%3A00%3A00Z&OnDemand=7"
            + "&OssEndpoint=oss-cn-shanghai.aliyuncs.com"
            + "&RecordFormat.1.CycleDuration=3600&RecordFormat.1.Format=m3u8&RecordFormat.1.SliceDuration=30"
            + "&RecordFormat.2.CycleDuration=7200&RecordFormat.2.Format=flv"
            + "&StartTime=2024-05-01T09%3A00%3A00Z&StreamName=liveStream"
            + "&TranscodeRecordFormat.1.CycleDuration=21600&TranscodeRecordFormat.1.Format=mp4"
            + "&TranscodeTemplates.1=sd&TranscodeTemplates.2=hd",
            sent.Query);
        Assert.Equal(new UpdateLiveAppRecordConfigResponse("16A96B9A-F203-4EC5-8E43-CB92E68F4CD8"), response);
    }

    [Fact]
    public async Task UpdateLiveAppRecordConfigAsync_V1VectorD_SendsTheCommonParametersAndTheVectorSignature()
    {
        // Vector V1-D (spec/alibaba-openapi.md §1.5): the same call signed with HMAC-SHA1, every parameter in the query.
        var harness = ClientHarness.Create(
            o => o.SignatureVersion = AlibabaSignatureVersion.V1,
            start: new DateTimeOffset(2016, 2, 23, 12, 46, 24, TimeSpan.Zero),
            nonce: _ => "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        harness.Stub.Enqueue(HttpStatusCode.OK, DocumentAnswer);

        var response = await harness.Client.UpdateLiveAppRecordConfigAsync(new UpdateLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            RecordFormat = [new RecordFormatItem { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 }],
            TranscodeTemplates = ["sd"],
        });

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://live.aliyuncs.com/", sent.RequestUri.GetLeftPart(UriPartial.Path));
        Assert.Equal(
            "AccessKeyId=testid&Action=UpdateLiveAppRecordConfig&AppName=liveApp&DomainName=example.com&Format=JSON"
            + "&OssEndpoint=oss-cn-shanghai.aliyuncs.com"
            + "&RecordFormat.1.CycleDuration=3600&RecordFormat.1.Format=m3u8&RecordFormat.1.SliceDuration=30"
            + "&Signature=aGMgRmT%2BMM7zLjf1hKIUS%2BBPahg%3D&SignatureMethod=HMAC-SHA1"
            + "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
            + "&Timestamp=2016-02-23T12%3A46%3A24Z&TranscodeTemplates.1=sd&Version=2016-11-01",
            sent.Query);
        Assert.Null(sent.Header("Authorization"));
        Assert.Equal(string.Empty, sent.Body);
        Assert.Equal("16A96B9A-F203-4EC5-8E43-CB92E68F4CD8", response.RequestId);
    }

    [Fact]
    public async Task UpdateLiveAppRecordConfigAsync_EmptyOptionalStrings_AreNotSent()
    {
        var harness = RoundTrip.Answering(DocumentAnswer);

        await harness.Client.UpdateLiveAppRecordConfigAsync(new UpdateLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            StreamName = string.Empty,
            StartTime = string.Empty,
            RecordFormat = [new RecordFormatItem { Format = "flv" }],
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "UpdateLiveAppRecordConfig", RoundTrip.LiveVersion);
        Assert.Equal("AppName=liveApp&DomainName=example.com&OssEndpoint=oss-cn-shanghai.aliyuncs.com&RecordFormat.1.Format=flv", sent.Query);
    }
}
