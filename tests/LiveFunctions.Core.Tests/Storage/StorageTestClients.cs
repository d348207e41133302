using Azure.Core.Pipeline;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Storage.Connection;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveFunctions.Core.Tests.Storage;

/// <summary>Builds storage clients for tests: over a stub handler, or against a real endpoint.</summary>
internal sealed class StorageTestClients
{
    /// <summary>Retries without real waiting (the delays still go through the clock).</summary>
    public static readonly StorageRetrySettings FastRetry = new(2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));

    private StorageTestClients(StorageConnection connection, StorageHttp http)
    {
        Connection = connection;
        Http = http;
        Queues = StorageClientFactory.CreateQueues(connection, http);
        Blobs = StorageClientFactory.CreateBlobs(connection, http);
    }

    public StorageConnection Connection { get; }

    public StorageHttp Http { get; }

    public StorageQueues Queues { get; }

    public StorageBlobs Blobs { get; }

    /// <summary>Clients on the Azurite defaults whose requests go to <paramref name="handler"/>.</summary>
    public static StorageTestClients OverStub(StubStorageHandler handler, TimeProvider? time = null, StorageRetrySettings? retry = null) =>
        Create("UseDevelopmentStorage=true", time ?? new ManualTimeProvider(new DateTimeOffset(2025, 12, 2, 10, 0, 0, TimeSpan.Zero)),
            new HttpClientTransport(new HttpClient(handler)), retry ?? FastRetry);

    /// <summary>Clients for a real service (Azurite) with the system clock.</summary>
    public static StorageTestClients ForConnectionString(string connectionString) =>
        Create(connectionString, TimeProvider.System, transport: null, StorageTestClients.FastRetry);

    private static StorageTestClients Create(
        string connectionString, TimeProvider time, HttpPipelineTransport? transport, StorageRetrySettings retry)
    {
        var connection = StorageConnectionParser.Parse(new StorageOptions { ConnectionString = connectionString });
        var http = StorageClientFactory.CreateHttp(connection, time, NullLoggerFactory.Instance, transport, retry);
        return new StorageTestClients(connection, http);
    }
}
