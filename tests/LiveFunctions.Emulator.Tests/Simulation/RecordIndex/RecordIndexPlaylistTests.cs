using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

/// <summary>
/// CreateLiveStreamRecordIndexFiles end to end over real HTTP: the M3U8 it writes parses as HLS, lists exactly the
/// segments that start inside [StartTime, EndTime), and every URI in it (and the RecordUrl) can be fetched.
/// </summary>
public sealed class RecordIndexPlaylistTests
{
    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_PastSession_ListsSegmentsStartingInRangeAndExcludesOneStartingAtEndTime()
    {
        await using var server = await StartWithPastSessionAsync();

        var result = Create(server, "10:01:00", "10:03:00");

        var playlist = await FetchPlaylistAsync(server, result);
        // 10:01:00, 10:01:30, 10:02:00, 10:02:30 start inside; 10:03:00 starts exactly at EndTime and is excluded.
        Assert.Equal(4, playlist.Segments.Count);
        Assert.Equal(3, playlist.Version);
        Assert.Equal(30, playlist.TargetDuration);
        Assert.Equal(2, playlist.MediaSequence);
        Assert.All(playlist.Segments, s => Assert.Equal(30.0, s.Duration));
        Assert.Equal(Unix("10:01:00"), SegmentTimestamp(playlist.Segments[0].Uri));
        Assert.Equal(Unix("10:02:30"), SegmentTimestamp(playlist.Segments[^1].Uri));
        Assert.Equal(120.0, (double)result.Body!["RecordInfo"]!["Duration"]!);
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_EndTimeIncluded_AddsTheSegmentStartingAtEndTime()
    {
        await using var server = await StartWithPastSessionAsync();

        var result = Create(server, "10:01:00", "10:03:00", ("EndTimeIncluded", "True"));

        var playlist = await FetchPlaylistAsync(server, result);
        Assert.Equal(5, playlist.Segments.Count);
        Assert.Equal(Unix("10:03:00"), SegmentTimestamp(playlist.Segments[^1].Uri));
        Assert.Equal(150.0, (double)result.Body!["RecordInfo"]!["Duration"]!);
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_UnalignedStart_SkipsTheSegmentThatStartedBefore()
    {
        await using var server = await StartWithPastSessionAsync();

        var result = Create(server, "10:01:10", "10:03:00");

        var playlist = await FetchPlaylistAsync(server, result);
        Assert.Equal([Unix("10:01:30"), Unix("10:02:00"), Unix("10:02:30")], playlist.Segments.Select(s => SegmentTimestamp(s.Uri)));
        Assert.Equal(3, playlist.MediaSequence);
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_SessionEndingMidSegment_LastSegmentIsCutAndTargetCoversLongest()
    {
        await using var server = await SimulationServer.StartAsync();
        server.Configs.SetRecord(TestConfigs.Record());
        await PublishAsync(server, "short", "2026-03-10T10:00:00Z", "2026-03-10T10:00:45Z");

        var result = server.Live("CreateLiveStreamRecordIndexFiles", Params("short", "10:00:00", "10:05:00"));

        var playlist = await FetchPlaylistAsync(server, result);
        Assert.Equal([30.0, 15.0], playlist.Segments.Select(s => s.Duration));
        Assert.Equal(30, playlist.TargetDuration);
        Assert.Equal(45.0, (double)result.Body!["RecordInfo"]!["Duration"]!);
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_SameBucket_SegmentUrisAreRelativeAndFetchable()
    {
        await using var server = await StartWithPastSessionAsync();

        var result = Create(server, "10:00:00", "10:02:00");

        var recordUrl = new Uri((string)result.Body!["RecordInfo"]!["RecordUrl"]!);
        var playlist = await FetchPlaylistAsync(server, result);
        Assert.All(playlist.Segments, s => Assert.False(Uri.IsWellFormedUriString(s.Uri, UriKind.Absolute), s.Uri));
        foreach (var segment in playlist.Segments)
        {
            using var response = await server.Http.GetAsync(new Uri(recordUrl, segment.Uri));
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("video/mp2t", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(0, bytes.Length % 188);
            Assert.All(Enumerable.Range(0, bytes.Length / 188), packet => Assert.Equal(0x47, bytes[packet * 188]));
        }
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_OtherBucket_SegmentUrisAreAbsoluteEmulatorUrls()
    {
        await using var server = await SimulationServer.StartAsync(settings: new Dictionary<string, string?> { ["Emulator:Simulation:Buckets:0"] = "index-bucket" });
        server.Configs.SetRecord(TestConfigs.Record());
        await PublishAsync(server, "stream1", "2026-03-10T10:00:00Z", "2026-03-10T10:10:00Z");

        var result = server.Live("CreateLiveStreamRecordIndexFiles", Params("stream1", "10:00:00", "10:01:00", bucket: "index-bucket"));

        var playlist = await FetchPlaylistAsync(server, result);
        Assert.Equal(2, playlist.Segments.Count);
        foreach (var segment in playlist.Segments)
        {
            Assert.StartsWith($"{server.BaseAddress.AbsoluteUri}_emulator/oss/{TestConfigs.Bucket}/record/liveApp/stream1/", segment.Uri);
            using var response = await server.Http.GetAsync(new Uri(segment.Uri));
            Assert.Equal(200, (int)response.StatusCode);
        }
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_ObjectVariables_AreExpandedFromStartTime()
    {
        await using var server = await StartWithPastSessionAsync();

        var result = server.Live("CreateLiveStreamRecordIndexFiles",
            Params("stream1", "10:01:00", "10:03:00", objectName: "{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8"));

        Assert.Null(result.Error);
        Assert.Equal("liveApp/stream1/2026-03-10/10/01_00.m3u8", (string)result.Body!["RecordInfo"]!["OssObject"]!);
        var playlist = await FetchPlaylistAsync(server, result);
        // The playlist sits four folders deep; relative URIs climb out to record/…
        Assert.StartsWith("../../../../record/liveApp/stream1/", playlist.Segments[0].Uri);
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_LiveSession_ListsOnlyCompletedSegments()
    {
        await using var server = await SimulationServer.StartAsync();
        server.Configs.SetRecord(TestConfigs.Record());
        await PublishAsync(server, "live1", "2026-03-10T11:58:25Z", null); // 95 s before now

        var first = server.Live("CreateLiveStreamRecordIndexFiles", Params("live1", "11:58:00", "12:00:00"));
        server.Clock.Advance(TimeSpan.FromSeconds(30));
        var later = server.Live("CreateLiveStreamRecordIndexFiles", Params("live1", "11:58:00", "12:00:00", objectName: "later.m3u8"));

        Assert.Equal(3, (await FetchPlaylistAsync(server, first)).Segments.Count);
        Assert.Equal(4, (await FetchPlaylistAsync(server, later)).Segments.Count);
    }

    private static async Task<SimulationServer> StartWithPastSessionAsync()
    {
        var server = await SimulationServer.StartAsync();
        server.Configs.SetRecord(TestConfigs.Record());
        await PublishAsync(server, "stream1", "2026-03-10T10:00:00Z", "2026-03-10T10:10:00Z");
        return server;
    }

    private static async Task PublishAsync(SimulationServer server, string stream, string start, string? end)
    {
        var body = new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = stream, ["StartTime"] = start };
        if (end is not null)
        {
            body["EndTime"] = end;
        }

        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Http.PostAsync(new Uri("/_emulator/streams", UriKind.Relative), content);
        Assert.Equal(201, (int)response.StatusCode);
    }

    private static ActionResult Create(SimulationServer server, string from, string to, params (string, string)[] extra) =>
        server.Live("CreateLiveStreamRecordIndexFiles", [.. Params("stream1", from, to), .. extra]);

    private static (string, string)[] Params(string stream, string from, string to, string bucket = TestConfigs.Bucket, string objectName = "index/stream.m3u8") =>
    [
        ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", stream),
        ("OssEndpoint", TestConfigs.Endpoint), ("OssBucket", bucket), ("OssObject", objectName),
        ("StartTime", $"2026-03-10T{from}Z"), ("EndTime", $"2026-03-10T{to}Z"),
    ];

    private static async Task<HlsPlaylist> FetchPlaylistAsync(SimulationServer server, ActionResult result)
    {
        Assert.Null(result.Error);
        var recordUrl = new Uri((string)result.Body!["RecordInfo"]!["RecordUrl"]!);
        Assert.Equal(server.BaseAddress.Authority, recordUrl.Authority);
        using var response = await server.Http.GetAsync(recordUrl);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/vnd.apple.mpegurl", response.Content.Headers.ContentType?.MediaType);
        return HlsPlaylist.Parse(await response.Content.ReadAsStringAsync());
    }

    private static long Unix(string time) => DateTimeOffset.Parse($"2026-03-10T{time}Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();

    // record/liveApp/stream1/{UnixTimestamp}_{Sequence}.ts
    private static long SegmentTimestamp(string uri)
    {
        var name = uri[(uri.LastIndexOf('/') + 1)..];
        return long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
