#!/usr/bin/env bash
# networkx (Debian python3-networkx) for the export tests: the GraphML and GEXF files ActorGraph writes
# are read back with networkx's own readers, as an analyst's notebook would. Idempotent.
set -euo pipefail
bash "$(dirname "$0")/../lib/python-module.sh" networkx
