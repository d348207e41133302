using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveTranscodeJob;

// The typed call through the client and the stub: the JSON-string parameters exactly as sent, and vector V3-C.
public sealed class UpdateLiveTranscodeJobRoundTripTests
{
    private const string DocumentAnswer = """{"RequestId": "******3B-0E1A-586A-AC29-742247******"}""";

    [Fact]
    public async Task UpdateLiveTranscodeJobAsync_V3_SendsEachObjectAsOneCompactJsonParameterInTheSdkForm()
    {
        var harness = RoundTrip.Answering(DocumentAnswer);

        // "&", "+" and Chinese text stay as they are inside the JSON (no \u0026, \u002B or \uXXXX escapes); only the
        // percent-encoding of the query string encodes them.
        var response = await harness.Client.UpdateLiveTranscodeJobAsync(new UpdateLiveTranscodeJobRequest
        {
            JobId = "20b48fb04483915d4f2cd8ac",
            Name = "直播转码",
            StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/live/直播?auth_key=1714550400-0-0-ab+cd&token=x", Type = "rtmp" },
            TimedConfig = new TimedConfig { StartTime = "2024-05-02T08:00:00Z", EndTime = "2024-05-02T10:00:00Z" },
            TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = "LiveCenter" },
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.IceHost, "UpdateLiveTranscodeJob", RoundTrip.IceVersion);
        Assert.Equal(
            "JobId=20b48fb04483915d4f2cd8ac&Name=%E7%9B%B4%E6%92%AD%E8%BD%AC%E7%A0%81"
            + "&StreamInput=%7B%22InputUrl%22%3A%22rtmp%3A%2F%2Fmydomain%2Flive%2F%E7%9B%B4%E6%92%AD%3Fauth_key%3D1714550400-0-0-ab%2Bcd%26token%3Dx%22%2C%22Type%22%3A%22rtmp%22%7D"
            + "&TimedConfig=%7B%22EndTime%22%3A%222024-05-02T10%3A00%3A00Z%22%2C%22StartTime%22%3A%222024-05-02T08%3A00%3A00Z%22%7D"
            + "&TranscodeOutput=%7B%22DomainName%22%3A%22mydomain%22%2C%22Type%22%3A%22LiveCenter%22%7D",
            sent.Query);
        Assert.Equal("""{"InputUrl":"rtmp://mydomain/live/直播?auth_key=1714550400-0-0-ab+cd&token=x","Type":"rtmp"}""", sent.QueryValue("StreamInput"));
        Assert.Equal("******3B-0E1A-586A-AC29-742247******", response.RequestId);
    }

    [Fact]
    public async Task UpdateLiveTranscodeJobAsync_NameOnly_SendsJobIdAndName()
    {
        var harness = RoundTrip.Answering(DocumentAnswer);

        await harness.Client.UpdateLiveTranscodeJobAsync(new UpdateLiveTranscodeJobRequest { JobId = "job-1", Name = "renamed" });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.IceHost, "UpdateLiveTranscodeJob", RoundTrip.IceVersion);
        Assert.Equal("JobId=job-1&Name=renamed", sent.Query);
    }

    [Fact]
    public async Task SendAsync_VectorV3CParametersFromTheOperation_SendTheVectorAuthorization()
    {
        // Vector V3-C (spec/alibaba-openapi.md §2.5) with the operation's own wire parameters. Its 2022 TimedConfig is
        // more than seven days from the vector's date, so the call goes around the validator; the JSON is the operation's.
        var harness = ClientHarness.Create(
            o => (o.AccessKeyId, o.AccessKeySecret) = ("YourAccessKeyId", "YourAccessKeySecret"),
            start: new DateTimeOffset(2023, 10, 26, 10, 22, 32, TimeSpan.Zero),
            nonce: _ => "3156853299f313e23d1673dc12e1703d");
        harness.EnqueueOk();
        var parameters = UpdateLiveTranscodeJobOperation.Instance.ToParameters(new UpdateLiveTranscodeJobRequest
        {
            JobId = "20b48fb04483915d4f2cd8ac",
            Name = "mytest3",
            StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = "rtmp" },
            TimedConfig = new TimedConfig { StartTime = "2022-06-19T02:16:41Z", EndTime = "2022-08-05T06:08:31Z" },
            TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = "LiveCenter" },
        });

        await harness.Client.SendAsync(new RawOperation(AlibabaProduct.Ice, "UpdateLiveTranscodeJob"), parameters);

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal(
            "JobId=20b48fb04483915d4f2cd8ac&Name=mytest3"
            + "&StreamInput=%7B%22InputUrl%22%3A%22rtmp%3A%2F%2Fmydomain%2Fapp%2Fstream1%22%2C%22Type%22%3A%22rtmp%22%7D"
            + "&TimedConfig=%7B%22EndTime%22%3A%222022-08-05T06%3A08%3A31Z%22%2C%22StartTime%22%3A%222022-06-19T02%3A16%3A41Z%22%7D"
            + "&TranscodeOutput=%7B%22DomainName%22%3A%22mydomain%22%2C%22Type%22%3A%22LiveCenter%22%7D",
            sent.Query);
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=655cd8027805f740a5be3f84826029207fb255044b19f4d06389b1405f0bcdf5",
            sent.Header("Authorization"));
    }
}
