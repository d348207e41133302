// Key Vault for the pack's secrets (the Alibaba AccessKey secret and the snapshot callback auth keys).
// RBAC authorization only: the app reads through Key Vault references with its user-assigned identity.
@description('Name of the vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Region of the vault.')
param location string

@description('Tags of the vault.')
param tags object

@description('Names of the secrets the pack reads; secretValues holds their values.')
param secretNames string[]

@secure()
@description('Secret name to value. A secret is written only when its value is not empty, so a deployment without a value leaves a secret set or rolled in the vault as it is.')
param secretValues object

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = [
  for secretName in secretNames: if (!empty(secretValues[?secretName] ?? '')) {
    parent: vault
    name: secretName
    properties: {
      value: secretValues[secretName]
      contentType: 'text/plain'
    }
  }
]

@description('Name of the vault.')
output name string = vault.name

@description('URI of the vault, ending in a slash.')
output vaultUri string = vault.properties.vaultUri
