using LiveFunctions.Emulator.Simulation.ObjectStorage;

namespace LiveFunctions.Emulator.Tests.Simulation.ObjectStorage;

public sealed class OssEndpointsTests
{
    [Theory]
    [InlineData("index/a.m3u8", "application/vnd.apple.mpegurl")]
    [InlineData("record/a.ts", "video/mp2t")]
    [InlineData("snapshot/a.jpg", "image/jpeg")]
    [InlineData("other/a.bin", "application/octet-stream")]
    public async Task GetOss_StoredObject_IsServedWithTheContentTypeOfItsExtension(string key, string contentType)
    {
        await using var server = await SimulationServer.StartAsync();
        Assert.True(server.Get<ObjectStore>().Put("live-bucket", key, [1, 2, 3]));

        using var response = await server.Http.GetAsync(new Uri($"/_emulator/oss/live-bucket/{key}", UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([1, 2, 3], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetOss_MissingObject_Returns404()
    {
        await using var server = await SimulationServer.StartAsync();

        using var response = await server.Http.GetAsync(new Uri("/_emulator/oss/live-bucket/none.ts", UriKind.Relative));

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task GetOss_SegmentOfARecordedSession_IsWrittenOnFirstFetch()
    {
        await using var server = await SimulationServer.StartAsync();
        server.Configs.SetRecord(TestConfigs.Record());
        var start = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);
        server.Get<LiveFunctions.Emulator.Simulation.Streams.StreamSessionStore>().TryAdd(
            new("s1", TestConfigs.Domain, TestConfigs.App, "stream1", start, start.AddMinutes(1)), out _);

        using var segment = await server.Http.GetAsync(new Uri($"/_emulator/oss/live-bucket/record/liveApp/stream1/{start.AddSeconds(30).ToUnixTimeSeconds()}_1.ts", UriKind.Relative));
        using var beyond = await server.Http.GetAsync(new Uri($"/_emulator/oss/live-bucket/record/liveApp/stream1/{start.AddSeconds(60).ToUnixTimeSeconds()}_2.ts", UriKind.Relative));

        Assert.Equal(200, (int)segment.StatusCode);
        Assert.Equal(0x47, (await segment.Content.ReadAsByteArrayAsync())[0]);
        Assert.Equal(404, (int)beyond.StatusCode);
    }

    [Fact]
    public async Task ObjectStore_FolderMode_WritesFilesAndResetEmptiesTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lf-sim-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var server = await SimulationServer.StartAsync(settings: new Dictionary<string, string?> { ["Emulator:Simulation:ObjectStoreFolder"] = folder });
            var store = server.Get<ObjectStore>();

            Assert.True(store.Put("live-bucket", "a/b.jpg", [9]));
            Assert.False(store.Put("live-bucket", "../escape.jpg", [9]));
            Assert.True(File.Exists(Path.Combine(folder, "live-bucket", "a", "b.jpg")));
            using (var response = await server.Http.GetAsync(new Uri("/_emulator/oss/live-bucket/a/b.jpg", UriKind.Relative)))
            {
                Assert.Equal([9], await response.Content.ReadAsByteArrayAsync());
            }

            store.Reset();

            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
            Assert.Null(store.Get("live-bucket", "a/b.jpg"));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
