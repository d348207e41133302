using System.Net;
using LiveFunctions.EndToEnd.Tests.Support;
using static LiveFunctions.EndToEnd.Tests.Support.AppCalls;

namespace LiveFunctions.EndToEnd.Tests.Functions.RecordIndexFiles;

[Collection(PackCollection.Name)]
public sealed class RecordIndexFilesEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string Path = "/api/domains/example.com/apps/liveApp/streams/stream1/record-index-files";

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public async Task InitializeAsync()
    {
        await pack.ResetAsync();

        // Recording through the app's own route: the (app-level) m3u8 config the simulation writes TS segments for.
        var (created, _) = await pack.App.SendJsonAsync(HttpMethod.Put, "/api/domains/example.com/apps/liveApp/record-config", """
            {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket",
             "RecordFormat":[{"Format":"m3u8","SliceDuration":30,"OssObjectPrefix":"record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}",
                              "SliceOssObjectPrefix":"record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}"}]}
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await pack.Emulator.ClearRequestsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Body(DateTimeOffset start, DateTimeOffset end) => $$"""
        {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","OssObject":"{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8",
         "StartTime":"{{Wire(start)}}","EndTime":"{{Wire(end)}}"}
        """;

    [Fact]
    public async Task Post_PublishedStream_IndexCreatedAndFetchable()
    {
        var sessionStart = Now.AddHours(-2);
        await pack.Emulator.PublishStreamAsync("example.com", "liveApp", "stream1", sessionStart, Now.AddHours(-1));
        var from = sessionStart.AddMinutes(10);
        var to = from.AddMinutes(5);

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Post, Path, Body(from, to));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("CreateLiveStreamRecordIndexFiles", body.GetProperty("Action").GetString());
        var info = body.GetProperty("RecordInfo");
        Assert.Equal("stream1", info.GetProperty("StreamName").GetString());
        Assert.Equal("live-bucket", info.GetProperty("OssBucket").GetString());
        Assert.Equal(Wire(from), info.GetProperty("StartTime").GetString());
        Assert.Equal(300, info.GetProperty("Duration").GetDouble(), 3);
        var sent = Assert.Single(await pack.Emulator.RequestsAsync());
        Assert.Equal("CreateLiveStreamRecordIndexFiles", sent.Action);
        Assert.Equal(Wire(to), sent.Parameters["EndTime"]);

        using var manifest = await pack.Emulator.GetAsync(new Uri(info.GetProperty("RecordUrl").GetString()!));
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        var text = await manifest.Content.ReadAsStringAsync();
        Assert.StartsWith("#EXTM3U", text, StringComparison.Ordinal);
        Assert.Equal(10, text.Split('\n').Count(l => l.StartsWith("#EXTINF:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_StreamNeverPublished_NotFound()
    {
        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Post, Path, Body(Now.AddHours(-2), Now.AddHours(-1)));

        AssertError(response, body, HttpStatusCode.NotFound, "InvalidStream.NotFound");
        Assert.Equal("InvalidStream.NotFound", Assert.Single(await pack.Emulator.RequestsAsync()).Code);
    }
}
