#!/usr/bin/env bash
# The service's tests: Debian's chromium for the headless page test (Playwright drives the system
# browser; no browser is downloaded), and the web page's npm packages, which the build bundles.
# Idempotent: skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "web: installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

web=src/ActorGraph.Service/web
stamp="$web/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$web/package-lock.json" -nt "$stamp" ]; then
  echo "web: npm ci"
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi
