using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Tests.Hosting.Configuration;

public sealed class StandaloneServicesTests
{
    [Fact]
    public async Task Standalone_NothingConfigured_UsesStorageForTimerStatusQueueOutputsAndTheListener()
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { });
        var services = app.Services;

        Assert.IsType<StorageTimerStatusStore>(services.GetRequiredService<ITimerStatusStore>());
        Assert.IsType<StorageQueueOutputWriter>(services.GetRequiredService<IQueueOutputWriter>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is QueueListener);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), services.GetRequiredService<StorageQueues>().Endpoint);
        Assert.Equal("standalone", services.GetRequiredService<IOptions<StandaloneOptions>>().Value.HostId);
    }

    [Fact]
    public async Task UnderHost_TheHostOwnsTriggersAndOutputs_NoStorageBackedSources()
    {
        await using var app = TestApp.Build(underHost: true, FreePort.Next(), _ => { });
        var services = app.Services;

        Assert.IsType<InMemoryTimerStatusStore>(services.GetRequiredService<ITimerStatusStore>());
        Assert.IsType<UnconfiguredQueueOutputWriter>(services.GetRequiredService<IQueueOutputWriter>());
        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s is QueueListener or TimerScheduler);
        Assert.Null(services.GetService<StorageQueues>());
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("-lead")]
    [InlineData("two--hyphens")]
    [InlineData("a-host-id-that-is-longer-than-32-c")]
    [InlineData("with/slash")]
    public async Task Standalone_InvalidHostId_FailsTheStartNamingTheSetting(string hostId)
    {
        var settings = new Dictionary<string, string?> { ["Standalone:HostId"] = hostId };
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { }, settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Standalone:HostId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("standalone")]
    [InlineData("livefunctions-prod-2")]
    [InlineData("a")]
    public void IsValidHostId_HostLikeIds_AreAccepted(string hostId) => Assert.True(StandaloneOptions.IsValidHostId(hostId));
}
