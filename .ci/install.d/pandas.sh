#!/usr/bin/env bash
# pandas (Debian python3-pandas) for the import benchmark's peer: tests/ActorGraph.Benchmarks/Import/
# pandas_groupby.py runs read_csv + groupby on the same generated GDELT file, with /usr/bin/python3.
# Idempotent.
set -euo pipefail
if /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; then
  echo "pandas: already installed ($(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'))"
  exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends python3 python3-pandas >/dev/null
echo "pandas: installed ($(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'))"
