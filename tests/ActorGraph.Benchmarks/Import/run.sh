#!/usr/bin/env bash
# Import benchmark: ActorGraph GDELT file to loaded graph vs pandas read_csv+groupby on the same generated
# 5M-row GDELT 2.0 file, in the same run. Needs Debian's python3-pandas (/usr/bin/python3).
# Usage: tests/ActorGraph.Benchmarks/Import/run.sh [--rows N] [--runs K] [--no-pandas]
set -euo pipefail
cd "$(dirname "$0")/../../.."
if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  echo "pandas missing: apt-get install -y python3-pandas (or pass --no-pandas)" >&2
fi
uptime
exec dotnet run -c Release --project tests/ActorGraph.Benchmarks --artifacts-path "${ARTIFACTS:-/tmp/ag-import-bench/artifacts}" -- import "$@"
