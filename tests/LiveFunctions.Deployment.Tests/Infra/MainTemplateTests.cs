using System.Text.RegularExpressions;

namespace LiveFunctions.Deployment.Tests.Infra;

[Collection(BicepCollection.Name)]
public sealed partial class MainTemplateTests(DeploymentSnapshots snapshots)
{
    [Fact]
    public void Snapshot_BothParameterSets_ExpandWithoutDiagnostics()
    {
        Assert.True(snapshots.Defaults.Diagnostics.Count == 0, string.Join('\n', snapshots.Defaults.Diagnostics));
        Assert.True(snapshots.Rotation.Diagnostics.Count == 0, string.Join('\n', snapshots.Rotation.Diagnostics));
    }

    [Fact]
    public void ResourceGroup_IsCreatedWithTheAzdEnvironmentTag()
    {
        var group = snapshots.Defaults.Single("Microsoft.Resources/resourceGroups");

        Assert.Equal("rg-ci", DeploymentSnapshot.Text(group, "name"));
        Assert.Equal(DeploymentSnapshots.Location, DeploymentSnapshot.Text(group, "location"));
        Assert.Equal("ci", DeploymentSnapshot.Text(group, "tags", "azd-env-name"));
    }

    [Fact]
    public void Outputs_ForAzd_AreUpperSnakeAndNameTheDeployedResources()
    {
        var names = snapshots.Defaults.Outputs.EnumerateObject().Select(output => output.Name).ToArray();

        Assert.All(names, name => Assert.Matches(UpperSnake(), name));
        foreach (var required in new[]
        {
            "AZURE_FUNCTION_APP_NAME", "AZURE_FUNCTION_URI", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_KEY_VAULT_NAME",
            "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_RESOURCE_GROUP", "SERVICE_API_NAME",
        })
        {
            Assert.Contains(required, names);
        }

        var site = DeploymentSnapshot.ShortName(snapshots.Defaults.Single("Microsoft.Web/sites"));
        Assert.Equal(site, DeploymentSnapshot.Text(snapshots.Defaults.Outputs, "AZURE_FUNCTION_APP_NAME"));
        Assert.Equal(site, DeploymentSnapshot.Text(snapshots.Defaults.Outputs, "SERVICE_API_NAME"));
        Assert.Equal(DeploymentSnapshots.TenantId, DeploymentSnapshot.Text(snapshots.Defaults.Outputs, "AZURE_TENANT_ID"));
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex UpperSnake();
}
