#!/usr/bin/env bash
# Load test of the service: GET /api/mediators?a=hamas&b=israel with wrk over loopback.
# Publishes the CLI in Release, starts `actorgraph serve` on the repository's graph-seed (server and wrk share this
# machine), waits for /health/ready, runs wrk with latency percentiles, then stops the server.
#
#   tests/ActorGraph.Benchmarks/Service/run-wrk.sh                 # one minute, 2 threads, 64 connections
#   DURATION=15s CONNECTIONS=32 tests/ActorGraph.Benchmarks/Service/run-wrk.sh
#   SERVICE_ARGS=--ActorGraph:Limits:ResultCacheEntries=0 tests/ActorGraph.Benchmarks/Service/run-wrk.sh   # no answer cache
#   URL_PATH='/health/live' tests/ActorGraph.Benchmarks/Service/run-wrk.sh                             # the cheapest endpoint
#
#   SEED=/tmp/actorgraph-load-1000000-10000000 READY_SECONDS=600 PAIRS_FROM_SEED=1 JSON=out.json \
#     tests/ActorGraph.Benchmarks/Service/run-wrk.sh   # a generated 1M-actor folder, a fresh random pair per request
#
# PAIRS_FROM_SEED=1 asks /api/mediators for uniform random pairs of actor-N ids (the load benchmark's synthetic seed), a
# different pair on every request, so the answer cache does not serve them; JSON=FILE writes req/s, p50/p99 and errors.
# Needs wrk (Debian: apt-get install wrk). Only 127.0.0.1 is ever contacted.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
duration=${DURATION:-60s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-64}
port=${PORT:-5181}
out=${OUT:-/tmp/actorgraph-wrk}
path=${URL_PATH:-/api/mediators?a=hamas&b=israel}
seed=${SEED:-$root/graph-seed}
ready_seconds=${READY_SECONDS:-30}

command -v wrk >/dev/null || { echo "wrk not found; install it (Debian: apt-get install wrk)" >&2; exit 3; }

echo "== publish (Release) to $out/publish"
# The service is a library hosted by the CLI (`actorgraph serve`), so the CLI is what runs.
dotnet publish "$root/src/ActorGraph.Cli" -c Release -o "$out/publish" --artifacts-path "$out/artifacts" -v q -nologo >/dev/null

echo "== start the service on 127.0.0.1:$port"
# A 64 MB young generation (docs/service.md, "Memory and the GC"): the runtime reads this from the environment only.
DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}" \
ASPNETCORE_ENVIRONMENT=Production "$out/publish/actorgraph" serve --seed "$seed" \
  --urls "http://127.0.0.1:$port" \
  --ActorGraph:Seed:Watch=false \
  --Logging:LogLevel:Default=Warning ${SERVICE_ARGS:-} &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

started=$(date +%s)
for _ in $(seq 1 $((ready_seconds * 5))); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 0.2
done
ready_s=$(( $(date +%s) - started ))
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the service did not become ready" >&2; exit 1; }

url="http://127.0.0.1:$port$path"
script=()
if [ -n "${PAIRS_FROM_SEED:-}" ] || [ -n "${JSON:-}" ]; then
  actors=$(( $(wc -l < "$seed/actors.csv") - 1 ))
  lua="$out/wrk-pairs.lua"
  mkdir -p "$out"
  cat > "$lua" <<LUA
-- a fresh random pair of actor-N ids per request (PAIRS_FROM_SEED), and the figures as JSON when the run is done
local actors, random_pairs, json = $actors, "${PAIRS_FROM_SEED:-}" ~= "", "${JSON:-}"
local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end
function init(args) math.randomseed(1000 + (id or 0)) end
function request()
  if not random_pairs then return wrk.format("GET") end
  local a = math.random(0, actors - 1)
  local b = (a + math.random(1, actors - 1)) % actors
  return wrk.format("GET", "/api/mediators?a=actor-" .. a .. "&b=actor-" .. b)
end
function done(summary, latency, requests)
  if json == "" then return end
  local e = summary.errors
  local f = io.open(json, "w")
  f:write(string.format('{"requests": %d, "duration": "$duration", "connections": $connections, "requests_per_s": %.1f, "p50_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "errors": %d, "ready_s": $ready_s, "timings_ms": {}}\\n',
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
  f:close()
end
LUA
  script=(-s "$lua")
fi
echo "== warm-up"
wrk -t"$threads" -c"$connections" -d5s "${script[@]}" "$url" >/dev/null
echo "== wrk -t$threads -c$connections -d$duration --latency $url   ($(nproc) cores, server and wrk on this machine)"
wrk -t"$threads" -c"$connections" -d"$duration" --latency "${script[@]}" "$url"
