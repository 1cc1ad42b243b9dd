#!/usr/bin/env bash
# azd's predeploy hook of service web, run in web/ after provisioning: tells the built page where
# this deployment's API is (dist/config.json) and how Static Web Apps must serve it
# (dist/staticwebapp.config.json, whose CSP lets the page connect to that API's origin only).
set -euo pipefail

api_base_url=$(azd env get-value API_BASE_URL)
# Both values are written into JSON as they are, so only a plain https URL is let through.
if ! grep -Eq '^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~-]+)*/?$' <<<"$api_base_url"; then
  echo "API_BASE_URL is not an https URL: '$api_base_url'" >&2
  exit 1
fi
if [[ ! -f dist/index.html ]]; then
  echo "No dist/index.html in $PWD: build the page first (npm run build:web)." >&2
  exit 1
fi

# A CSP source is an origin, scheme://host[:port], not a URL with a path.
api_origin=$(cut -d/ -f1-3 <<<"$api_base_url")
printf '{ "apiBaseUrl": "%s" }\n' "$api_base_url" >dist/config.json
sed "s|{{API_ORIGIN}}|$api_origin|" "$(dirname "$0")/staticwebapp.config.template.json" >dist/staticwebapp.config.json
