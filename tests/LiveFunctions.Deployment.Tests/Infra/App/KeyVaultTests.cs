namespace LiveFunctions.Deployment.Tests.Infra.App;

[Collection(BicepCollection.Name)]
public sealed class KeyVaultTests(DeploymentSnapshots snapshots)
{
    [Fact]
    public void Vault_Authorization_IsRbac()
    {
        var vault = snapshots.Defaults.Single("Microsoft.KeyVault/vaults");

        Assert.True(vault.GetProperty("properties").GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.Equal(DeploymentSnapshots.TenantId, DeploymentSnapshot.Text(vault, "properties", "tenantId"));
    }

    [Fact]
    public void Secrets_AreWrittenOnlyWhenAValueIsGiven()
    {
        var secrets = snapshots.Defaults.OfType("Microsoft.KeyVault/vaults/secrets").ToArray();

        Assert.Equal(
            ["alibaba-access-key-secret", "snapshot-callback-auth-key", "snapshot-callback-previous-auth-key"],
            secrets.Select(DeploymentSnapshot.ShortName).Order(StringComparer.Ordinal));
        // Secure values are unknown to the snapshot, so each secret keeps its condition: not empty.
        Assert.All(secrets, secret => Assert.Contains("not(empty(", DeploymentSnapshot.Text(secret, "condition"), StringComparison.Ordinal));
    }
}
