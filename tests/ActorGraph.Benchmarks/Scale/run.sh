#!/usr/bin/env bash
# The scale benchmark (issue 16): ActorGraph's kernels beside graph-tool, python-igraph (+ leidenalg) and networkx on the
# same generated binary edge lists. Every (size, operation, library) runs in its own process under /usr/bin/time -v, so
# each process's peak memory belongs to one operation and is compared with the peer's for the same operation; a
# deadline (TIMEOUT seconds, default 3600) caps every process. Then one table with ratios, agreement checks and the
# machine's load: printed, and written to docs/benchmarks/scale.md.
#
# Usage: tests/ActorGraph.Benchmarks/Scale/run.sh [WORKDIR] [SIZES] [OPERATIONS]
#   SIZES      from 10k 100k 1m pokec project seed http (default: 10k 100k 1m pokec project seed http)
#   OPERATIONS from build st pagerank components k5 betweenness exact approx leiden (default: each size's usual set)
# 10k = 10,000/50k edges, 100k = 100,000/500k, 1m = 1,000,000/10M, pokec = 1.6M/30M unweighted (approximate
# betweenness); project = 1M actors / 20M relations as loaded actor data, projected into the analysis graph, then
# `mediators A B` on 1,000 random pairs; seed = loading a CSV seed folder of 1M actors / 10M relations; http = wrk on
# /api/mediators of the service holding that folder (needs wrk: install-peers.sh installs it).
# Resumable: a step whose JSON (or timeout mark) is in WORKDIR is skipped; FORCE=1 reruns. Examples:
#   tests/ActorGraph.Benchmarks/Scale/run.sh /tmp/scale '1m' 'k5 st'       # two operations at 1m only
#   TIMEOUT=600 tests/ActorGraph.Benchmarks/Scale/run.sh /tmp/scale '100k'  # every operation at 100k
#   REPORT_ONLY=1 tests/ActorGraph.Benchmarks/Scale/run.sh /tmp/scale      # reprint the table from WORKDIR
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/tests/ActorGraph.Benchmarks/Scale"
work="${1:-/tmp/actorgraph-bench-scale}"
sizes="${2:-10k 100k 1m pokec project seed http}"
only="${3:-}"
timeout_s="${TIMEOUT:-3600}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
cd "$root"
report() { /usr/bin/python3 "$here/scale_report.py" "$work" docs/benchmarks/scale.md "tests/ActorGraph.Benchmarks/Scale/run.sh $work '$sizes'${only:+ '$only'}"; }
if [ -n "${REPORT_ONLY:-}" ]; then report; exit 0; fi
"$here/install-peers.sh"
[ -n "${NO_BUILD:-}" ] || dotnet build -c Release tests/ActorGraph.Benchmarks --artifacts-path "$work/artifacts" -v q -nologo >/dev/null
bench=(dotnet "$work/artifacts/bin/ActorGraph.Benchmarks/release/ActorGraph.Benchmarks.dll")
peers=(/usr/bin/python3 "$here/scale_peers.py")

# step NAME COMMAND...: runs COMMAND under /usr/bin/time -v and the deadline unless NAME.json or NAME.timeout exists;
# keeps the load before and after, the output, and a .timeout mark when the deadline ended it.
step() {
  local name="$1"; shift
  if [ -z "${FORCE:-}" ] && { [ -f "$work/$name.json" ] || [ -f "$work/$name.timeout" ]; }; then echo "== $name: done before, skipped"; return 0; fi
  rm -f "$work/$name.timeout"
  echo "== $name ($(uptime | sed 's/.*load average/load average/'))"
  uptime > "$work/$name.load"
  local rc=0
  timeout --kill-after=30 "$timeout_s" /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out" 2>&1 || rc=$?
  uptime >> "$work/$name.load"
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then echo "$timeout_s" > "$work/$name.timeout"; echo "   deadline of $timeout_s s reached";
  elif [ "$rc" -ne 0 ]; then echo "   failed (exit $rc): see $work/$name.out"; tail -5 "$work/$name.out"; fi
  return 0
}

wanted() { [ -z "$only" ] || [[ " $only " == *" $1 "* ]]; }

