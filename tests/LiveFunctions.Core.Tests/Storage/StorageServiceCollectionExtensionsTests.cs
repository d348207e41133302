using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class StorageServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static ServiceProvider Build(CapturingLoggerProvider? logs, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(logs);
            }
        });
        return services.AddAzureStorage().BuildServiceProvider();
    }

    [Fact]
    public async Task AddAzureStorage_AzuriteConnectionString_ResolvesWorkingClientsAndLogsWithoutKey()
    {
        var logs = new CapturingLoggerProvider();
        await using var provider = Build(logs, ("AzureWebJobsStorage", azurite.ConnectionString));
        provider.GetRequiredService<IStartupValidator>().Validate();
        var queues = provider.GetRequiredService<StorageQueues>();
        var blobs = provider.GetRequiredService<StorageBlobs>();
        var queue = AzuriteCollection.UniqueName("di");

        Assert.True(await queues.CreateIfNotExistsAsync(queue));
        await queues.SendAsync(queue, "hello");
        Assert.Equal("hello", Assert.Single(await queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30))).Text);
        Assert.True(await blobs.CreateContainerIfNotExistsAsync(queue));

        Assert.Same(queues, provider.GetRequiredService<StorageQueues>());
        Assert.Contains(logs.Lines, line => line.Contains($"Storage PutMessage queue '{queue}' answered 201", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(AzuriteInstance.AccountKey, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("SharedKey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAzureStorage_NothingConfigured_FailsAtStartNamingTheSetting()
    {
        await using var provider = Build(null);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAzureStorage_IdentityWithBlobOnly_QueueClientErrorNamesQueueServiceUri()
    {
        await using var provider = Build(null, ("AzureWebJobsStorage:blobServiceUri", "https://livefn.blob.core.windows.net"));
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("https://livefn.blob.core.windows.net/", provider.GetRequiredService<StorageBlobs>().Endpoint.AbsoluteUri);
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<StorageQueues>());
        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAzureStorage_EnvironmentStyleIdentityKeys_AreRead()
    {
        await using var provider = Build(
            null,
            ("AzureWebJobsStorage:queueServiceUri", "https://livefn.queue.core.windows.net"),
            ("AzureWebJobsStorage:blobServiceUri", "https://livefn.blob.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedidentity"));

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(("https://livefn.queue.core.windows.net", "managedidentity", null), (options.QueueServiceUri, options.Credential, options.ConnectionString));
        Assert.Equal("https://livefn.queue.core.windows.net/", provider.GetRequiredService<StorageQueues>().Endpoint.AbsoluteUri);
    }
}
