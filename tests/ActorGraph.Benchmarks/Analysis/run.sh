#!/usr/bin/env bash
# Runs the analysis benchmark: ActorGraph (C#) and its peers (python-igraph, networkx) on the same generated graph
# file, in the same run, then writes docs/benchmarks/analysis.md. Needs the .NET SDK and Debian's python3-igraph and
# python3-networkx (run with /usr/bin/python3: another python3 on PATH may lack Debian's packages).
# Usage: tests/ActorGraph.Benchmarks/Analysis/run.sh [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${1:-/tmp/actorgraph-bench-analysis}"
mkdir -p "$work"
cd "$root"
if ! /usr/bin/python3 -c 'import igraph, networkx' 2>/dev/null; then
  echo "needs python3-igraph and python3-networkx: apt-get install -y python3-igraph python3-networkx" >&2
  exit 3
fi
dotnet run -c Release --project tests/ActorGraph.Benchmarks --artifacts-path "$work/artifacts" -- \
  analysis --graph "$work/ba-100k.tsv" --json "$work/csharp.json"
/usr/bin/python3 tests/ActorGraph.Benchmarks/Analysis/peers.py "$work/ba-100k.tsv" "$work/csharp.json" \
  docs/benchmarks/analysis.md "tests/ActorGraph.Benchmarks/Analysis/run.sh"
