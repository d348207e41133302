// LiveFunctions on Azure: a Flex Consumption (FC1, Linux) Function App that runs the pack's custom handler, with
// identity-based host storage, Entra-authenticated Application Insights and a Key Vault for the two secrets.
// azd deploys it (`azd up`); the parameters come from infra/main.parameters.json and the azd environment.
targetScope = 'subscription'

// ===== Environment =====

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it seeds every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region of every resource. It must offer Flex Consumption.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Name of the resource group to create. Empty: rg-<environmentName>.')
param resourceGroupName string = ''

@description('Object ID of the person or pipeline that runs the deployment. When given, it is made Key Vault Secrets Officer so it can set and roll the two secrets. azd fills it with the signed-in principal.')
param principalId string = ''

@description('Kind of principalId.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

// ===== Scale (Flex Consumption) =====

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

// ===== Alibaba Cloud =====

@minLength(1)
@description('AccessKey ID of the RAM user the pack calls ApsaraVideo Live and ICE as.')
param alibabaAccessKeyId string

@secure()
@description('AccessKey secret of that RAM user. Empty: the Key Vault secret is left as it is (set or roll it in Key Vault).')
param alibabaAccessKeySecret string = ''

@minLength(1)
@description('Alibaba Cloud region of the Live domains and ICE jobs (sent as RegionId where an operation takes one).')
param alibabaRegionId string = 'cn-shanghai'

@minLength(1)
@description('ApsaraVideo Live OpenAPI endpoint (URL). China regions, Tokyo, Mumbai, Jakarta: https://live.aliyuncs.com; Singapore: https://live.ap-southeast-1.aliyuncs.com; Frankfurt: https://live.eu-central-1.aliyuncs.com.')
param alibabaLiveEndpoint string = 'https://live.aliyuncs.com'

@minLength(1)
@description('ICE OpenAPI endpoint (URL) of the region: https://ice.<region>.aliyuncs.com.')
param alibabaIceEndpoint string = 'https://ice.cn-shanghai.aliyuncs.com'

@description('Signature the client uses: V3 (ACS3-HMAC-SHA256) or V1 (HMAC-SHA1).')
@allowed([
  'V3'
  'V1'
])
param alibabaSignatureVersion string = 'V3'

// ===== Snapshot callbacks =====

@secure()
@description('Callback auth key (16-32 letters and digits), the NotifyAuthKey given to AddLiveSnapshotNotifyConfig. Empty: the Key Vault secret is left as it is.')
param snapshotCallbackAuthKey string = ''

@description('Accept callbacks signed with the previous auth key as well, while a key rotation is under way.')
param snapshotCallbackPreviousAuthKeyEnabled bool = false

@secure()
@description('The previous callback auth key (used only while snapshotCallbackPreviousAuthKeyEnabled is true). Empty: the Key Vault secret is left as it is.')
param snapshotCallbackPreviousAuthKey string = ''

@description('Host part of the callback URL given to Live (it is part of the callback signature). Empty: the app\'s default host name.')
param snapshotCallbackHost string = ''

// ===== Scheduled work =====

@description('Streaming (playback) domains whose streams get hourly M3U8 index files, comma-separated. Empty: none.')
param indexFilesDomains string = ''

@description('OSS endpoint the index files are written to, e.g. oss-cn-shanghai.aliyuncs.com.')
param indexFilesOssEndpoint string = ''

@description('OSS bucket the index files are written to.')
param indexFilesOssBucket string = ''

@minLength(1)
@description('NCRONTAB schedule (UTC, six fields) of the hourly index-file planner.')
param indexFilesSchedule string = '0 5 * * * *'

@minLength(1)
@description('NCRONTAB schedule (UTC, six fields) of the transcode-window rotation.')
param transcodeWindowsSchedule string = '0 */15 * * * *'

@minLength(1)
@description('Share of each documented QPS limit the rate limiter uses, a number in (0, 1].')
param rateLimitSafetyMargin string = '0.9'

// ===== Names =====

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = 'func-${resourceToken}'
// Flex keeps the deployed package in this container of the host storage account.
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

// Every queue the functions read or write, with the -poison queue the host moves a message to after
// maxDequeueCount failed attempts. The template creates all of them so nothing depends on first use.
var queueNames = [
  'index-work'
  'index-work-poison'
  'transcode-work'
  'transcode-work-poison'
  'snapshot-callbacks'
  'snapshot-callbacks-poison'
]

// Key Vault secret names; the app settings reference them without a version, so a new version is picked up.
var secretNames = {
  alibabaAccessKeySecret: 'alibaba-access-key-secret'
  snapshotCallbackAuthKey: 'snapshot-callback-auth-key'
  snapshotCallbackPreviousAuthKey: 'snapshot-callback-previous-auth-key'
}

// ===== Resources =====

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    queueNames: queueNames
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    secretNames: map(items(secretNames), entry => entry.value)
    secretValues: {
      '${secretNames.alibabaAccessKeySecret}': alibabaAccessKeySecret
      '${secretNames.snapshotCallbackAuthKey}': snapshotCallbackAuthKey
      '${secretNames.snapshotCallbackPreviousAuthKey}': snapshotCallbackPreviousAuthKey
    }
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    identityPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
  // The identity's data roles exist before the host first reaches storage, Key Vault and Application Insights.
  dependsOn: [
    rbac
  ]
}

