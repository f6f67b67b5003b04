#!/usr/bin/env bash
# Fuzzing (scripts/fuzz.sh): AFL++ from Debian and the SharpFuzz instrumentation tool from NuGet.
# Idempotent: skips what is already installed.
set -euo pipefail
if ! command -v afl-fuzz >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
if ! command -v sharpfuzz >/dev/null 2>&1 && [ ! -x "$HOME/.dotnet/tools/sharpfuzz" ]; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi
echo "fuzz: $(afl-fuzz -h 2>&1 | head -1 | tr -d '\n'); sharpfuzz $(dotnet tool list --global | awk '/sharpfuzz/{print $2}')"
