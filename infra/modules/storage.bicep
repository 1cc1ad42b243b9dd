// The storage account of the app and of the Functions host: Blob (answers, attachments, synthesis
// outputs, the deployment package), Queue (synthesis requests) and Table (index, registry, tokens,
// audit). No shared keys, no public blobs, TLS 1.2: only identities with a role get in.
param location string
param tags object
param accountName string

var deploymentContainerName = 'app-package'
// Every table, container and queue the app uses (StorageNames in the core), made here so the
// Functions app does not create them on each cold start. The tokens table is also an output
// because the secretariat's role assignment is scoped to it.
var tokensTableName = 'tokens'
var appTableNames = ['cycles', 'respondents', 'idempotency', 'contributions']
var appContainerNames = ['responses', 'attachments', 'synthesis']
var appQueueNames = ['synthesis-requests', 'synthesis-requests-poison']

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

resource appContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for name in appContainerNames: {
    parent: blobs
    name: name
  }
]

resource queues 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource appQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for name in appQueueNames: {
    parent: queues
    name: name
  }
]

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tokensTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = {
  parent: tables
  name: tokensTableName
}

resource appTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for name in appTableNames: {
    parent: tables
    name: name
  }
]

output accountName string = account.name
output deploymentContainerName string = deploymentContainer.name
output tokensTableName string = tokensTable.name
