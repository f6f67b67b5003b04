#!/usr/bin/env bash
# Flake hunt: runs one test project RUNS times in a row (as last built, one test process at a time) and
# lists every test that failed at least once, with its first error line (docs/testing.md).
#
#   scripts/flake-hunt.sh PROJECT [RUNS=10] [-- EXTRA DOTNET TEST ARGS...]
#   e.g. scripts/flake-hunt.sh Bolt 10
#        FLAKE_ENV="DOTNET_TieredCompilation=0" scripts/flake-hunt.sh Service 5 -- --filter Health
#
# PROJECT is a folder under tests/ (ActorGraph.Bolt.Tests) or its short name (Bolt). Build first:
# `dotnet build ActorGraph.sln -c Release`. Each run's full output is kept in $FLAKE_OUT (default
# /tmp/actorgraph-flakes/PROJECT/run-N.log). SNAPSHOOTER_STRICT_MODE=true as in CI; a hang is cut after
# 5 minutes by --blame-hang-timeout and counted as a failure. FLAKE_ENV adds environment variables
# (space-separated NAME=VALUE) for a harsher run. Exit code 1 when any run failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { sed -n '2,12p' "$0" >&2; exit 2; }
project=$1
runs=${2:-10}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift
case $project in
  ActorGraph.*) ;;
  *) project="ActorGraph.$project.Tests" ;;
esac
[ -d "$root/tests/$project" ] || { echo "flake-hunt: no test project tests/$project" >&2; exit 2; }
out=${FLAKE_OUT:-/tmp/actorgraph-flakes}/$project
mkdir -p "$out"
rm -f "$out"/run-*.log "$out/failures.txt"

export SNAPSHOOTER_STRICT_MODE=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck disable=SC2086
[ -z "${FLAKE_ENV:-}" ] || export ${FLAKE_ENV?}

failed_runs=0
for run in $(seq 1 "$runs"); do
  log="$out/run-$run.log"
  start=$(date +%s)
  status=0
  (cd "$root" && dotnet test "tests/$project" -c Release --no-build --blame-hang-timeout 5m --results-directory "$out/results" "$@") \
    >"$log" 2>&1 || status=$?
  summary=$(grep -Eo '(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | tail -1 || true)
  printf 'run %2d/%d  exit %d  %4ds  load %s  %s\n' "$run" "$runs" "$status" "$(( $(date +%s) - start ))" \
    "$(cut -d' ' -f1 /proc/loadavg)" "${summary:-no summary (see $log)}"
  if [ "$status" -ne 0 ]; then
    failed_runs=$((failed_runs + 1))
    # "  Failed Namespace.Class.Test [12 ms]" followed by "  Error Message:" and the message's first line.
    awk -v run="$run" '/^ +Failed [^ ]+ \[/ { name = $2; getline; getline; sub(/^ +/, ""); print "run " run ": " name ": " $0 }' \
      "$log" >>"$out/failures.txt"
    grep -q 'The active test run was aborted\|Test host process crashed\|hang' "$log" \
      && echo "run $run: test host aborted or hung (see $log)" >>"$out/failures.txt"
  fi
done

echo "== $project: $((runs - failed_runs))/$runs runs passed"
if [ -s "$out/failures.txt" ]; then
  echo "== failures (test: first error line):"
  cat "$out/failures.txt"
fi
[ "$failed_runs" -eq 0 ]
