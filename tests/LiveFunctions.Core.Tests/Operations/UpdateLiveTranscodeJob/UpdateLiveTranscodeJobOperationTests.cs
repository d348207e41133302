using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveTranscodeJob;

public sealed class UpdateLiveTranscodeJobOperationTests
{
    private static readonly UpdateLiveTranscodeJobOperation Operation = UpdateLiveTranscodeJobOperation.Instance;

    // The request of vector V3-C (spec/alibaba-openapi.md §2.5).
    private static UpdateLiveTranscodeJobRequest VectorV3C() => new()
    {
        JobId = "20b48fb04483915d4f2cd8ac",
        Name = "mytest3",
        StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = "rtmp" },
        TimedConfig = new TimedConfig { StartTime = "2022-06-19T02:16:41Z", EndTime = "2022-08-05T06:08:31Z" },
        TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = "LiveCenter" },
    };

    [Fact]
    public void Identity_IsIceUpdateLiveTranscodeJob()
    {
        Assert.Equal(AlibabaProduct.Ice, Operation.Product);
        Assert.Equal("UpdateLiveTranscodeJob", Operation.Action);
    }

    [Fact]
    public void ToParameters_VectorV3C_ReturnsTheSpecParameterValues()
    {
        KeyValuePair<string, string>[] expected =
        [
            new("JobId", "20b48fb04483915d4f2cd8ac"),
            new("Name", "mytest3"),
            new("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}"""),
            new("TimedConfig", """{"EndTime":"2022-08-05T06:08:31Z","StartTime":"2022-06-19T02:16:41Z"}"""),
            new("TranscodeOutput", """{"DomainName":"mydomain","Type":"LiveCenter"}"""),
        ];

        Assert.Equal(expected, Operation.ToParameters(VectorV3C()));
    }

    [Fact]
    public void ToParameters_NameOnly_SendsJobIdAndName()
    {
        var parameters = Operation.ToParameters(new UpdateLiveTranscodeJobRequest { JobId = "j1", Name = "renamed" });

        Assert.Equal([new("JobId", "j1"), new("Name", "renamed")], parameters);
    }

    [Fact]
    public void ToParameters_TimedConfigWithStartTimeOnly_LeavesEndTimeOutOfTheJson()
    {
        var parameters = Operation.ToParameters(new UpdateLiveTranscodeJobRequest
        {
            JobId = "j1",
            TimedConfig = new TimedConfig { StartTime = "2026-03-16T02:00:00Z" },
        });

        Assert.Equal([new("JobId", "j1"), new("TimedConfig", """{"StartTime":"2026-03-16T02:00:00Z"}""")], parameters);
    }

    [Fact]
    public void ParseResponse_DocumentExample_ReadsRequestId()
    {
        using var document = JsonDocument.Parse("""{"RequestId": "******3B-0E1A-586A-AC29-742247******"}""");

        Assert.Equal("******3B-0E1A-586A-AC29-742247******", Operation.ParseResponse(document.RootElement).RequestId);
    }

    [Fact]
    public void ParseResponse_NotAnObject_ThrowsJsonException()
    {
        using var document = JsonDocument.Parse("null");

        Assert.Throws<JsonException>(() => Operation.ParseResponse(document.RootElement));
    }

    [Fact]
    public void Deserialize_DocumentShapedBodyWithObjects_FillsTheRequest()
    {
        const string body = """
            {
              "JobId": "20b48fb04483915d4f2cd8ac",
              "Name": "mytest3",
              "StreamInput": { "Type": "rtmp", "InputUrl": "rtmp://mydomain/app/stream1" },
              "TranscodeOutput": { "Type": "LiveCenter", "DomainName": "mydomain" },
              "TimedConfig": { "StartTime": "2022-06-19T02:16:41Z", "EndTime": "2022-08-05T06:08:31Z" }
            }
            """;

        var request = JsonSerializer.Deserialize<UpdateLiveTranscodeJobRequest>(body);

        Assert.Equal(VectorV3C(), request);
    }

    [Fact]
    public void Deserialize_ThenToParameters_ReproducesVectorV3C()
    {
        const string body = """{"JobId":"20b48fb04483915d4f2cd8ac","Name":"mytest3","StreamInput":{"Type":"rtmp","InputUrl":"rtmp://mydomain/app/stream1"},"TimedConfig":{"StartTime":"2022-06-19T02:16:41Z","EndTime":"2022-08-05T06:08:31Z"},"TranscodeOutput":{"Type":"LiveCenter","DomainName":"mydomain"}}""";

        var request = JsonSerializer.Deserialize<UpdateLiveTranscodeJobRequest>(body)!;

        Assert.Equal(Operation.ToParameters(VectorV3C()), Operation.ToParameters(request));
    }
}
