using System.Text.Json;

namespace LiveFunctions.Deployment.Tests.Infra.App;

[Collection(BicepCollection.Name)]
public sealed class ApiTests(DeploymentSnapshots snapshots)
{
    private JsonElement Site => snapshots.Defaults.Single("Microsoft.Web/sites");

    private string IdentityId =>
        DeploymentSnapshot.Text(snapshots.Defaults.Single("Microsoft.ManagedIdentity/userAssignedIdentities"), "id");

    [Fact]
    public void Plan_FlexConsumption_IsLinuxFc1()
    {
        var plan = snapshots.Defaults.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", DeploymentSnapshot.Text(plan, "sku", "name"));
        Assert.Equal("FlexConsumption", DeploymentSnapshot.Text(plan, "sku", "tier"));
        Assert.True(plan.GetProperty("properties").GetProperty("reserved").GetBoolean());
    }

    [Fact]
    public void Site_Runtime_IsCustomHandlerOnLinux()
    {
        Assert.Equal("functionapp,linux", DeploymentSnapshot.Text(Site, "kind"));
        Assert.Equal("custom", DeploymentSnapshot.Text(Site, "properties", "functionAppConfig", "runtime", "name"));
        Assert.Equal("1.0", DeploymentSnapshot.Text(Site, "properties", "functionAppConfig", "runtime", "version"));
        Assert.Equal("api", DeploymentSnapshot.Text(Site, "tags", "azd-service-name"));
        Assert.True(Site.GetProperty("properties").GetProperty("httpsOnly").GetBoolean());
    }

    [Fact]
    public void Site_Identity_UserAssignedForPackageAndKeyVaultReferences()
    {
        var identities = Site.GetProperty("identity").GetProperty("userAssignedIdentities").EnumerateObject().Select(p => p.Name);
        var deployment = Site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage");

        Assert.Equal("UserAssigned", DeploymentSnapshot.Text(Site, "identity", "type"));
        Assert.Equal([IdentityId], identities);
        Assert.Equal(IdentityId, DeploymentSnapshot.Text(Site, "properties", "keyVaultReferenceIdentity"));
        Assert.Equal("blobContainer", DeploymentSnapshot.Text(deployment, "type"));
        Assert.Equal("UserAssignedIdentity", DeploymentSnapshot.Text(deployment, "authentication", "type"));
        Assert.Equal(IdentityId, DeploymentSnapshot.Text(deployment, "authentication", "userAssignedIdentityResourceId"));
    }

    [Fact]
    public void Site_Scale_DefaultsAndParametersReachFunctionAppConfig()
    {
        static (int Memory, int Instances) Scale(JsonElement site)
        {
            var scale = site.GetProperty("properties").GetProperty("functionAppConfig").GetProperty("scaleAndConcurrency");
            return (scale.GetProperty("instanceMemoryMB").GetInt32(), scale.GetProperty("maximumInstanceCount").GetInt32());
        }

        Assert.Equal((2048, 100), Scale(Site));
        Assert.Equal((4096, 40), Scale(snapshots.Rotation.Single("Microsoft.Web/sites")));
    }

    [Fact]
    public void Site_BasicPublishingCredentials_AreDisabled()
    {
        var policies = snapshots.Defaults.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToArray();

        Assert.Equal(["ftp", "scm"], policies.Select(DeploymentSnapshot.ShortName).Order(StringComparer.Ordinal));
        Assert.All(policies, policy => Assert.False(policy.GetProperty("properties").GetProperty("allow").GetBoolean()));
    }
}
