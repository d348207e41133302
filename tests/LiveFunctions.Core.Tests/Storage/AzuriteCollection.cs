using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Core.Tests.Storage;

/// <summary>One Azurite for every storage test class of this assembly; each test uses its own queue or container.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";

    /// <summary>A fresh, valid queue or container name.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
