using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.SnapshotCallback;

/// <summary>
/// One Azurite for the snapshot function tests that need storage. The processor's queue and container names are fixed,
/// so these tests run one after the other (one collection) and each uses its own stream names.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SnapshotAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Snapshot functions on Azurite";
}
