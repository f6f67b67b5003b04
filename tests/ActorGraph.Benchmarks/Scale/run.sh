#!/usr/bin/env bash
# The scale benchmark (issue 16): ActorGraph's kernels beside graph-tool, python-igraph (+ leidenalg) and networkx on the
# same generated binary edge lists, in one run, each library in its own process under /usr/bin/time -v (peak memory),
# then the report with ratios, agreement checks and the machine's load: docs/benchmarks/scale.md.
# Usage: tests/ActorGraph.Benchmarks/Scale/run.sh [WORKDIR] [SIZES]   (SIZES from: 10k 100k 1m pokec; default all)
# 10k = 10,000/50k edges (exact betweenness), 100k = 100,000/500k, 1m = 1,000,000/10M, pokec = 1.6M/30M unweighted
# (approximate betweenness), project = 1M actors / 20M relations loaded as actor data, projected into the analysis
# graph (ActorGraph only; not in the default list). Peers need Debian packages: install-peers.sh installs them.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/tests/ActorGraph.Benchmarks/Scale"
work="${1:-/tmp/actorgraph-bench-scale}"
sizes="${2:-10k 100k 1m pokec}"
mkdir -p "$work"
cd "$root"
"$here/install-peers.sh"
dotnet build -c Release tests/ActorGraph.Benchmarks --artifacts-path "$work/artifacts" -v q -nologo >/dev/null
bench=(dotnet "$work/artifacts/bin/ActorGraph.Benchmarks/release/ActorGraph.Benchmarks.dll" scale)
peers=(/usr/bin/python3 "$here/scale_peers.py")

timed() { # timed NAME COMMAND...: runs the command under /usr/bin/time -v, keeping the load before it
  local name="$1"; shift
  uptime > "$work/$name.load"
  /usr/bin/time -v -o "$work/$name.time" "$@"
}

for size in $sizes; do
  if [ "$size" = project ]; then
    graph="$work/ba-project.bin"
    [ -f "$graph" ] || "${bench[@]}" generate --n 1000000 --m 20 --out "$graph"
    echo "== project: ActorGraph"
    timed "project-actorgraph" "${bench[@]}" project --graph "$graph" --json "$work/project.json"
    continue
  fi
  unit=()
  case "$size" in
    10k)   n=10000;   m=5;  cs="build,st,pagerank,components,k5,exact,leiden"; gt="st,pagerank,components,exact"
           ig="st,pagerank,components,k5,leiden,leidenalg"; nx="st,pagerank,components"; k5=100; igk5=20; pivots=0 ;;
    100k)  n=100000;  m=5;  cs="build,st,pagerank,components,k5,betweenness,leiden"; gt="st,pagerank,components,betweenness"
           ig="st,pagerank,components,k5,leiden,leidenalg"; nx="st,pagerank,components"; k5=100; igk5=10; pivots=100 ;;
    1m)    n=1000000; m=10; cs="build,st,pagerank,components,k5,betweenness,leiden"; gt="st,pagerank,components,betweenness"
           ig="pagerank,components,k5,leiden"; nx=""; k5=30; igk5=3; pivots=10 ;;
    pokec) n=1600000; m=19; cs="build,approx,pagerank,components"; gt="pagerank,components"; ig=""; nx=""; k5=0; igk5=0; pivots=0
           unit=(--unit) ;;
    *) echo "unknown size $size" >&2; exit 2 ;;
  esac
  graph="$work/ba-$size.bin"
  [ -f "$graph" ] || "${bench[@]}" generate --n "$n" --m "$m" --out "$graph" "${unit[@]}"
  echo "== $size: ActorGraph"
  timed "$size-actorgraph" "${bench[@]}" run --graph "$graph" --json "$work/$size-actorgraph.json" --ops "$cs" \
    --k5-pairs "$k5" --pivots "$pivots" --epsilon 0.01 --pagerank-out "$work/$size-actorgraph-pagerank.bin" \
    --membership-out "$work/$size-actorgraph-membership.bin"
  echo "== $size: graph-tool"
  timed "$size-graph-tool" "${peers[@]}" graph-tool "$graph" "$work/$size-actorgraph.json" "$work/$size-graph-tool.json" --ops "$gt" --threads 2
  if [ -n "$ig" ]; then
    echo "== $size: igraph"
    timed "$size-igraph" "${peers[@]}" igraph "$graph" "$work/$size-actorgraph.json" "$work/$size-igraph.json" --ops "$ig" \
      --k5-pairs "$igk5" --membership "$work/$size-actorgraph-membership.bin"
  fi
  if [ -n "$nx" ]; then
    echo "== $size: networkx"
    timed "$size-networkx" "${peers[@]}" networkx "$graph" "$work/$size-actorgraph.json" "$work/$size-networkx.json" --ops "$nx" --st-pairs 20
  fi
done
/usr/bin/python3 "$here/scale_report.py" "$work" docs/benchmarks/scale.md "tests/ActorGraph.Benchmarks/Scale/run.sh $work '$sizes'"
