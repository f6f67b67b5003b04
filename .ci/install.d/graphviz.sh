#!/usr/bin/env bash
# Graphviz for the export tests: every DOT file the tests write is rendered by the real `dot`.
# DejaVu fonts cover the Arabic and Hebrew test names. Idempotent: skips work already done.
set -euo pipefail
if command -v dot >/dev/null 2>&1 && command -v sfdp >/dev/null 2>&1; then
  echo "graphviz: already installed ($(dot -V 2>&1))"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends graphviz fonts-dejavu-core >/dev/null
echo "graphviz: installed ($(dot -V 2>&1))"
