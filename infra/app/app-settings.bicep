// The app settings of the Function App. A write replaces the whole list, so every setting lives in the template
// (a setting added in the portal is gone after the next `azd provision`).
@description('Name of the Function App.')
param appName string

@description('Every app setting, name to value.')
param settings object

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: appName
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}
