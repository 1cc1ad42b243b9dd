// The Flex Consumption function app: .NET 10 isolated worker, system-assigned identity for storage
// (the Functions host's and the app's own) and for its deployment package, and the app settings
// the code reads, under the names local.settings.sample.json gives them.
param location string
param tags object
param planName string
param appName string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string

@description('Origins of browser clients allowed to call the API.')
param allowedOrigins array

@description('The web app\'s address, which the invitation links in token replies open.')
param invitationBaseUrl string

@description('How many instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        allowedOrigins: allowedOrigins
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${account.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: {
      // Storage by identity, per service, the form the host, its queue trigger and the app
      // (StorageClients) all read.
      AzureWebJobsStorage__blobServiceUri: account.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: account.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: account.properties.primaryEndpoints.table
      AzureWebJobsStorage__credential: 'managedidentity'
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      // The app's own settings, at the code's defaults; see the README, "Configuration".
      Questionnaires__RootPath: 'questionnaires'
      Requests__MaxBodyBytes: '1048576'
      Requests__IdempotencyKeyLifetime: '1.00:00:00'
      Requests__Deadline: '00:00:30'
      Storage__NetworkTimeout: '00:00:10'
      Storage__MaxRetries: '2'
      Attachments__MaxBytes: '20971520'
      Synthesis__AnonymityThreshold: '3'
      Synthesis__FoldTechnicalAndAcademicCommunityInto: ''
      Auth__TokenLifetime: '90.00:00:00'
      Auth__CredentialCacheLifetime: '00:00:30'
      Auth__InvitationBaseUrl: invitationBaseUrl
      Auth__EasyAuthEnabled: 'false'
      Auth__EasyAuthSecretariatRole: 'secretariat'
      Auth__EasyAuthRespondents: ''
    }
  }
}

output name string = app.name
output principalId string = app.identity.principalId
output apiBaseUrl string = 'https://${app.properties.defaultHostName}/api'
