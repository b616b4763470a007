// Baton on Azure: one App Service (bot + API + tab), Cosmos DB for NoSQL, and an Azure Bot on the Teams channel.
// Everything authenticates with one user-assigned managed identity: no keys, no client secrets.
// Deploy into a resource group: see infra/README.md.

targetScope = 'resourceGroup'

@description('Short lowercase name used to build resource names (letters, digits and hyphens).')
@minLength(3)
@maxLength(20)
param appName string = 'baton'

@description('Region for the App Service, Cosmos DB account and managed identity.')
param location string = resourceGroup().location

@description('The Teams app id (manifest id, TEAMS_APP_ID); empty = cards link to the web URL.')
param teamsAppId string = ''

@description('Client ID of the Entra ID app registration used for Teams SSO in the tabs (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@description('Cosmos DB capacity mode. Serverless suits a pilot; Autoscale suits a department-wide program.')
@allowed([
  'Serverless'
  'Autoscale'
])
param cosmosCapacityMode string = 'Serverless'

@description('Maximum RU/s for the shared database throughput when cosmosCapacityMode is Autoscale.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('App Service plan SKU (Linux). Always On needs Basic or above, so the bot can send reminders.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. F0 is free (standard channels such as Teams are free on both).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Command App Service runs to start the server: the bundled server built by `npm run build`.')
param startupCommand string = 'npm run start:prod'

@description('App Service instances. Any instance serves any request; reminders share the tenant rate (ADR 0024).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Days Application Insights / Log Analytics keep telemetry.')
@minValue(30)
param logRetentionDays int = 30

@description('Run `npm install` / build on the App Service when a zip is deployed (false: deploy a built artefact).')
param buildOnDeploy bool = false

@description('Custom host name for the app, if you bind one (leave empty to use <app>.azurewebsites.net).')
param customDomain string = ''

@description('Tags applied to every resource.')
param tags object = {
  app: 'baton'
}

var suffix = take(uniqueString(resourceGroup().id, appName), 6)
var baseName = toLower('${appName}-${suffix}')
var webAppName = 'app-${baseName}'
// The host Teams loads the tabs from; also the SSO audience api://<tabDomain>/<aadAppClientId>.
var tabDomain = empty(customDomain) ? '${webAppName}.azurewebsites.net' : customDomain
var databaseName = 'baton'
var containerName = 'baton'
// Built-in "Cosmos DB Built-in Data Contributor" data-plane role.
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
var serverlessCapabilities = [
  {
    name: 'EnableServerless'
  }
]
var autoscaleOptions = {
  autoscaleSettings: {
    maxThroughput: cosmosAutoscaleMaxThroughput
  }
}

// ---------------------------------------------------------------- identity

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}'
  location: location
  tags: tags
}

// ---------------------------------------------------------------- Cosmos DB

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-${baseName}'
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: cosmosCapacityMode == 'Serverless' ? serverlessCapabilities : []
    // Keys are switched off: the server reaches Cosmos with its managed identity and data-plane RBAC only.
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: cosmosCapacityMode == 'Autoscale' ? autoscaleOptions : {}
  }
}

// One container for every document type; the partition key keeps each tenant's users and pairs apart.
resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = {
  parent: database
  name: containerName
  properties: {
    resource: {
      id: containerName
      partitionKey: {
        paths: [
          '/pk'
        ]
        kind: 'Hash'
        version: 2
      }
      // Composite indexes for every ORDER BY in the code (tests/unit/production-config.test.ts checks them
      // against the queries). The embedded local server ignores indexing policies.
      indexingPolicy: loadJsonContent('cosmos-indexing-policy.json')
    }
  }
}

// Data-plane RBAC: the server's identity may read and write items (not manage the account).
resource cosmosDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

// ---------------------------------------------------------------- Application Insights

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

// Traces and metrics from @azure/monitor-opentelemetry (bot/src/observability): no personal data is logged.
resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    RetentionInDays: logRetentionDays
  }
}

// ---------------------------------------------------------------- App Service

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${baseName}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: startupCommand
      // Reminders are sent by a timer in the server: the instance must not be unloaded when idle.
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: [
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'COSMOS_ENDPOINT'
          value: cosmos.properties.documentEndpoint
        }
        {
          name: 'COSMOS_DATABASE'
          value: databaseName
        }
        {
          name: 'COSMOS_CONTAINER'
          value: containerName
        }
        {
          // Lets DefaultAzureCredential pick the user-assigned identity (for Cosmos DB).
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppId'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: tenant().tenantId
        }
        {
          name: 'AAD_APP_CLIENT_ID'
          value: aadAppClientId
        }
        {
          // SSO tokens are accepted for api://<TAB_DOMAIN>/<AAD_APP_CLIENT_ID>.
          name: 'TAB_DOMAIN'
          value: tabDomain
        }
        {
          // Cards link into Teams (the personal tab) when the Teams app id is known.
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          // Links in cards point here.
          name: 'PUBLIC_URL'
          value: 'https://${tabDomain}'
        }
        {
          // Every instance runs the scheduler; leases and the shared tenant budget keep them from colliding.
          name: 'BATON_RHYTHM'
          value: '1'
        }
        {
          // Structured JSON logs (pino) to stdout, collected by App Service; never personal data.
          name: 'LOG_LEVEL'
          value: 'info'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: buildOnDeploy ? 'true' : 'false'
        }
      ]
    }
  }
}

// ---------------------------------------------------------------- Azure Bot

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${baseName}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Baton'
    description: 'Baton runs mentoring programs for IT departments in Microsoft Teams.'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenant().tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// ---------------------------------------------------------------- outputs
// Microsoft 365 Agents Toolkit (arm/deploy) writes each output to env/.env.<name> under its own name;
// tests/unit/production-config.test.ts checks that each one is used.

@description('The bot is the managed identity: its client ID is the Microsoft App ID.')
output BOT_ID string = identity.properties.clientId

@description('Where Teams loads the tabs from (manifest, links).')
output TAB_ENDPOINT string = 'https://${tabDomain}'

@description('Host name of the app: validDomains and the SSO audience api://<TAB_DOMAIN>/<AAD_APP_CLIENT_ID>.')
output TAB_DOMAIN string = tabDomain

@description('The web app that `atk deploy` zip-deploys to.')
output AZURE_APP_SERVICE_RESOURCE_ID string = web.id
