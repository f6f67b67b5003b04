#!/usr/bin/env bash
# Soak test of `actorgraph serve` (not part of CI): the service on loopback under wrk for DURATION
# seconds while the seed folder is edited and broken every STEP seconds: a valid edit, an invalid file,
# a 200 kB deeply nested file, a FIFO, a folder deleted and restored. Checks every few seconds that
# the API still answers 200 with the expected mediators, and records the resident memory.
#
#   scripts/soak.sh [DURATION=600] [STEP=20] [CONNECTIONS=32]      e.g. scripts/soak.sh 600
#
# Needs wrk (apt-get install wrk). Prints a summary for docs/benchmarks.md; exit code 1 when an answer
# check failed or the service died.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-600}
step=${2:-20}
connections=${3:-32}
work=$(mktemp -d /tmp/actorgraph-soak.XXXXXX)
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "soak.sh: wrk is required (apt-get install wrk)" >&2; exit 2; }

# SOAK_NO_BUILD=1 uses the CLI as last built (a build can take minutes on a loaded machine).
[ "${SOAK_NO_BUILD:-0}" = 1 ] || dotnet build "$root/src/ActorGraph.Cli" -c Release --nologo -v quiet >/dev/null
seed="$work/seed"
cp -r "$root/graph-seed" "$seed"
good_actors=$(cat "$seed/actors.yaml")

# A 64 MB young generation, as docs/service.md recommends for a deployment ("Memory and the GC").
DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}" \
  "$root/src/ActorGraph.Cli/bin/Release/net10.0/actorgraph" serve --seed "$seed" --urls "$base" \
  --ActorGraph:Seed:ReloadDebounceMilliseconds=200 >"$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 0.3; done
curl -fs "$base/health/ready" >/dev/null || { echo "soak.sh: the service did not become ready" >&2; cat "$work/service.log" >&2; exit 1; }
expected=$(curl -fs "$base/api/mediators?a=hamas&b=israel" | python3 -c 'import json,sys; print(sorted(m["actorId"] for m in json.load(sys.stdin)["explicit"]))')

cat >"$work/paths.lua" <<'LUA'
local paths = { "/api/mediators?a=hamas&b=israel", "/api/paths?a=hamas&b=israel&k=3", "/api/actors", "/api/status",
                "/api/clusters", "/api/centrality?measure=pagerank", "/health/ready" }
local i = 0
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
LUA
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/paths.lua" "$base" >"$work/wrk.txt" 2>&1 &
load=$!

faults=("valid-edit" "invalid-file" "deep-nesting" "fifo" "delete-folder" "restore")
checks=0; failures=0; rss_max=0; rss_min=999999999; start=$(date +%s); n=0
while kill -0 $load 2>/dev/null; do
  fault=${faults[$((n % ${#faults[@]}))]}; n=$((n + 1))
  case $fault in
    valid-edit) printf '%s\n  - id: soak-%d\n    name: Soak %d\n    kind: other\n' "$good_actors" "$n" "$n" >"$seed/actors.yaml" ;;
    invalid-file) printf 'relations:\n  - {source: hamas, target: nobody-%d, kind: meets}\n' "$n" >"$seed/broken.yaml" ;;
    deep-nesting) python3 -c "print('actors:\n  ' + '- ' * 100000 + 'x')" >"$seed/deep.yaml" ;;
    fifo) rm -f "$seed/deep.yaml" "$seed/broken.yaml"; mkfifo "$seed/pipe.yaml" ;;
    delete-folder) mv "$seed" "$work/seed.away" ;;
    restore) mv "$work/seed.away" "$seed"; rm -f "$seed/pipe.yaml"; printf '%s\n' "$good_actors" >"$seed/actors.yaml" ;;
  esac
  for _ in $(seq 1 $((step / 2))); do
    sleep 2
    kill -0 $service 2>/dev/null || { echo "soak.sh: the service died" >&2; tail -20 "$work/service.log" >&2; exit 1; }
    got=$(curl -fs --max-time 5 "$base/api/mediators?a=hamas&b=israel" | python3 -c 'import json,sys; print(sorted(m["actorId"] for m in json.load(sys.stdin)["explicit"]))' 2>/dev/null || echo "no answer")
    checks=$((checks + 1))
    if [ "$got" != "$expected" ]; then failures=$((failures + 1)); echo "soak.sh: after $fault: $got" >&2; fi
    rss=$(awk '/VmRSS/{print $2}' "/proc/$service/status")
    [ "$rss" -gt "$rss_max" ] && rss_max=$rss
    [ "$rss" -lt "$rss_min" ] && rss_min=$rss
    kill -0 $load 2>/dev/null || break
  done
  echo "soak.sh: $(( $(date +%s) - start )) s: $fault; version $(curl -fs --max-time 5 "$base/api/status" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["version"], "last load ok" if d["lastLoad"]["succeeded"] else "last load failed")' 2>/dev/null || echo '?'); RSS ${rss} kB"
done
wait $load || true
[ -d "$work/seed.away" ] && mv "$work/seed.away" "$seed"
echo "== wrk"; cat "$work/wrk.txt"
echo "== summary: $checks answer checks, $failures failed; RSS min $((rss_min / 1024)) MB, max $((rss_max / 1024)) MB;" \
     "seed errors logged: $(grep -c 'Seed error' "$work/service.log" || true); loads: $(grep -c 'Loaded graph version' "$work/service.log" || true)"
[ "$failures" -eq 0 ]
