#!/usr/bin/env bash
# pandas (Debian python3-pandas) for the import benchmark's peer: tests/ActorGraph.Benchmarks/Import/
# pandas_groupby.py runs read_csv + groupby on the same generated GDELT file, with /usr/bin/python3.
# A benchmark dependency, not a test one, so CI does not install it. Idempotent.
set -euo pipefail
bash "$(dirname "$0")/../.ci/lib/python-module.sh" pandas
