#!/usr/bin/env bash
# Bolt tests and benchmark: the official JavaScript driver's PackStream (npm neo4j-driver-bolt-connection,
# pinned in tests/ActorGraph.Bolt.Tests/js/package-lock.json) as the peer for the cross-check.
set -euo pipefail
cd "$(dirname "$0")/../../tests/ActorGraph.Bolt.Tests/js"
command -v node >/dev/null || { echo "bolt.sh: node is required for the PackStream cross-check" >&2; exit 1; }
command -v npm >/dev/null || { echo "bolt.sh: npm is required for the PackStream cross-check" >&2; exit 1; }
installed=node_modules/neo4j-driver-bolt-connection/package.json
if [ -f "$installed" ] && grep -q '"version": "6.3.0"' "$installed"; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error >/dev/null
echo "bolt.sh: installed neo4j-driver-bolt-connection $(node -p "require('./$installed').version")"
