using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

namespace LiveFunctions.Core.Tests.Operations.CreateLiveStreamRecordIndexFiles;

public sealed class CreateLiveStreamRecordIndexFilesOperationTests
{
    private static readonly CreateLiveStreamRecordIndexFilesOperation Operation = CreateLiveStreamRecordIndexFilesOperation.Instance;

    // The document's example response, verbatim (the round-trip tests answer with it too).
    internal const string DocumentResponse = """
        {
          "RequestId": "550439A3-F8EC-4CA2-BB62-B9DB43EEEF30",
          "RecordInfo": {
            "RecordUrl": "http://*****/atestObject.m3u8",
            "StreamName": "liveStream****",
            "CreateTime": "2016-05-27T09:40:56Z",
            "RecordId": "c4d7f0a4-b506-43f9-8de3-07732c3f****",
            "Height": 480,
            "OssBucket": "liveBucket****",
            "DomainName": "example.com",
            "OssObject": "liveObject****.m3u8",
            "EndTime": "2015-12-01T07:40:00Z",
            "AppName": "liveApp****",
            "StartTime": "2015-12-01T07:36:00Z",
            "Width": 640,
            "Duration": 20,
            "OssEndpoint": "cn-oss-****.aliyuncs.com"
          }
        }
        """;

    private static CreateLiveStreamRecordIndexFilesRequest Full(bool? endTimeIncluded) => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        StreamName = "liveStream",
        OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
        OssBucket = "live-bucket",
        OssObject = "{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8",
        StartTime = "2017-12-21T08:00:00Z",
        EndTime = "2017-12-22T08:00:00Z",
        EndTimeIncluded = endTimeIncluded,
    };

    [Fact]
    public void Identity_IsLiveCreateLiveStreamRecordIndexFiles()
    {
        Assert.Equal(AlibabaProduct.Live, Operation.Product);
        Assert.Equal("CreateLiveStreamRecordIndexFiles", Operation.Action);
    }

    [Fact]
    public void ToParameters_FullRequest_ReturnsEveryParameterWithBooleanInLowerCase()
    {
        var parameters = Operation.ToParameters(Full(endTimeIncluded: true));

        KeyValuePair<string, string>[] expected =
        [
            new("DomainName", "example.com"),
            new("AppName", "liveApp"),
            new("StreamName", "liveStream"),
            new("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            new("OssBucket", "live-bucket"),
            new("OssObject", "{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8"),
            new("StartTime", "2017-12-21T08:00:00Z"),
            new("EndTime", "2017-12-22T08:00:00Z"),
            new("EndTimeIncluded", "true"),
        ];
        Assert.Equal(expected, parameters);
    }

    [Fact]
    public void ToParameters_EndTimeIncludedFalse_SendsFalse()
    {
        var parameters = Operation.ToParameters(Full(endTimeIncluded: false));

        Assert.Equal(new KeyValuePair<string, string>("EndTimeIncluded", "false"), parameters[^1]);
    }

    [Fact]
    public void ToParameters_EndTimeIncludedLeftOut_IsNotSent()
    {
        var parameters = Operation.ToParameters(Full(endTimeIncluded: null));

        Assert.Equal(8, parameters.Count);
        Assert.DoesNotContain(parameters, p => p.Key == "EndTimeIncluded");
    }

    [Fact]
    public void ParseResponse_DocumentExample_ReadsEveryField()
    {
        using var document = JsonDocument.Parse(DocumentResponse);

        var response = Operation.ParseResponse(document.RootElement);

        Assert.Equal("550439A3-F8EC-4CA2-BB62-B9DB43EEEF30", response.RequestId);
        var expected = new RecordInfo
        {
            RecordId = "c4d7f0a4-b506-43f9-8de3-07732c3f****",
            RecordUrl = "http://*****/atestObject.m3u8",
            DomainName = "example.com",
            AppName = "liveApp****",
            StreamName = "liveStream****",
            OssBucket = "liveBucket****",
            OssEndpoint = "cn-oss-****.aliyuncs.com",
            OssObject = "liveObject****.m3u8",
            StartTime = "2015-12-01T07:36:00Z",
            EndTime = "2015-12-01T07:40:00Z",
            Duration = 20,
            Height = 480,
            Width = 640,
            CreateTime = "2016-05-27T09:40:56Z",
        };
        Assert.Equal(expected, response.RecordInfo);
    }

    [Fact]
    public void ParseResponse_FractionalDuration_KeepsTheFraction()
    {
        using var document = JsonDocument.Parse("""{"RequestId":"r","RecordInfo":{"Duration":69.403,"Height":"720"}}""");

        var info = Operation.ParseResponse(document.RootElement).RecordInfo!;

        Assert.Equal(69.403, info.Duration);
        Assert.Equal(720, info.Height);
    }

    [Fact]
    public void ParseResponse_NoRecordInfo_ReturnsNullRecordInfo()
    {
        using var document = JsonDocument.Parse("""{"RequestId":"r"}""");

        var response = Operation.ParseResponse(document.RootElement);

        Assert.Equal("r", response.RequestId);
        Assert.Null(response.RecordInfo);
    }

    [Fact]
    public void ParseResponse_NotAnObject_ThrowsJsonException()
    {
        using var document = JsonDocument.Parse("[]");

        Assert.Throws<JsonException>(() => Operation.ParseResponse(document.RootElement));
    }

    [Fact]
    public void Deserialize_DocumentShapedBody_FillsTheRequest()
    {
        const string body = """
            {
              "DomainName": "example.com",
              "AppName": "liveApp",
              "StreamName": "liveStream",
              "OssEndpoint": "oss-cn-shanghai.aliyuncs.com",
              "OssBucket": "live-bucket",
              "OssObject": "{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8",
              "StartTime": "2017-12-21T08:00:00Z",
              "EndTime": "2017-12-22T08:00:00Z",
              "EndTimeIncluded": false
            }
            """;

        var request = JsonSerializer.Deserialize<CreateLiveStreamRecordIndexFilesRequest>(body);

        Assert.Equal(Full(endTimeIncluded: false), request);
    }

    [Fact]
    public void Deserialize_MalformedTime_ReachesTheValidatorAsText()
    {
        var request = JsonSerializer.Deserialize<CreateLiveStreamRecordIndexFilesRequest>("""{"StartTime":"2017-12-21 08:00"}""");

        Assert.Equal("2017-12-21 08:00", request!.StartTime);
    }
}
