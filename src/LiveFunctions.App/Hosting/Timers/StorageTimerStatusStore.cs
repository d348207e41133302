using System.Text.Json;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Hosting.Timers;

/// <summary>
/// The timer statuses in blob storage, where the host's schedule monitor keeps them: container
/// <c>azure-webjobs-hosts</c>, blob <c>timers/{Standalone:HostId}/{timerName}/status</c>, JSON
/// <c>{"Last","Next","LastUpdated"}</c> (ISO-8601 with offset). The version is the blob's ETag, so conditional writes
/// are If-Match (or If-None-Match: * for the first one). The container is created on the first write.
/// </summary>
internal sealed class StorageTimerStatusStore(StorageBlobs blobs, IOptions<StandaloneOptions> options) : ITimerStatusStore
{
    /// <summary>The host's container for its own state.</summary>
    public const string Container = "azure-webjobs-hosts";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private volatile bool _containerReady;

    /// <summary>The <c>Standalone:HostId</c> the blobs are kept under.</summary>
    public string HostId { get; } = options.Value.HostId;

    /// <summary>The blob of a timer's status.</summary>
    public string BlobName(string timerName) => $"timers/{HostId}/{timerName}/status";

    public async Task<ScheduleStatus?> GetAsync(string timerName, CancellationToken cancellationToken) =>
        (await ReadAsync(timerName, cancellationToken))?.Status;

    public async Task SetAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken) =>
        await WriteAsync(timerName, status, BlobCondition.None, cancellationToken);

    public async Task<StoredTimerStatus?> ReadAsync(string timerName, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetAsync(Container, BlobName(timerName), cancellationToken);
        return blob is null ? null : new StoredTimerStatus(Parse(blob.Content), blob.ETag);
    }

    public async Task<string?> TryWriteAsync(string timerName, ScheduleStatus status, string? expectedVersion, CancellationToken cancellationToken)
    {
        var condition = expectedVersion is null ? BlobCondition.CreateOnly : BlobCondition.IfMatch(expectedVersion);
        var result = await WriteAsync(timerName, status, condition, cancellationToken);
        return result.Succeeded ? result.ETag : null;
    }

    /// <summary>Reads the document; null when it is not a status (it will be overwritten by the next write).</summary>
    private static ScheduleStatus? Parse(ReadOnlyMemory<byte> content)
    {
        try
        {
            var document = JsonSerializer.Deserialize<StatusDocument>(content.Span, Json);
            return document is { Next: { } next }
                ? new ScheduleStatus(document.Last ?? DateTimeOffset.MinValue, next, document.LastUpdated ?? document.Last ?? DateTimeOffset.MinValue)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<BlobWriteResult> WriteAsync(string timerName, ScheduleStatus status, BlobCondition condition, CancellationToken cancellationToken)
    {
        if (!_containerReady)
        {
            await blobs.CreateContainerIfNotExistsAsync(Container, cancellationToken);
            _containerReady = true;
        }

        var document = new StatusDocument(status.Last, status.Next, status.LastUpdated);
        try
        {
            return await blobs.PutJsonAsync(Container, BlobName(timerName), document, condition, cancellationToken: cancellationToken);
        }
        catch (StorageRequestException exception) when (exception.ErrorCode == "ContainerNotFound")
        {
            // Deleted since we created it (someone cleaned the account): create it again, once.
            await blobs.CreateContainerIfNotExistsAsync(Container, cancellationToken);
            return await blobs.PutJsonAsync(Container, BlobName(timerName), document, condition, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The blob's JSON, in the host's property names and order.</summary>
    private sealed record StatusDocument(DateTimeOffset? Last, DateTimeOffset? Next, DateTimeOffset? LastUpdated);
}
