#!/usr/bin/env bash
# Runs the clusters benchmark: ActorGraph's Leiden/Louvain (C#) and python-igraph's community_leiden and
# community_multilevel on the same generated graph file, in the same run, then writes docs/benchmarks/clusters.md.
# Needs the .NET SDK and Debian's python3-igraph (run with /usr/bin/python3).
# Usage: tests/ActorGraph.Benchmarks/Analysis/Clusters/run.sh [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
work="${1:-/tmp/actorgraph-bench-clusters}"
mkdir -p "$work"
cd "$root"
if ! /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
  echo "needs python3-igraph: apt-get install -y python3-igraph" >&2
  exit 3
fi
dotnet run -c Release --project tests/ActorGraph.Benchmarks --artifacts-path "$work/artifacts" -- \
  clusters --graph "$work/ba-100k.tsv" --json "$work/csharp.json"
/usr/bin/python3 tests/ActorGraph.Benchmarks/Analysis/Clusters/clusters_peers.py "$work/ba-100k.tsv" "$work/csharp.json" \
  docs/benchmarks/clusters.md "tests/ActorGraph.Benchmarks/Analysis/Clusters/run.sh"
