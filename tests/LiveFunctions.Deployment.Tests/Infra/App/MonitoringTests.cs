namespace LiveFunctions.Deployment.Tests.Infra.App;

[Collection(BicepCollection.Name)]
public sealed class MonitoringTests(DeploymentSnapshots snapshots)
{
    [Fact]
    public void ApplicationInsights_LocalAuth_IsDisabledAndWorkspaceBased()
    {
        var component = snapshots.Defaults.Single("Microsoft.Insights/components");
        var workspace = snapshots.Defaults.Single("Microsoft.OperationalInsights/workspaces");

        Assert.True(component.GetProperty("properties").GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Equal(DeploymentSnapshot.Text(workspace, "id"), DeploymentSnapshot.Text(component, "properties", "WorkspaceResourceId"));
    }
}
