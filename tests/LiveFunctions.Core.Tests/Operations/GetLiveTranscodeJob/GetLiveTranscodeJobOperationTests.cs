using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Tests.Operations.GetLiveTranscodeJob;

public sealed class GetLiveTranscodeJobOperationTests
{
    private static readonly GetLiveTranscodeJobOperation Operation = GetLiveTranscodeJobOperation.Instance;

    // Shaped as the SDK's GetLiveTranscodeJob response model (spec §6.8), without the UNCONFIRMED fields.
    private const string ServiceResponse = """
        {
          "RequestId": "BEA98A0C-7870-15FE-B96F-8880BB600A2C",
          "Job": {
            "JobId": "20b48fb04483915d4f2cd8ac",
            "Name": "mytest3",
            "Status": 1,
            "StartMode": 0,
            "CreateTime": "2022-06-19T02:00:00Z",
            "TemplateId": "b6491d5b3e514b7d895d14b5453ea119",
            "TemplateName": "basictemp",
            "TemplateType": "normal",
            "StreamInput": { "InputUrl": "rtmp://mydomain/app/stream1", "Type": "rtmp" },
            "OutputStream": {
              "StreamInfos": [
                { "OutputUrl": "rtmp://mydomain/app/stream1_basictemp", "Type": "rtmp" },
                { "OutputUrl": "rtmp://mydomain/app/stream1_hd", "Type": "rtmp" }
              ]
            }
          }
        }
        """;

    [Fact]
    public void Identity_IsIceGetLiveTranscodeJob()
    {
        Assert.Equal(AlibabaProduct.Ice, Operation.Product);
        Assert.Equal("GetLiveTranscodeJob", Operation.Action);
    }

    [Fact]
    public void ToParameters_JobId_SendsOnlyJobId()
    {
        Assert.Equal([new("JobId", "20b48fb04483915d4f2cd8ac")], Operation.ToParameters(new GetLiveTranscodeJobRequest { JobId = "20b48fb04483915d4f2cd8ac" }));
    }

    [Fact]
    public void ParseResponse_ServiceShapedAnswer_ReadsTheJob()
    {
        using var document = JsonDocument.Parse(ServiceResponse);

        var response = Operation.ParseResponse(document.RootElement);

        Assert.Equal("BEA98A0C-7870-15FE-B96F-8880BB600A2C", response.RequestId);
        var job = response.Job!;
        Assert.Equal(("20b48fb04483915d4f2cd8ac", "mytest3", LiveTranscodeJobStatus.Running, 0), (job.JobId, job.Name, job.Status, job.StartMode));
        Assert.Equal("2022-06-19T02:00:00Z", job.CreateTime);
        Assert.Equal(("b6491d5b3e514b7d895d14b5453ea119", "basictemp", "normal"), (job.TemplateId, job.TemplateName, job.TemplateType));
        Assert.Equal(new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = "rtmp" }, job.StreamInput);
        Assert.Equal(
            [new LiveTranscodeStreamInfo { OutputUrl = "rtmp://mydomain/app/stream1_basictemp", Type = "rtmp" }, new LiveTranscodeStreamInfo { OutputUrl = "rtmp://mydomain/app/stream1_hd", Type = "rtmp" }],
            job.OutputStream!.StreamInfos);
    }

    [Fact]
    public void ParseResponse_WithoutTimedConfigAndTranscodeOutput_LeavesThemNull()
    {
        using var document = JsonDocument.Parse(ServiceResponse);

        var job = Operation.ParseResponse(document.RootElement).Job!;

        Assert.Null(job.TimedConfig);
        Assert.Null(job.TranscodeOutput);
    }

    [Fact]
    public void ParseResponse_WithTimedConfigAndTranscodeOutput_ReadsThem()
    {
        const string json = """
            {"RequestId":"r","Job":{"JobId":"j","Status":0,"StartMode":1,
             "TimedConfig":{"StartTime":"2026-03-16T02:00:00Z","EndTime":"2026-03-16T04:00:00Z"},
             "TranscodeOutput":{"DomainName":"mydomain","Type":"LiveCenter"}}}
            """;
        using var document = JsonDocument.Parse(json);

        var job = Operation.ParseResponse(document.RootElement).Job!;

        Assert.Equal(LiveTranscodeJobStatus.NotStarted, job.Status);
        Assert.Equal(1, job.StartMode);
        Assert.Equal(new TimedConfig { StartTime = "2026-03-16T02:00:00Z", EndTime = "2026-03-16T04:00:00Z" }, job.TimedConfig);
        Assert.Equal(new TranscodeOutput { DomainName = "mydomain", Type = "LiveCenter" }, job.TranscodeOutput);
    }

    [Fact]
    public void ParseResponse_StatusAsString_IsRead()
    {
        using var document = JsonDocument.Parse("""{"Job":{"JobId":"j","Status":"2","StartMode":"1"}}""");

        var job = Operation.ParseResponse(document.RootElement).Job!;

        Assert.Equal((LiveTranscodeJobStatus.Stopped, 1), (job.Status, job.StartMode));
    }

    [Fact]
    public void ParseResponse_NotAnObject_ThrowsJsonException()
    {
        using var document = JsonDocument.Parse("42");

        Assert.Throws<JsonException>(() => Operation.ParseResponse(document.RootElement));
    }

    [Fact]
    public void Deserialize_DocumentShapedBody_FillsTheRequest()
    {
        var request = JsonSerializer.Deserialize<GetLiveTranscodeJobRequest>("""{"JobId":"20b48fb04483915d4f2cd8ac"}""");

        Assert.Equal(new GetLiveTranscodeJobRequest { JobId = "20b48fb04483915d4f2cd8ac" }, request);
    }
}
