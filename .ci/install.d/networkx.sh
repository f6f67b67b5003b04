#!/usr/bin/env bash
# networkx (Debian python3-networkx) for the export tests: the GraphML and GEXF files ActorGraph writes
# are read back with networkx's own readers, as an analyst's notebook would. Idempotent.
set -euo pipefail
if /usr/bin/python3 -c 'import networkx' >/dev/null 2>&1; then
  echo "networkx: already installed ($(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)'))"
  exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root apt-get install -y -qq --no-install-recommends python3 python3-networkx >/dev/null
echo "networkx: installed ($(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)'))"
