using System.Text;
using System.Text.Json;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Tests.Hosting.Timers;

[Collection(StandaloneAzuriteCollection.Name)]
public sealed class StorageTimerStatusStoreTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset T1005 = new(2026, 3, 1, 10, 5, 0, TimeSpan.Zero);
    private readonly ServiceProvider _clients = StandaloneStorage.Clients(azurite.ConnectionString);
    private readonly string _hostId = StandaloneStorage.HostId();

    private StorageBlobs Blobs => _clients.GetRequiredService<StorageBlobs>();

    private StorageTimerStatusStore Store() =>
        new(Blobs, Options.Create(new StandaloneOptions { HostId = _hostId }));

    public void Dispose() => _clients.Dispose();

    [Fact]
    public async Task TryWriteAsync_FirstWrite_StoresTheHostShapedJsonAtTheStatusBlob()
    {
        var store = Store();
        var status = new ScheduleStatus(DateTimeOffset.MinValue, T1005, T1005.AddMinutes(-3));

        var version = await store.TryWriteAsync("index-planner", status, expectedVersion: null, CancellationToken.None);

        Assert.NotNull(version);
        var blob = await Blobs.GetAsync("azure-webjobs-hosts", $"timers/{_hostId}/index-planner/status");
        Assert.NotNull(blob);
        Assert.Equal(version, blob.ETag);
        using var json = JsonDocument.Parse(blob.Content);
        Assert.Equal(["Last", "Next", "LastUpdated"], json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("0001-01-01T00:00:00+00:00", json.RootElement.GetProperty("Last").GetString());
        Assert.Equal("2026-03-01T10:05:00+00:00", json.RootElement.GetProperty("Next").GetString());
        Assert.Equal("2026-03-01T10:02:00+00:00", json.RootElement.GetProperty("LastUpdated").GetString());
        Assert.Equal(new StoredTimerStatus(status, version), await store.ReadAsync("index-planner", CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_NothingStored_ReturnsNull()
    {
        Assert.Null(await Store().ReadAsync("never-written", CancellationToken.None));
        Assert.Null(await Store().GetAsync("never-written", CancellationToken.None));
    }

    [Fact]
    public async Task TryWriteAsync_CreateOnlyWhenAStatusExists_ReturnsNullAndKeepsIt()
    {
        var store = Store();
        var first = new ScheduleStatus(DateTimeOffset.MinValue, T1005, T1005);
        await store.TryWriteAsync("t", first, null, CancellationToken.None);

        var second = await store.TryWriteAsync("t", first with { Next = T1005.AddHours(1) }, null, CancellationToken.None);

        Assert.Null(second);
        Assert.Equal(first, await store.GetAsync("t", CancellationToken.None));
    }

    [Fact]
    public async Task TryWriteAsync_VersionReplacedByAnotherWriter_ReturnsNullAndKeepsTheOtherWrite()
    {
        var store = Store();
        var read = await store.TryWriteAsync("t", new ScheduleStatus(DateTimeOffset.MinValue, T1005, T1005), null, CancellationToken.None);
        var winner = new ScheduleStatus(T1005, T1005.AddMinutes(5), T1005);
        var other = Store();
        Assert.NotNull(await other.TryWriteAsync("t", winner, read, CancellationToken.None));

        var loser = await store.TryWriteAsync("t", new ScheduleStatus(T1005, T1005.AddMinutes(5), T1005.AddSeconds(1)), read, CancellationToken.None);

        Assert.Null(loser);
        Assert.Equal(winner, await store.GetAsync("t", CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_UnreadableDocument_HasNoStatusAndIsReplacedWithItsVersion()
    {
        var store = Store();
        await Blobs.CreateContainerIfNotExistsAsync(StorageTimerStatusStore.Container);
        var put = await Blobs.PutAsync(StorageTimerStatusStore.Container, store.BlobName("t"), Encoding.UTF8.GetBytes("not json"), BlobCondition.None);

        var stored = await store.ReadAsync("t", CancellationToken.None);

        Assert.Equal(new StoredTimerStatus(null, put.ETag!), stored);
        var status = new ScheduleStatus(DateTimeOffset.MinValue, T1005, T1005);
        Assert.NotNull(await store.TryWriteAsync("t", status, stored!.Version, CancellationToken.None));
        Assert.Equal(status, await store.GetAsync("t", CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_DocumentWrittenByTheHostsMonitor_IsRead()
    {
        var store = Store();
        await Blobs.CreateContainerIfNotExistsAsync(StorageTimerStatusStore.Container);
        const string HostJson = """{"Last":"2026-03-01T10:00:00+00:00","Next":"2026-03-01T10:05:00+00:00","LastUpdated":"2026-03-01T10:00:00.1234567+00:00"}""";
        await Blobs.PutAsync(StorageTimerStatusStore.Container, store.BlobName("t"), Encoding.UTF8.GetBytes(HostJson), BlobCondition.None);

        var status = await store.GetAsync("t", CancellationToken.None);

        Assert.Equal(new ScheduleStatus(T1005.AddMinutes(-5), T1005, T1005.AddMinutes(-5).AddTicks(1234567)), status);
    }
}
