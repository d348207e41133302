using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>Creates the processor's containers once per process (before its first write).</summary>
internal sealed class SnapshotContainers(StorageBlobs blobs)
{
    private static readonly string[] Names =
    [
        SnapshotStorageLayout.SnapshotsContainer,
        SnapshotStorageLayout.DedupeContainer,
        SnapshotStorageLayout.DeliveriesContainer,
        SnapshotStorageLayout.UnrecognisedContainer,
    ];

    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        // Two first messages at once both create: harmless, creation is idempotent.
        foreach (var name in Names)
        {
            await blobs.CreateContainerIfNotExistsAsync(name, cancellationToken);
        }

        _ready = true;
    }
}
