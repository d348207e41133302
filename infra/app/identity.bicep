// The user-assigned identity the Function App runs as: host storage, deployment package, Key Vault references,
// Application Insights ingestion and the pack's own Azure Storage client all authenticate with it.
@description('Name of the identity.')
param name string

@description('Region of the identity.')
param location string

@description('Tags of the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource ID of the identity.')
output id string = identity.id

@description('Client (application) ID of the identity.')
output clientId string = identity.properties.clientId

@description('Object (principal) ID of the identity.')
output principalId string = identity.properties.principalId
