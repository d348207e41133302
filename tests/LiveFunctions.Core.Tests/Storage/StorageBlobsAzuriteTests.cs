using System.Text;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Core.Tests.Storage;

/// <summary>The blob client against a real Azurite started by the test run.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageBlobsAzuriteTests(AzuriteFixture azurite)
{
    private readonly StorageBlobs _blobs = StorageTestClients.ForConnectionString(azurite.ConnectionString).Blobs;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<string> NewContainerAsync()
    {
        var container = AzuriteCollection.UniqueName("c");
        Assert.True(await _blobs.CreateContainerIfNotExistsAsync(container));
        return container;
    }

    [Fact]
    public async Task CreateContainerIfNotExistsAsync_Twice_CreatesOnceThenReportsExisting()
    {
        var container = AzuriteCollection.UniqueName("c");

        Assert.True(await _blobs.CreateContainerIfNotExistsAsync(container));
        Assert.False(await _blobs.CreateContainerIfNotExistsAsync(container));
    }

    [Fact]
    public async Task PutAsync_CreateOnlyTwice_CreatesOnceThenConditionFails()
    {
        var container = await NewContainerAsync();

        var first = await _blobs.PutAsync(container, "limits/live.json", Utf8("{\"v\":1}"), BlobCondition.IfNoneMatch("*"));
        var second = await _blobs.PutAsync(container, "limits/live.json", Utf8("{\"v\":2}"), BlobCondition.IfNoneMatch("*"));

        Assert.True(first.Succeeded);
        Assert.False(first.ConditionFailed);
        Assert.NotNull(first.ETag);
        Assert.Equal((false, true), (second.Succeeded, second.ConditionFailed));
        var stored = await _blobs.GetAsync(container, "limits/live.json");
        Assert.Equal("{\"v\":1}", Encoding.UTF8.GetString(stored!.Content.Span));
        Assert.Equal(first.ETag, stored.ETag);
    }

    [Fact]
    public async Task PutAsync_IfMatch_StaleETagFailsAndFreshETagSucceeds()
    {
        var container = await NewContainerAsync();
        var created = await _blobs.PutAsync(container, "state.json", Utf8("1"), BlobCondition.None);
        var updated = await _blobs.PutAsync(container, "state.json", Utf8("2"), BlobCondition.IfMatch(created.ETag!));
        Assert.True(updated.Succeeded);

        var stale = await _blobs.PutAsync(container, "state.json", Utf8("3"), BlobCondition.IfMatch(created.ETag!));
        var fresh = await _blobs.PutAsync(container, "state.json", Utf8("4"), BlobCondition.IfMatch(updated.ETag!));

        Assert.True(stale.ConditionFailed);
        Assert.True(fresh.Succeeded);
        Assert.NotEqual(updated.ETag, fresh.ETag);
        Assert.Equal("4", Encoding.UTF8.GetString((await _blobs.GetAsync(container, "state.json"))!.Content.Span));
    }

    [Fact]
    public async Task ListAsync_SmallPages_FollowsContinuationAndFiltersByPrefix()
    {
        var container = await NewContainerAsync();
        string[] wanted = ["runs/2025-12-02/a.json", "runs/2025-12-02/b.json", "runs/2025-12-02/c.json", "runs/2025-12-02/d.json", "runs/2025-12-02/e.json"];
        foreach (var name in wanted.Append("runs/2025-12-03/a.json").Append("other.json"))
        {
            Assert.True((await _blobs.PutAsync(container, name, Utf8(name), BlobCondition.None)).Succeeded);
        }

        var listed = await _blobs.ListAsync(container, "runs/2025-12-02/", pageSize: 2, CancellationToken.None);

        Assert.Equal(wanted, listed.Select(b => b.Name));
        var direct = await _blobs.GetAsync(container, wanted[0]);
        Assert.Equal(direct!.ETag, listed[0].ETag);
        Assert.Equal(Utf8(wanted[0]).Length, listed[0].ContentLength);
        Assert.Equal(7, (await _blobs.ListAsync(container, string.Empty)).Count);
    }

    [Fact]
    public async Task GetAsync_Results_CarryServerDateCloseToNow()
    {
        var container = await NewContainerAsync();

        var written = await _blobs.PutAsync(container, "a.json", Utf8("{}"), BlobCondition.None);
        var read = await _blobs.GetAsync(container, "a.json");
        var serverTime = await _blobs.GetServerTimeAsync(container);

        Assert.True((written.ServerDate - DateTimeOffset.UtcNow).Duration() < TimeSpan.FromMinutes(1));
        Assert.True(read!.ServerDate >= written.ServerDate);
        Assert.True(serverTime >= read.ServerDate);
        Assert.Equal("application/json", read.ContentType);
    }

    [Fact]
    public async Task GetAsync_MissingBlobOrContainer_ReturnsNull()
    {
        var container = await NewContainerAsync();

        Assert.Null(await _blobs.GetAsync(container, "nothing.json"));
        Assert.Null(await _blobs.GetAsync(AzuriteCollection.UniqueName("none"), "nothing.json"));
        Assert.Empty(await _blobs.ListAsync(AzuriteCollection.UniqueName("none"), string.Empty));
    }

    [Fact]
    public async Task DeleteAsync_WithIfMatch_StaleFailsThenDeletesThenNotFound()
    {
        var container = await NewContainerAsync();
        var first = await _blobs.PutAsync(container, "a.json", Utf8("1"), BlobCondition.None);
        var second = await _blobs.PutAsync(container, "a.json", Utf8("2"), BlobCondition.None);

        Assert.Equal(BlobDeleteOutcome.ConditionFailed, (await _blobs.DeleteAsync(container, "a.json", first.ETag)).Outcome);
        Assert.Equal(BlobDeleteOutcome.Deleted, (await _blobs.DeleteAsync(container, "a.json", second.ETag)).Outcome);
        Assert.Equal(BlobDeleteOutcome.NotFound, (await _blobs.DeleteAsync(container, "a.json")).Outcome);
    }

    [Fact]
    public async Task PutAsync_NameWithSpacesAndUnicode_IsSignedAndAddressedExactly()
    {
        var container = await NewContainerAsync();
        const string name = "live/play.example.com/直播 app/stream+1 (a)&b=c.json";

        Assert.True((await _blobs.PutAsync(container, name, Utf8("x"), BlobCondition.None)).Succeeded);

        Assert.Equal("x", Encoding.UTF8.GetString((await _blobs.GetAsync(container, name))!.Content.Span));
        Assert.Equal([name], (await _blobs.ListAsync(container, "live/")).Select(b => b.Name));
    }

    [Fact]
    public async Task PutJsonAsync_OptimisticUpdate_ReadModifyWriteWithETag()
    {
        var container = await NewContainerAsync();
        Assert.True((await _blobs.PutJsonAsync(container, "counter.json", new Counter(1), BlobCondition.CreateOnly)).Succeeded);

        var read = await _blobs.GetJsonAsync<Counter>(container, "counter.json");
        var written = await _blobs.PutJsonAsync(container, "counter.json", read!.Value with { Count = read.Value.Count + 1 }, BlobCondition.IfMatch(read.ETag));
        var raced = await _blobs.PutJsonAsync(container, "counter.json", new Counter(99), BlobCondition.IfMatch(read.ETag));

        Assert.True(written.Succeeded);
        Assert.True(raced.ConditionFailed);
        Assert.Equal(new Counter(2), (await _blobs.GetJsonAsync<Counter>(container, "counter.json"))!.Value);
    }

    private sealed record Counter(int Count);
}
