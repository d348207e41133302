using Xunit;

namespace LiveFunctions.Testing.Azurite;

/// <summary>
/// An xunit fixture that starts one Azurite for a test class (<c>IClassFixture&lt;AzuriteFixture&gt;</c>) or a collection
/// (<c>ICollectionFixture&lt;AzuriteFixture&gt;</c>, declared in the test assembly) and kills it afterwards.
/// Tests sharing it should use their own queue and container names.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteInstance? _instance;

    /// <summary>The running instance.</summary>
    public AzuriteInstance Instance => _instance ?? throw new InvalidOperationException("The Azurite fixture has not started.");

    /// <summary>Shortcut for <see cref="AzuriteInstance.ConnectionString"/>.</summary>
    public string ConnectionString => Instance.ConnectionString;

    /// <inheritdoc />
    public async Task InitializeAsync() => _instance = await AzuriteInstance.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }
    }
}
