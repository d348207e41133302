using System.Globalization;
using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

/// <summary>
/// CreateLiveStreamRecordIndexFiles through the whole emulator over HTTP, every OpenAPI call signed (V3): a past session
/// published with <c>POST /_emulator/streams</c>, an m3u8 recording config added with AddLiveAppRecordConfig, then the
/// index whose M3U8 is fetched from its RecordUrl, parsed as HLS and followed to every segment.
/// </summary>
public sealed class RecordIndexSignedHttpTests : EmulatorTest
{
    private const string Domain = "example.com";
    private const string App = "liveApp";
    private const string Stream = "stream1";
    private const string Bucket = "live-bucket";
    private const string Endpoint = "oss-cn-shanghai.aliyuncs.com";

    // The emulator's clock starts at 10:00; the session ran 08:00–09:00 with 30-second segments.
    private static readonly DateTimeOffset SessionStart = RunningEmulator.DefaultStart.AddHours(-2);

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_SignedCallsOverHttp_M3u8AtRecordUrlListsExactlyTheSegmentsStartingInRange()
    {
        await RecordPastSessionAsync();

        var answer = await CreateIndexAsync("08:10:00", "08:12:00");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var info = answer.Body["RecordInfo"]!;
        Assert.Equal($"index/{App}/{Stream}/2026-03-02/0810.m3u8", (string?)info["OssObject"]);
        Assert.Equal(120.0, (double)info["Duration"]!);
        var recordUrl = new Uri((string)info["RecordUrl"]!);
        Assert.Equal(new Uri(Emulator.BaseAddress, $"/_emulator/oss/{Bucket}/index/{App}/{Stream}/2026-03-02/0810.m3u8"), recordUrl);

        using var m3u8 = await Emulator.Http.GetAsync(recordUrl);
        Assert.Equal(HttpStatusCode.OK, m3u8.StatusCode);
        Assert.Equal("application/vnd.apple.mpegurl", m3u8.Content.Headers.ContentType?.MediaType);
        var playlist = HlsPlaylist.Parse(await m3u8.Content.ReadAsStringAsync());

        // 08:10:00 is segment 20 of the session; 08:12:00 (segment 24) starts at EndTime and is left out.
        Assert.Equal(20, playlist.MediaSequence);
        Assert.Equal(30, playlist.TargetDuration);
        Assert.Equal(0, playlist.Discontinuities);
        var expected = Enumerable.Range(20, 4).Select(SegmentKey).ToList();
        var listed = playlist.Segments.Select(s => new Uri(recordUrl, s.Uri)).ToList();
        Assert.Equal(expected.Select(key => new Uri(Emulator.BaseAddress, $"/_emulator/oss/{Bucket}/{key}")), listed);
        Assert.All(playlist.Segments, s => Assert.Equal(30.0, s.Duration));
        foreach (var segment in listed)
        {
            using var ts = await Emulator.Http.GetAsync(segment);
            Assert.Equal(HttpStatusCode.OK, ts.StatusCode);
            Assert.Equal("video/mp2t", ts.Content.Headers.ContentType?.MediaType);
            var bytes = await ts.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length > 0 && bytes.Length % 188 == 0, $"{segment}: {bytes.Length} bytes is not whole TS packets");
            Assert.All(Enumerable.Range(0, bytes.Length / 188), packet => Assert.Equal(0x47, bytes[packet * 188]));
        }
    }

    [Fact]
    public async Task DescribeLiveStreamRecordIndexFiles_AfterASignedCreate_ListsTheIndexWithItsRecordUrl()
    {
        await RecordPastSessionAsync();
        var created = await CreateIndexAsync("08:10:00", "08:12:00");

        var listed = await Client.CallAsync("DescribeLiveStreamRecordIndexFiles", Params(
            ("DomainName", Domain), ("AppName", App), ("StreamName", Stream),
            ("StartTime", "2026-03-02T08:00:00Z"), ("EndTime", "2026-03-02T09:00:00Z")));

        Assert.Equal(HttpStatusCode.OK, listed.Status);
        var item = Assert.Single(listed.Body["RecordIndexInfoList"]!["RecordIndexInfo"]!.AsArray());
        Assert.Equal((string?)created.Body["RecordInfo"]!["RecordId"], (string?)item!["RecordId"]);
        Assert.Equal((string?)created.Body["RecordInfo"]!["RecordUrl"], (string?)item["RecordUrl"]);
        Assert.Equal("m3u8", (string?)item["Format"]);
    }

    [Fact]
    public async Task CreateLiveStreamRecordIndexFiles_RangeOutsideTheSession_NoRecordContent()
    {
        await RecordPastSessionAsync();

        var answer = await CreateIndexAsync("09:10:00", "09:20:00");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("NoRecordContent", answer.Code);
    }

    private async Task RecordPastSessionAsync()
    {
        var added = await Client.CallAsync("AddLiveAppRecordConfig", Params(
            ("DomainName", Domain), ("AppName", App), ("OssEndpoint", Endpoint), ("OssBucket", Bucket),
            ("RecordFormat.1.Format", "m3u8"), ("RecordFormat.1.CycleDuration", "21600"), ("RecordFormat.1.SliceDuration", "30"),
            ("RecordFormat.1.OssObjectPrefix", "record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}"),
            ("RecordFormat.1.SliceOssObjectPrefix", "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}")));
        Assert.Equal(HttpStatusCode.OK, added.Status);
        await Emulator.PublishAsync(Domain, App, Stream, SessionStart, SessionStart.AddHours(1));
    }

    private Task<ApiAnswer> CreateIndexAsync(string start, string end) =>
        Client.CallAsync("CreateLiveStreamRecordIndexFiles", Params(
            ("DomainName", Domain), ("AppName", App), ("StreamName", Stream), ("OssEndpoint", Endpoint), ("OssBucket", Bucket),
            ("OssObject", "index/{AppName}/{StreamName}/{Date}/{Hour}{Minute}.m3u8"),
            ("StartTime", $"2026-03-02T{start}Z"), ("EndTime", $"2026-03-02T{end}Z")));

    private static string SegmentKey(int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"record/{App}/{Stream}/{SessionStart.AddSeconds(30 * sequence).ToUnixTimeSeconds()}_{sequence}.ts");
}
