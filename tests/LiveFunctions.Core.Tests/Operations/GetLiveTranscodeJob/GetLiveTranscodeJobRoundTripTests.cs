using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Tests.Operations.GetLiveTranscodeJob;

// The typed call through the client and the stub: the exact query string sent and the Job read back.
public sealed class GetLiveTranscodeJobRoundTripTests
{
    // Shaped as the service answers (spec/alibaba-openapi.md §6.8): the Job with its input and output streams.
    private const string Answer = """
        {
          "RequestId": "B1C2D3E4-0E1A-586A-AC29-742247A1B2C3",
          "Job": {
            "JobId": "20b48fb04483915d4f2cd8ac",
            "Name": "mytest3",
            "Status": 1,
            "StartMode": 1,
            "CreateTime": "2024-04-30T08:00:00Z",
            "TemplateId": "a1b2c3d4e5f6",
            "TemplateName": "sd-template",
            "TemplateType": "normal",
            "StreamInput": { "InputUrl": "rtmp://mydomain/app/stream1", "Type": "rtmp" },
            "OutputStream": {
              "StreamInfos": [
                { "OutputUrl": "rtmp://mydomain/app/stream1_sd", "Type": "rtmp" },
                { "OutputUrl": "rtmp://mydomain/app/stream1_hd", "Type": "rtmp" }
              ]
            }
          }
        }
        """;

    [Fact]
    public async Task GetLiveTranscodeJobAsync_V3_SendsTheJobIdAndReadsTheJob()
    {
        var harness = RoundTrip.Answering(Answer);

        var response = await harness.Client.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = "20b48fb04483915d4f2cd8ac" });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.IceHost, "GetLiveTranscodeJob", RoundTrip.IceVersion);
        Assert.Equal("JobId=20b48fb04483915d4f2cd8ac", sent.Query);

        var expected = new GetLiveTranscodeJobResponse
        {
            RequestId = "B1C2D3E4-0E1A-586A-AC29-742247A1B2C3",
            Job = new LiveTranscodeJob
            {
                JobId = "20b48fb04483915d4f2cd8ac",
                Name = "mytest3",
                Status = LiveTranscodeJobStatus.Running,
                StartMode = 1,
                CreateTime = "2024-04-30T08:00:00Z",
                TemplateId = "a1b2c3d4e5f6",
                TemplateName = "sd-template",
                TemplateType = "normal",
                StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = "rtmp" },
                OutputStream = new LiveTranscodeOutputStream
                {
                    StreamInfos =
                    [
                        new LiveTranscodeStreamInfo { OutputUrl = "rtmp://mydomain/app/stream1_sd", Type = "rtmp" },
                        new LiveTranscodeStreamInfo { OutputUrl = "rtmp://mydomain/app/stream1_hd", Type = "rtmp" },
                    ],
                },
            },
        };
        Assert.Equivalent(expected, response, strict: true);
        Assert.Null(response.Job!.TimedConfig);
        Assert.Null(response.Job.TranscodeOutput);
    }
}
