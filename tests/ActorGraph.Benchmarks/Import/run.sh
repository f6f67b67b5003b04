#!/usr/bin/env bash
# Import benchmark: ActorGraph GDELT file to loaded graph vs pandas read_csv+groupby on the same generated
# 5M-row GDELT 2.0 file, in the same run. Needs Debian's python3-pandas (/usr/bin/python3), which
# scripts/install-pandas.sh installs when it is missing (a fresh machine) unless --no-pandas is given.
# Usage: tests/ActorGraph.Benchmarks/Import/run.sh [--rows N] [--runs K] [--no-pandas]
set -euo pipefail
cd "$(dirname "$0")/../../.."
case " $* " in
  *" --no-pandas "*) ;;
  *) bash scripts/install-pandas.sh ;;
esac
uptime
exec dotnet run -c Release --project tests/ActorGraph.Benchmarks --artifacts-path "${ARTIFACTS:-/tmp/ag-import-bench/artifacts}" -- import "$@"
