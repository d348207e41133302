// The Function App: Flex Consumption (FC1, Linux) running the LiveFunctions custom handler.
@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Region of the plan and the app.')
param location string

@description('Tags of the plan and the app (the app also gets azd-service-name).')
param tags object

@description('Resource ID of the user-assigned identity the app runs as.')
param identityId string

@description('Client ID of that identity.')
param identityClientId string

@description('Name of the host storage account.')
param storageAccountName string

@description('Blob container of the storage account that holds the deployed package.')
param deploymentContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

// Runtime: 'custom' 1.0 with the self-contained linux-x64 apphost (defaultExecutablePath = LiveFunctions.App),
// rather than 'dotnet-isolated' 10.0 with `dotnet LiveFunctions.App.dll`. Why:
// - The app is published self-contained linux-x64 ReadyToRun, so it brings its own .NET 10 and ASP.NET Core
//   runtime. Nothing depends on what the Flex image has installed: whether the 'custom' image has a dotnet is
//   unconfirmed, and so is whether the dotnet-isolated 10.0 image carries the ASP.NET Core shared framework.
// - The declared stack matches the payload. The dotnet-isolated stack expects an isolated-worker app, and tools
//   have been seen to refuse, or to need workarounds, when a custom handler is published onto it.
// What it costs, against dotnet-isolated:
// - a bigger package, because the runtime travels with every deployment;
// - runtime security fixes arrive only when the pack is rebuilt and redeployed, not from the platform image;
// - the apphost needs its Unix execute bit. The zip must be built on Linux (build/package.sh) and deployed as built;
//   azd deploys a .zip dist without zipping it again.
// FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION and WEBSITE_RUN_FROM_PACKAGE are not set: on Flex the
// runtime comes from functionAppConfig and the package from the deployment container.
var runtime = {
  name: 'custom'
  version: '1.0'
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageAccount.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: runtime
    }
  }
}

// Identity-based host storage and Entra-authenticated telemetry; app-settings.bicep writes them together with the
// pack's own settings (the two have to go in one write: a write replaces the whole list).
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storageAccount.properties.primaryEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storageAccount.properties.primaryEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storageAccount.properties.primaryEndpoints.table
  AZURE_CLIENT_ID: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

// No basic (publishing profile) credentials: azd and az deploy with Entra tokens.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('Name of the app.')
output name string = site.name

@description('Default host name of the app (the host part of its URLs).')
output defaultHostName string = site.properties.defaultHostName

@description('Base URL of the app.')
output uri string = 'https://${site.properties.defaultHostName}'

@description('The platform settings of the app: identity-based host storage and Application Insights.')
output hostSettings object = hostSettings
