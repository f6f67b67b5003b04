#!/usr/bin/env bash
# Installs the peers of the scale benchmark (Debian packages; run them with /usr/bin/python3):
# graph-tool (C++/OpenMP), python-igraph with leidenalg, networkx; wrk for the HTTP step. Benchmarks only, so this is not in .ci/install.d.
# Idempotent: skips work already done. Usage: tests/ActorGraph.Benchmarks/Scale/install-peers.sh
set -euo pipefail
if /usr/bin/python3 -c 'import graph_tool, igraph, leidenalg, networkx' 2>/dev/null && command -v wrk >/dev/null; then
  echo "peers: already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends python3-graph-tool python3-igraph python3-leidenalg python3-networkx time wrk >/dev/null
/usr/bin/python3 -c 'import graph_tool, igraph, networkx; print("peers: graph-tool", graph_tool.__version__.split()[0], "igraph", igraph.__version__, "networkx", networkx.__version__)'
