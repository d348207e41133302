namespace LiveFunctions.Deployment.Tests.Infra.App;

[Collection(BicepCollection.Name)]
public sealed class AppSettingsTests(DeploymentSnapshots snapshots)
{
    private IReadOnlyDictionary<string, string> Settings => snapshots.Defaults.AppSettings();

    [Fact]
    public void HostStorage_IsIdentityBasedWithEveryServiceUri()
    {
        var clientId = Settings["AzureWebJobsStorage__clientId"];

        Assert.Equal("managedidentity", Settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities/", clientId, StringComparison.Ordinal);
        Assert.Equal(clientId, Settings["AZURE_CLIENT_ID"]);
        Assert.Contains("primaryEndpoints.blob", Settings["AzureWebJobsStorage__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.queue", Settings["AzureWebJobsStorage__queueServiceUri"], StringComparison.Ordinal);
        Assert.Contains("primaryEndpoints.table", Settings["AzureWebJobsStorage__tableServiceUri"], StringComparison.Ordinal);
        Assert.DoesNotContain("AzureWebJobsStorage", Settings.Keys);
    }

    [Fact]
    public void ApplicationInsights_IngestsWithEntraAuthentication()
    {
        Assert.Contains("ConnectionString", Settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
        Assert.Contains("Authorization=AAD", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.StartsWith("[format('ClientId={0};", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    public void FlexDeprecatedSetting_IsNotSet(string setting)
    {
        Assert.DoesNotContain(setting, Settings.Keys);
        Assert.DoesNotContain(setting, snapshots.Rotation.AppSettings().Keys);
    }

    [Theory]
    [InlineData("Alibaba__AccessKeySecret", "alibaba-access-key-secret")]
    [InlineData("SnapshotCallbacks__AuthKey", "snapshot-callback-auth-key")]
    public void Secret_IsVersionlessKeyVaultReference(string setting, string secretName)
    {
        var value = Settings[setting];

        Assert.Contains("@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)", value, StringComparison.Ordinal);
        Assert.Contains($"'{secretName}'", value, StringComparison.Ordinal);
        Assert.Contains("Microsoft.KeyVault/vaults/", value, StringComparison.Ordinal);
        Assert.Contains(".vaultUri", value, StringComparison.Ordinal);
    }

    [Fact]
    public void PackSettings_Defaults_AreTheDocumentedValues()
    {
        Assert.Equal("ci-access-key-id", Settings["Alibaba__AccessKeyId"]);
        Assert.Equal("https://live.aliyuncs.com", Settings["Alibaba__LiveEndpoint"]);
        Assert.Equal("https://ice.cn-shanghai.aliyuncs.com", Settings["Alibaba__IceEndpoint"]);
        Assert.Equal("V3", Settings["Alibaba__SignatureVersion"]);
        Assert.Equal("cn-shanghai", Settings["Alibaba__RegionId"]);
        Assert.Equal("0 5 * * * *", Settings["IndexFilesSchedule"]);
        Assert.Equal("0 */15 * * * *", Settings["TranscodeWindowsSchedule"]);
        Assert.Equal("0.9", Settings["RateLimits__SafetyMargin"]);
        Assert.Equal(string.Empty, Settings["IndexFiles__Domains"]);
        Assert.Contains("IndexFiles__OssEndpoint", Settings.Keys);
        Assert.Contains("IndexFiles__OssBucket", Settings.Keys);
    }

    [Fact]
    public void CallbackHost_Default_IsTheAppsDefaultHostName()
    {
        Assert.Contains("Microsoft.Web/sites/", Settings["SnapshotCallbacks__CallbackHost"], StringComparison.Ordinal);
        Assert.Contains(".defaultHostName", Settings["SnapshotCallbacks__CallbackHost"], StringComparison.Ordinal);
        Assert.Equal("callbacks.example.com", snapshots.Rotation.AppSettings()["SnapshotCallbacks__CallbackHost"]);
    }

    [Fact]
    public void PreviousAuthKey_OnlyReferencedWhileRotationIsEnabled()
    {
        var rotation = snapshots.Rotation.AppSettings();

        Assert.DoesNotContain("SnapshotCallbacks__PreviousAuthKey", Settings.Keys);
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", rotation["SnapshotCallbacks__PreviousAuthKey"], StringComparison.Ordinal);
        Assert.Contains("'snapshot-callback-previous-auth-key'", rotation["SnapshotCallbacks__PreviousAuthKey"], StringComparison.Ordinal);
    }

    [Fact]
    public void IndexFilesDomains_CommaSeparatedParameter_ReachesTheSetting()
    {
        Assert.Equal("play.example.com,live.example.org", snapshots.Rotation.AppSettings()["IndexFiles__Domains"]);
    }
}
