// Who may do what in the storage account, and nothing wider. The app's identity: Blob Data Owner
// (answers, attachments, outputs, its deployment package), Queue Data Contributor (synthesis
// requests), Table Data Contributor (index, registry, tokens, audit), on this account only. The
// secretariat's users: Table Data Contributor on the tokens table only, so they can issue the
// first secretariat token (see the README) and see nothing else in storage.
param storageAccountName string
param tokensTableName string
param appPrincipalId string
param secretariatPrincipalIds array

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

var appRoles = [roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor]

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName

  resource tables 'tableServices' existing = {
    name: 'default'

    resource tokens 'tables' existing = {
      name: tokensTableName
    }
  }
}

resource appAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in appRoles: {
  name: guid(account.id, appPrincipalId, role)
  scope: account
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource secretariatAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for principalId in secretariatPrincipalIds: {
  name: guid(account::tables::tokens.id, principalId, roles.storageTableDataContributor)
  scope: account::tables::tokens
  properties: {
    principalId: principalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}]
