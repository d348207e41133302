using System.Text.Json;

namespace LiveFunctions.Deployment.Tests.Infra.App;

[Collection(BicepCollection.Name)]
public sealed class StorageTests(DeploymentSnapshots snapshots)
{
    private JsonElement Account => snapshots.Defaults.Single("Microsoft.Storage/storageAccounts");

    [Fact]
    public void StorageAccount_Security_SharedKeysOffNoPublicBlobsTls12()
    {
        var properties = Account.GetProperty("properties");

        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
        Assert.True(properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
    }

    [Fact]
    public void DeploymentContainer_FunctionAppConfig_PointsAtTheCreatedPrivateContainer()
    {
        var container = snapshots.Defaults.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var site = snapshots.Defaults.Single("Microsoft.Web/sites");

        var deploymentTarget = DeploymentSnapshot.Text(site, "properties", "functionAppConfig", "deployment", "storage", "value");

        Assert.Equal("None", DeploymentSnapshot.Text(container, "properties", "publicAccess"));
        Assert.Contains($"'{DeploymentSnapshot.ShortName(container)}'", deploymentTarget, StringComparison.Ordinal);
        Assert.Contains(
            $"Microsoft.Storage/storageAccounts/{DeploymentSnapshot.ShortName(Account)}'",
            deploymentTarget,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Queues_EveryQueueTheAppUses_IsCreated()
    {
        var created = snapshots.Defaults.OfType("Microsoft.Storage/storageAccounts/queueServices/queues")
            .Select(DeploymentSnapshot.ShortName)
            .ToHashSet(StringComparer.Ordinal);
        var settings = snapshots.Defaults.AppSettings();

        var fromFunctions = FunctionQueues.Read(FunctionQueues.AppSource)
            .Select(queue => queue with { QueueName = Resolve(queue.QueueName, settings) });
        var required = FunctionQueues.Required(FunctionQueues.Documented.Select(name => new FunctionQueue("(design)", name, true)))
            .Concat(FunctionQueues.Required(fromFunctions))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var missing = required.Where(queue => !created.Contains(queue)).ToArray();
        Assert.True(
            missing.Length == 0,
            $"Queues used but not created by infra/main.bicep: {string.Join(", ", missing)}. Created: {string.Join(", ", created)}");
    }

    [Fact]
    public void Queues_EveryCreatedWorkQueue_HasItsPoisonQueue()
    {
        var created = snapshots.Defaults.OfType("Microsoft.Storage/storageAccounts/queueServices/queues")
            .Select(DeploymentSnapshot.ShortName)
            .ToArray();

        Assert.NotEmpty(created);
        foreach (var queue in created.Where(name => !name.EndsWith("-poison", StringComparison.Ordinal)))
        {
            Assert.Contains(queue + "-poison", created);
        }
    }

    // A queueName of %Setting% is read from the app settings, as the Functions host does.
    private static string Resolve(string queueName, IReadOnlyDictionary<string, string> settings)
    {
        if (queueName.Length < 2 || queueName[0] != '%' || queueName[^1] != '%')
        {
            return queueName;
        }

        var setting = queueName[1..^1];
        Assert.True(settings.TryGetValue(setting, out var value), $"function.json names queue {queueName}, an app setting the template does not set.");
        return value;
    }
}
