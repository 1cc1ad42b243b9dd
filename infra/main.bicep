// EcFunctions in one resource group: a storage account reached only by identity, a Flex Consumption
// function app (.NET 10, isolated worker) that scales to zero, Application Insights on a Log
// Analytics workspace, and a Static Web App serving the browser page. `azd up` provisions it with
// main.parameters.json and deploys functions/ and web/.
targetScope = 'subscription'

@minLength(1)
@maxLength(48)
@description('Name of the environment (azd sets it): names the resource group and seeds the other resource names.')
param environmentName string

@minLength(1)
@description('Azure region of every resource. It must offer Flex Consumption plans.')
param location string

@description('Comma-separated Microsoft Entra object ids of the secretariat\'s users or groups. Each may issue secretariat tokens (see the README, "Deploy to Azure").')
// The linter reads "secret" in "secretariat"; these are object ids, not secrets.
#disable-next-line secure-secrets-in-params
param secretariatPrincipalIds string = ''

@description('Comma-separated origins of further browser clients allowed to call the API (CORS), e.g. https://survey.example.org. The deployment\'s own page is always allowed.')
param corsAllowedOrigins string = ''

// Static Web Apps are offered in these regions only; the page itself is served from edge locations
// worldwide, so the region matters little, and need not be `location`.
@allowed(['westeurope', 'centralus', 'eastus2', 'westus2', 'eastasia'])
@description('Azure region of the Static Web App resource that serves the browser page.')
param webLocation string = 'westeurope'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var secretariat = filter(map(split(secretariatPrincipalIds, ','), id => trim(id)), id => !empty(id))
var origins = filter(map(split(corsAllowedOrigins, ','), origin => trim(origin)), origin => !empty(origin))

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    location: location
    tags: tags
    accountName: 'st${resourceToken}'
  }
}

module web 'modules/staticwebapp.bicep' = {
  name: 'staticwebapp'
  scope: group
  params: {
    location: webLocation
    tags: tags
    siteName: 'stapp-${resourceToken}'
  }
}

module app 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: group
  params: {
    location: location
    tags: tags
    planName: 'plan-${resourceToken}'
    appName: 'func-${resourceToken}'
    storageAccountName: storage.outputs.accountName
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    // The page's own origin always, so a deployment's page can call its API without setting
    // CORS_ALLOWED_ORIGINS; that parameter adds others (a custom domain, another client).
    allowedOrigins: union(origins, [web.outputs.origin])
    invitationBaseUrl: '${web.outputs.origin}/'
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  scope: group
  params: {
    storageAccountName: storage.outputs.accountName
    tokensTableName: storage.outputs.tokensTableName
    appPrincipalId: app.outputs.principalId
    secretariatPrincipalIds: secretariat
  }
}

@description('The API base URL respondents\' clients and the secretariat call; the page is given it in config.json.')
output API_BASE_URL string = app.outputs.apiBaseUrl

@description('The browser page\'s URL.')
output WEB_URL string = web.outputs.origin

@description('The function app, for the README\'s commands.')
output AZURE_FUNCTION_APP_NAME string = app.outputs.name

@description('The storage account, for the secretariat\'s token command.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.accountName