// A Key Vault reference without a secret version: the app resolves the newest version (on restart or refresh).
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'

var vaultUri = keyVault.outputs.vaultUri

// The pack's own settings: the one list of them. Configuration keys use ':'; app settings spell it '__'.
// IndexFilesSchedule and TranscodeWindowsSchedule stay flat because function.json refers to them as %Name%.
var packSettings = union(
  {
    Alibaba__AccessKeyId: alibabaAccessKeyId
    Alibaba__AccessKeySecret: keyVaultReference(vaultUri, secretNames.alibabaAccessKeySecret)
    Alibaba__LiveEndpoint: alibabaLiveEndpoint
    Alibaba__IceEndpoint: alibabaIceEndpoint
    Alibaba__SignatureVersion: alibabaSignatureVersion
    Alibaba__RegionId: alibabaRegionId
    SnapshotCallbacks__AuthKey: keyVaultReference(vaultUri, secretNames.snapshotCallbackAuthKey)
    SnapshotCallbacks__CallbackHost: empty(snapshotCallbackHost) ? api.outputs.defaultHostName : snapshotCallbackHost
    IndexFiles__Domains: indexFilesDomains
    IndexFiles__OssEndpoint: indexFilesOssEndpoint
    IndexFiles__OssBucket: indexFilesOssBucket
    IndexFilesSchedule: indexFilesSchedule
    TranscodeWindowsSchedule: transcodeWindowsSchedule
    RateLimits__SafetyMargin: rateLimitSafetyMargin
  },
  // An unresolvable Key Vault reference reaches the app as the reference text itself, so the previous key is
  // referenced only while a rotation is under way.
  snapshotCallbackPreviousAuthKeyEnabled
    ? { SnapshotCallbacks__PreviousAuthKey: keyVaultReference(vaultUri, secretNames.snapshotCallbackPreviousAuthKey) }
    : {}
)

module appSettings 'app/app-settings.bicep' = {
  name: 'app-settings'
  scope: rg
  params: {
    appName: api.outputs.name
    settings: union(api.outputs.hostSettings, packSettings)
  }
}

// ===== Outputs for azd (written to the azd environment) =====

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_FUNCTION_URI string = api.outputs.uri
output SERVICE_API_NAME string = api.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.vaultUri
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output SNAPSHOT_CALLBACK_URL string = '${api.outputs.uri}/api/callbacks/snapshot'
