using Azure.Core.Pipeline;
using LiveFunctions.Core.Storage.Connection;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>Builds the queue and blob clients of one connection over one pipeline (DI uses it; tests pass a stub transport).</summary>
internal static class StorageClientFactory
{
    /// <summary>The logger category of the storage client.</summary>
    public const string LoggerCategory = "LiveFunctions.Core.Storage";

    /// <summary>The sender shared by both clients.</summary>
    public static StorageHttp CreateHttp(
        StorageConnection connection,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        HttpPipelineTransport? transport = null,
        StorageRetrySettings? retry = null)
    {
        var logger = loggerFactory.CreateLogger(LoggerCategory);
        return new StorageHttp(StoragePipeline.Create(connection, timeProvider, logger, transport, retry), timeProvider, logger);
    }

    /// <summary>A queue client; throws naming the setting when the connection has no queue endpoint.</summary>
    public static StorageQueues CreateQueues(StorageConnection connection, StorageHttp http) =>
        new(http, connection.RequireQueueEndpoint());

    /// <summary>A blob client; throws naming the setting when the connection has no blob endpoint.</summary>
    public static StorageBlobs CreateBlobs(StorageConnection connection, StorageHttp http) =>
        new(http, connection.RequireBlobEndpoint());
}