for size in $sizes; do
  case "$size" in
    project)
      graph="$work/ba-project.bin"
      [ -f "$graph" ] || "${bench[@]}" scale generate --n 1000000 --m 20 --out "$graph"
      step "project-build-actorgraph" "${bench[@]}" scale project --graph "$graph" --json "$work/project-build-actorgraph.json" --mediator-pairs 1000
      continue ;;
    seed)
      step "seed-load-actorgraph" "${bench[@]}" load --actors 1000000 --relations 10000000 --runs 1 --keep --json "$work/seed-load-actorgraph.json"
      continue ;;
    http)
      seed_dir="${TMPDIR:-/tmp}/actorgraph-load-1000000-10000000"
      [ -f "$seed_dir/processes.csv" ] || { echo "== http: run the seed size first (it writes $seed_dir)"; continue; }
      step "http-mediators-actorgraph" env SEED="$seed_dir" READY_SECONDS=600 DURATION=60s JSON="$work/http-mediators-actorgraph.json" \
        OUT="$work/wrk" PAIRS_FROM_SEED=1 "$root/tests/ActorGraph.Benchmarks/Service/run-wrk.sh"
      continue ;;
  esac
  unit=()
  # per size: C# operations, then which peer runs which of them, query counts and pivots
  case "$size" in
    10k)   n=10000;   m=5;  ops="build st pagerank components k5 exact leiden"; gt="build st pagerank components exact"
           ig="build st pagerank components k5 leiden"; nx="build st pagerank components"; k5=100; igk5=20; pivots=0 ;;
    100k)  n=100000;  m=5;  ops="build st pagerank components k5 betweenness leiden"; gt="build st pagerank components betweenness"
           ig="build st pagerank components k5 leiden"; nx="build st pagerank components"; k5=100; igk5=10; pivots=100 ;;
    1m)    n=1000000; m=10; ops="build st pagerank components k5 betweenness leiden"; gt="build st pagerank components betweenness"
           ig="k5 leiden"; nx=""; k5=100; igk5=3; pivots=10 ;;
    pokec) n=1600000; m=19; ops="build approx pagerank components"; gt="build pagerank components"; ig=""; nx=""; k5=0; igk5=0; pivots=0
           unit=(--unit) ;;
    *) echo "unknown size $size" >&2; exit 2 ;;
  esac
  graph="$work/ba-$size.bin"
  [ -f "$graph" ] || "${bench[@]}" scale generate --n "$n" --m "$m" --out "$graph" "${unit[@]}"
  for op in $ops; do
    wanted "$op" || continue
    cs="$work/$size-$op-actorgraph.json"
    step "$size-$op-actorgraph" "${bench[@]}" scale run --graph "$graph" --json "$cs" --ops "$op" \
      --k5-pairs "$k5" --pivots "$pivots" --epsilon 0.01 --pagerank-out "$work/$size-$op-actorgraph-pagerank.bin" \
      --membership-out "$work/$size-$op-actorgraph-membership.bin"
    if [ ! -f "$cs" ]; then continue; fi # the peers take their query pairs and pivots from ActorGraph's answers
    extra=()
    if [ "$op" = leiden ] && [ "$n" -le 100000 ]; then extra=(--also-leidenalg); fi
    if [[ " $gt " == *" $op "* ]]; then
      step "$size-$op-graph-tool" "${peers[@]}" graph-tool "$graph" "$cs" "$work/$size-$op-graph-tool.json" --ops "$op" --threads 2
    fi
    if [[ " $ig " == *" $op "* ]]; then
      step "$size-$op-igraph" "${peers[@]}" igraph "$graph" "$cs" "$work/$size-$op-igraph.json" --ops "$op" \
        --k5-pairs "$igk5" --membership "$work/$size-$op-actorgraph-membership.bin" "${extra[@]}"
    fi
    if [[ " $nx " == *" $op "* ]]; then
      step "$size-$op-networkx" "${peers[@]}" networkx "$graph" "$cs" "$work/$size-$op-networkx.json" --ops "$op" --st-pairs 20
    fi
  done
done
report
