#!/usr/bin/env bash
# Debian iso-codes (ISO 3166-1 names in /usr/share/iso-codes/json) for the import naming audit: every ISO
# country name, official name and common name is imported and typed as a user would. Idempotent.
set -euo pipefail
if [ -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  echo "iso-codes: already installed"
  exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends iso-codes >/dev/null
echo "iso-codes: installed"
