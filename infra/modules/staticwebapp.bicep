// The single-page app's host: a Free Static Web App serving web/dist. It holds no API of its own;
// the page calls the function app across origins, which that app's CORS allows (see main.bicep).
// Its headers (CSP and the rest) come from the staticwebapp.config.json that
// infra/hooks/web-predeploy.sh writes into the deployed folder.
param location string
param tags object
param siteName string

resource site 'Microsoft.Web/staticSites@2025-03-01' = {
  name: siteName
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {
    // azd uploads the built folder with the site's deployment token; no repository is linked.
    provider: 'Custom'
    // Pull-request previews need a linked repository; none are made.
    stagingEnvironmentPolicy: 'Disabled'
  }
}

@description('The site\'s origin, https://<host>, which is also the page\'s URL.')
output origin string = 'https://${site.properties.defaultHostname}'
