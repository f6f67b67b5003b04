#!/usr/bin/env bash
# Load test of the service: GET /api/mediators?a=hamas&b=israel with wrk over loopback.
# Publishes the service in Release, starts it on the repository's graph-seed (server and wrk share this
# machine), waits for /health/ready, runs wrk with latency percentiles, then stops the server.
#
#   tests/ActorGraph.Benchmarks/Service/run-wrk.sh                 # one minute, 2 threads, 64 connections
#   DURATION=15s CONNECTIONS=32 tests/ActorGraph.Benchmarks/Service/run-wrk.sh
#   SERVICE_ARGS=--ActorGraph:Limits:ResultCacheEntries=0 tests/ActorGraph.Benchmarks/Service/run-wrk.sh   # no answer cache
#   URL_PATH='/health/live' tests/ActorGraph.Benchmarks/Service/run-wrk.sh                             # the cheapest endpoint
#
# Needs wrk (Debian: apt-get install wrk). Only 127.0.0.1 is ever contacted.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
duration=${DURATION:-60s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-64}
port=${PORT:-5181}
out=${OUT:-/tmp/actorgraph-wrk}
path=${URL_PATH:-/api/mediators?a=hamas&b=israel}

command -v wrk >/dev/null || { echo "wrk not found; install it (Debian: apt-get install wrk)" >&2; exit 3; }

echo "== publish (Release) to $out/publish"
dotnet publish "$root/src/ActorGraph.Service" -c Release -o "$out/publish" --artifacts-path "$out/artifacts" -v q -nologo >/dev/null

echo "== start the service on 127.0.0.1:$port"
ASPNETCORE_ENVIRONMENT=Production "$out/publish/ActorGraph.Service" \
  --urls "http://127.0.0.1:$port" \
  "--ActorGraph:Seed:Folder=$root/graph-seed" \
  --ActorGraph:Seed:Watch=false \
  --Logging:LogLevel:Default=Warning ${SERVICE_ARGS:-} &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 150); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the service did not become ready" >&2; exit 1; }

url="http://127.0.0.1:$port$path"
echo "== warm-up"
wrk -t"$threads" -c"$connections" -d5s "$url" >/dev/null
echo "== wrk -t$threads -c$connections -d$duration --latency $url   ($(nproc) cores, server and wrk on this machine)"
wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url"
