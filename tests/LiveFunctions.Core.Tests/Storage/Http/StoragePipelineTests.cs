using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using LiveFunctions.Core.Storage.Connection;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveFunctions.Core.Tests.Storage.Http;

public sealed class StoragePipelineTests
{
    private sealed class FixedTokenCredential : TokenCredential
    {
        public List<string[]> RequestedScopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            RequestedScopes.Add(requestContext.Scopes);
            return new AccessToken("token-123", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    [Fact]
    public async Task SendAsync_TokenCredential_SendsBearerTokenForStorageScopeWithVersionAndDate()
    {
        var credential = new FixedTokenCredential();
        var connection = StorageConnection.WithToken(
            "AzureWebJobsStorage", new Uri("https://livefn.blob.core.windows.net"), new Uri("https://livefn.queue.core.windows.net"),
            credential, null, "test");
        var stub = new StubStorageHandler().Answer(HttpStatusCode.Created);
        var time = new ManualTimeProvider(new DateTimeOffset(2025, 12, 2, 10, 0, 0, TimeSpan.Zero));
        var http = StorageClientFactory.CreateHttp(
            connection, time, NullLoggerFactory.Instance, new HttpClientTransport(new HttpClient(stub)), StorageTestClients.FastRetry);

        Assert.True(await StorageClientFactory.CreateQueues(connection, http).CreateIfNotExistsAsync("work-items"));

        var request = Assert.Single(stub.Requests);
        Assert.Equal("https://livefn.queue.core.windows.net/work-items", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer token-123", request.Header("Authorization"));
        Assert.Equal(("2025-05-05", "Tue, 02 Dec 2025 10:00:00 GMT"), (request.Header("x-ms-version"), request.Header("x-ms-date")));
        Assert.Equal(["https://storage.azure.com/.default"], Assert.Single(credential.RequestedScopes));
    }

    [Fact]
    public async Task SendAsync_SharedKey_AuthorizationMatchesSignatureOfWhatWasSent()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.Created, headers: r =>
        {
            r.Headers.TryAddWithoutValidation("ETag", "\"0x2\"");
            r.Content.Headers.TryAddWithoutValidation("Last-Modified", "Tue, 02 Dec 2025 09:59:00 GMT");
        });
        var clients = StorageTestClients.OverStub(stub);

        await clients.Blobs.PutAsync("state", "a.json", new byte[] { 1, 2, 3 }, LiveFunctions.Core.Storage.BlobCondition.IfMatch("\"0x1\""));

        var sent = stub.Requests[0];
        var expected = SharedKeyStringToSign.Build(
            "PUT",
            sent.Uri,
            3,
            sent.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value)),
            "devstoreaccount1");
        Assert.Contains("\n3\n", expected, StringComparison.Ordinal);
        Assert.Contains("\"0x1\"\n", expected, StringComparison.Ordinal);
        Assert.Equal($"SharedKey devstoreaccount1:{clients.Connection.SharedKey!.Sign(expected)}", sent.Header("Authorization"));
    }
}
