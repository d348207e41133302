using System.Text.Json;

namespace LiveFunctions.Deployment.Tests.Infra.App;

[Collection(BicepCollection.Name)]
public sealed class RbacTests(DeploymentSnapshots snapshots)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    [Theory]
    [InlineData(StorageBlobDataOwner, "Microsoft.Storage/storageAccounts/")]
    [InlineData(StorageQueueDataContributor, "Microsoft.Storage/storageAccounts/")]
    [InlineData(StorageTableDataContributor, "Microsoft.Storage/storageAccounts/")]
    [InlineData(MonitoringMetricsPublisher, "Microsoft.Insights/components/")]
    [InlineData(KeyVaultSecretsUser, "Microsoft.KeyVault/vaults")]
    public void AppIdentity_HasRole_OnItsResource(string roleId, string scope)
    {
        var assignment = Assert.Single(Assignments(snapshots.Defaults, roleId));

        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities/", DeploymentSnapshot.Text(assignment, "properties", "principalId"), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", DeploymentSnapshot.Text(assignment, "properties", "principalType"));
        // The assignment's id is an extension resource id of the scope it is assigned on.
        Assert.Contains(scope, DeploymentSnapshot.Text(assignment, "id"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deployer_GetsSecretsOfficer_OnlyWhenPrincipalIdIsGiven()
    {
        Assert.Empty(Assignments(snapshots.Defaults, KeyVaultSecretsOfficer));

        var officer = Assert.Single(Assignments(snapshots.Rotation, KeyVaultSecretsOfficer));
        Assert.Equal(DeploymentSnapshots.DeployerPrincipalId, DeploymentSnapshot.Text(officer, "properties", "principalId"));
        Assert.Equal("ServicePrincipal", DeploymentSnapshot.Text(officer, "properties", "principalType"));
    }

    private static JsonElement[] Assignments(DeploymentSnapshot snapshot, string roleId) =>
        snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .Where(assignment => DeploymentSnapshot.Text(assignment, "properties", "roleDefinitionId")
                .EndsWith("/roleDefinitions/" + roleId, StringComparison.OrdinalIgnoreCase))
            .ToArray();
}
