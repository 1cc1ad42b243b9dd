// The storage account of the app and of the Functions host: Blob (answers, attachments, synthesis
// outputs, the deployment package), Queue (synthesis requests) and Table (index, registry, tokens,
// audit). No shared keys, no public blobs, TLS 1.2: only identities with a role get in.
param location string
param tags object
param accountName string

var deploymentContainerName = 'app-package'
// The app creates its own tables, containers and queues at start; the tokens table is made here
// because the secretariat's role assignment is scoped to it.
var tokensTableName = 'tokens'

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobs
  name: deploymentContainerName
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tokensTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = {
  parent: tables
  name: tokensTableName
}

output accountName string = account.name
output deploymentContainerName string = deploymentContainer.name
output tokensTableName string = tokensTable.name
