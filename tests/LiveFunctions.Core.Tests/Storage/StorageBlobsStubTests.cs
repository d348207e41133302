using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.Tests.Storage;

/// <summary>The blob client's requests and its reading of answers, through a stub HTTP handler.</summary>
public sealed class StorageBlobsStubTests
{
    private static void Versioned(HttpResponseMessage response, string etag = "\"0x8DC0FFEE\"")
    {
        response.Headers.TryAddWithoutValidation("ETag", etag);
        response.Content.Headers.TryAddWithoutValidation("Last-Modified", "Tue, 02 Dec 2025 09:59:00 GMT");
    }

    private static string ListPage(string? nextMarker, params string[] names) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults ContainerName=\"state\"><Blobs>" +
        string.Concat(names.Select(n =>
            $"<Blob><Name>{n}</Name><Properties><Last-Modified>Tue, 02 Dec 2025 09:59:00 GMT</Last-Modified><Etag>0x8D{n.Length}</Etag><Content-Length>12</Content-Length></Properties></Blob>")) +
        $"</Blobs><NextMarker>{nextMarker}</NextMarker></EnumerationResults>";

    [Fact]
    public async Task PutAsync_CreateOnly_SendsBlockBlobWithIfNoneMatchStar()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.Created, headers: r => Versioned(r));

        var result = await StorageTestClients.OverStub(stub).Blobs.PutAsync(
            "state", "limits/live one.json", Encoding.UTF8.GetBytes("{}"), BlobCondition.CreateOnly);

        var request = stub.Requests[0];
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/state/limits/live%20one.json", request.Uri.AbsoluteUri);
        Assert.Equal(("BlockBlob", "*", "application/json", "{}"), (request.Header("x-ms-blob-type"), request.Header("If-None-Match"), request.Header("Content-Type"), request.BodyText));
        Assert.Null(request.Header("If-Match"));
        Assert.Equal(new BlobWriteResult(true, false, "\"0x8DC0FFEE\"", new DateTimeOffset(2025, 12, 2, 9, 59, 0, TimeSpan.Zero), StubStorageHandler.ServerNow), result);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed, "ConditionNotMet")]
    [InlineData(HttpStatusCode.Conflict, "BlobAlreadyExists")]
    public async Task PutAsync_ConditionFails_ReturnsConditionFailedValue(HttpStatusCode status, string code)
    {
        var stub = new StubStorageHandler().Error(status, code);

        var result = await StorageTestClients.OverStub(stub).Blobs.PutAsync("state", "a.json", new byte[] { 1 }, BlobCondition.IfMatch("\"old\""));

        Assert.Equal("\"old\"", stub.Requests[0].Header("If-Match"));
        Assert.Equal(new BlobWriteResult(false, true, null, null, StubStorageHandler.ServerNow), result);
    }

    [Fact]
    public async Task PutAsync_LeaseConflict_ThrowsStorageRequestException()
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.Conflict, "LeaseIdMissing");

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => StorageTestClients.OverStub(stub).Blobs.PutAsync("state", "a.json", new byte[] { 1 }, BlobCondition.None));

        Assert.Equal((409, "LeaseIdMissing", "blob 'state/a.json'"), (error.Status, error.ErrorCode, error.Resource));
    }

    [Fact]
    public async Task GetAsync_Exists_ReturnsBytesETagAndServerDate()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.OK, "{\"n\":1}", r => Versioned(r, "\"0x1\""));

        var blob = await StorageTestClients.OverStub(stub).Blobs.GetAsync("state", "a.json");

        Assert.NotNull(blob);
        Assert.Equal("{\"n\":1}", Encoding.UTF8.GetString(blob.Content.Span));
        Assert.Equal(("\"0x1\"", StubStorageHandler.ServerNow), (blob.ETag, blob.ServerDate));
        Assert.StartsWith("application/xml", blob.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BlobNotFound")]
    [InlineData("ContainerNotFound")]
    public async Task GetAsync_Missing_ReturnsNull(string code)
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.NotFound, code);

        Assert.Null(await StorageTestClients.OverStub(stub).Blobs.GetAsync("state", "a.json"));
    }

    [Fact]
    public async Task GetAsync_NoDateHeader_ThrowsBecauseServerTimeIsPartOfTheContract()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.OK, "{}", r =>
        {
            Versioned(r);
            r.Headers.Date = null;
        });

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => StorageTestClients.OverStub(stub).Blobs.GetAsync("state", "a.json"));

        Assert.Contains("Date", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Accepted, null, BlobDeleteOutcome.Deleted)]
    [InlineData(HttpStatusCode.NotFound, "BlobNotFound", BlobDeleteOutcome.NotFound)]
    [InlineData(HttpStatusCode.PreconditionFailed, "ConditionNotMet", BlobDeleteOutcome.ConditionFailed)]
    public async Task DeleteAsync_Answer_MapsToOutcome(HttpStatusCode status, string? code, BlobDeleteOutcome expected)
    {
        var stub = code is null ? new StubStorageHandler().Answer(status) : new StubStorageHandler().Error(status, code);

        var result = await StorageTestClients.OverStub(stub).Blobs.DeleteAsync("state", "a.json", "\"0x1\"");

        Assert.Equal(expected, result.Outcome);
        Assert.Equal("\"0x1\"", stub.Requests[0].Header("If-Match"));
    }

    [Fact]
    public async Task ListAsync_TwoPages_FollowsMarkerAndQuotesETags()
    {
        var stub = new StubStorageHandler()
            .Answer(HttpStatusCode.OK, ListPage("page2", "p/a", "p/b"))
            .Answer(HttpStatusCode.OK, ListPage(null, "p/c"));

        var blobs = await StorageTestClients.OverStub(stub).Blobs.ListAsync("state", "p/", pageSize: 2, CancellationToken.None);

        Assert.Equal(["p/a", "p/b", "p/c"], blobs.Select(b => b.Name));
        Assert.Equal("\"0x8D3\"", blobs[0].ETag);
        Assert.Equal(12, blobs[0].ContentLength);
        Assert.EndsWith("/state?restype=container&comp=list&prefix=p%2F&maxresults=2", stub.Requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.EndsWith("/state?restype=container&comp=list&prefix=p%2F&marker=page2&maxresults=2", stub.Requests[1].Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_ContainerMissing_ReturnsEmpty()
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.NotFound, "ContainerNotFound");

        Assert.Empty(await StorageTestClients.OverStub(stub).Blobs.ListAsync("state", string.Empty));
    }

    [Theory]
    [InlineData("a//b")]
    [InlineData("a/../b")]
    [InlineData("./a")]
    [InlineData("")]
    public async Task GetAsync_BlobNameThatUrlNormalisationWouldChange_ThrowsArgumentException(string name)
    {
        var blobs = StorageTestClients.OverStub(new StubStorageHandler()).Blobs;

        await Assert.ThrowsAsync<ArgumentException>(() => blobs.GetAsync("state", name));
    }

    [Fact]
    public async Task PutJsonAsync_ThenGetJsonAsync_RoundTripsDocumentWithETag()
    {
        var stub = new StubStorageHandler()
            .Answer(HttpStatusCode.Created, headers: r => Versioned(r, "\"0x2\""))
            .Answer(HttpStatusCode.OK, "{\"Count\":3,\"Name\":\"live\"}", r => Versioned(r, "\"0x2\""));
        var blobs = StorageTestClients.OverStub(stub).Blobs;

        var written = await blobs.PutJsonAsync("state", "doc.json", new Doc(3, "live"), BlobCondition.IfMatch("\"0x1\""));
        var read = await blobs.GetJsonAsync<Doc>("state", "doc.json");

        Assert.Equal("{\"Count\":3,\"Name\":\"live\"}", stub.Requests[0].BodyText);
        Assert.Equal("application/json", stub.Requests[0].Header("Content-Type"));
        Assert.True(written.Succeeded);
        Assert.Equal(new BlobJson<Doc>(new Doc(3, "live"), "\"0x2\"", new DateTimeOffset(2025, 12, 2, 9, 59, 0, TimeSpan.Zero), StubStorageHandler.ServerNow), read);
    }

    [Fact]
    public async Task GetJsonAsync_NotJson_ThrowsJsonException()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.OK, "not json", r => Versioned(r));

        await Assert.ThrowsAnyAsync<JsonException>(() => StorageTestClients.OverStub(stub).Blobs.GetJsonAsync<Doc>("state", "doc.json"));
    }

    [Fact]
    public async Task GetServerTimeAsync_ContainerMissing_StillReturnsDateHeader()
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.NotFound, "ContainerNotFound");

        Assert.Equal(StubStorageHandler.ServerNow, await StorageTestClients.OverStub(stub).Blobs.GetServerTimeAsync("state"));
        Assert.Equal(HttpMethod.Head, stub.Requests[0].Method);
    }

    private sealed record Doc(int Count, string Name);
}
