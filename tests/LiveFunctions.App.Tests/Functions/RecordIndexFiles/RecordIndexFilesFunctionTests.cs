using System.Globalization;
using System.Net;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Tests.Functions.Support;
using static LiveFunctions.App.Tests.Functions.Support.Answers;
using static LiveFunctions.App.Tests.Functions.Support.FunctionsApp;

namespace LiveFunctions.App.Tests.Functions.RecordIndexFiles;

public sealed class RecordIndexFilesFunctionTests
{
    private const string Path = "/api/domains/example.com/apps/liveApp/streams/stream1/record-index-files";

    private static string Body()
    {
        var end = DateTimeOffset.UtcNow.AddHours(-1);
        var start = end.AddMinutes(-10);
        return $$"""
            {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","OssObject":"{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8",
             "StartTime":"{{start.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}","EndTime":"{{end.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}","EndTimeIncluded":true}
            """;
    }

    [Fact]
    public async Task Post_Valid_CreatesAndAnswersTheRecordInfo()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""
            {"RequestId":"IDX-1","RecordInfo":{"RecordId":"c4d7f0a4-b506-43f9-8de3-07732c3f0001","RecordUrl":"http://oss.example/live-bucket/x.m3u8",
             "DomainName":"example.com","AppName":"liveApp","StreamName":"stream1","OssBucket":"live-bucket","OssEndpoint":"oss-cn-shanghai.aliyuncs.com",
             "OssObject":"liveApp/stream1/x.m3u8","StartTime":"2026-01-01T00:00:00Z","EndTime":"2026-01-01T00:10:00Z","Duration":600.5,"Height":720,"Width":1280,
             "CreateTime":"2026-01-01T01:00:00Z"}}
            """)));

        var (response, body) = await app.SendAsync(HttpMethod.Post, Path, Body());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("CreateLiveStreamRecordIndexFiles", body.GetProperty("Action").GetString());
        Assert.Equal("IDX-1", body.GetProperty("RequestId").GetString());
        var info = body.GetProperty("RecordInfo");
        Assert.Equal("c4d7f0a4-b506-43f9-8de3-07732c3f0001", info.GetProperty("RecordId").GetString());
        Assert.Equal("http://oss.example/live-bucket/x.m3u8", info.GetProperty("RecordUrl").GetString());
        Assert.Equal(600.5, info.GetProperty("Duration").GetDouble());
        Assert.Equal(1280, info.GetProperty("Width").GetInt32());
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("CreateLiveStreamRecordIndexFiles", ActionOf(sent));
        Assert.Equal("stream1", sent.QueryValue("StreamName"));
        Assert.Equal("true", sent.QueryValue("EndTimeIncluded"));
    }

    [Fact]
    public async Task Post_BodyNamesAnotherStream_RouteConflictNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Post, Path, """{"StreamName":"stream2"}""");

        AssertError(response, body, HttpStatusCode.BadRequest, HttpFunctionCodes.RouteConflict);
        Assert.Contains("StreamName", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Post_StreamNeverPublished_NotFound()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidStream.NotFound")));

        var (response, body) = await app.SendAsync(HttpMethod.Post, Path, Body());

        AssertError(response, body, HttpStatusCode.NotFound, "InvalidStream.NotFound");
    }

    [Fact]
    public async Task Post_EndBeforeStart_DocumentCodeNothingSent()
    {
        await using var app = await StartAsync();

        var start = DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var end = DateTimeOffset.UtcNow.AddHours(-2).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        var (response, body) = await app.SendAsync(HttpMethod.Post, Path, $$"""
            {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","OssObject":"a.m3u8","StartTime":"{{start}}","EndTime":"{{end}}"}
            """);

        AssertError(response, body, HttpStatusCode.BadRequest, "InvalidEndTime.Mismatch");
        Assert.Empty(app.Alibaba.Requests);
    }
}
