#!/usr/bin/env bash
# Installs one Debian python3-MODULE package for /usr/bin/python3 unless the module already imports.
# Usage: bash .ci/lib/python-module.sh MODULE   (idempotent; sudo when not root)
set -euo pipefail
module=${1:?usage: python-module.sh MODULE}
version() { /usr/bin/python3 -c "import $module; print($module.__version__)"; }
if /usr/bin/python3 -c "import $module" >/dev/null 2>&1; then
  echo "$module: already installed ($(version))"
  exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends python3 "python3-$module" >/dev/null
echo "$module: installed ($(version))"
