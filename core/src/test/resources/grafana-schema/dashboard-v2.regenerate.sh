#!/bin/sh
# Regenerates dashboard-v2.jsonschema.json from the v2 dashboard types @grafana/schema publishes on npm.
# Usage: sh dashboard-v2.regenerate.sh [version]   (default 13.2.3; needs npm and network access)
set -eu
version="${1:-13.2.3}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "@grafana/schema@$version" >/dev/null
tar xzf grafana-schema-*.tgz
npm init -y >/dev/null
npm install --silent ts-json-schema-generator@2.4.0 typescript@5.9.3 >/dev/null
npx ts-json-schema-generator --path package/dist/types/schema/dashboard/v2/types.spec.gen.d.ts --type Spec \
  --no-type-check -o "$here/dashboard-v2.jsonschema.json"
