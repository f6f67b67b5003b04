#!/usr/bin/env bash
# Coverage-guided fuzzing of ActorGraph's input readers and output escaping (docs/fuzzing.md).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 15 s each, every target
#   targets: yaml csv packstream chunks dot graphml
#
# With AFL++ (afl-fuzz) and the SharpFuzz tool (sharpfuzz) installed (.ci/install.d/fuzz.sh does both),
# the target assemblies (ActorGraph.Seed, YamlDotNet, ActorGraph.Bolt, ActorGraph.Export) are
# instrumented and each target runs under afl-fuzz for the given time, starting from the corpus in
# tests/ActorGraph.Fuzz/corpus/<target>. Without them, the fuzz program's own random-mutation loop runs
# instead (no coverage feedback; said so in the output). Exit code 1 when any target found a crash or a
# hang (an input afl-fuzz timed out on that, replayed alone, still runs past HANG_REPLAY_SECONDS, default
# 60 s); the inputs are kept under $FUZZ_OUT (default /tmp/actorgraph-fuzz).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-15}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml csv packstream chunks dot graphml)
out=${FUZZ_OUT:-/tmp/actorgraph-fuzz}
export PATH="$PATH:$HOME/.dotnet/tools"

rm -rf "$out/bin"
mkdir -p "$out"
dotnet publish "$root/tests/ActorGraph.Fuzz" -c Release -o "$out/bin" --nologo -v quiet >/dev/null
fuzz="$out/bin/actorgraph-fuzz"

# Every corpus input must pass before fuzzing starts (they are the regression suite).
for t in "${targets[@]}"; do "$fuzz" "$t" --replay "$root/tests/ActorGraph.Fuzz/corpus/$t"; done

if ! command -v afl-fuzz >/dev/null || ! command -v sharpfuzz >/dev/null; then
  echo "fuzz.sh: afl-fuzz or sharpfuzz not found (bash .ci/install.d/fuzz.sh installs both);" \
       "running the built-in random-mutation fuzzer instead, without coverage feedback"
  status=0
  for t in "${targets[@]}"; do
    (cd "$out" && "$fuzz" "$t" --mutate "$seconds" 1 "$root/tests/ActorGraph.Fuzz/corpus/$t") || status=1
  done
  exit $status
fi

for dll in ActorGraph.Seed.dll YamlDotNet.dll ActorGraph.Bolt.dll ActorGraph.Export.dll; do
  sharpfuzz "$out/bin/$dll" >/dev/null
done

# A .NET program is not an AFL-instrumented ELF file (SharpFuzz instruments the IL): skip that check.
# The machine is shared: no CPU binding, no CPU-governor check, and crashes are found without core dumps.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
status=0
for t in "${targets[@]}"; do
  rm -rf "$out/afl-$t"
  # -t: a run over 5 s is a hang; -m none: .NET reserves far more virtual memory than it uses.
  afl-fuzz -V "$seconds" -t 5000 -m none -i "$root/tests/ActorGraph.Fuzz/corpus/$t" -o "$out/afl-$t" -- "$fuzz" "$t" >"$out/afl-$t.log" 2>&1 || {
    echo "fuzz.sh: afl-fuzz failed on $t; see $out/afl-$t.log" >&2; tail -20 "$out/afl-$t.log" >&2; status=1; continue; }
  stats="$out/afl-$t/default/fuzzer_stats"
  execs=$(awk -F': *' '/^execs_done/{print $2}' "$stats")
  paths=$(awk -F': *' '/^corpus_count/{print $2}' "$stats")
  crashes=$(find "$out/afl-$t/default/crashes" -type f ! -name README.txt | wc -l)
  # afl-fuzz calls any run over 5 s a hang, and a busy machine can stretch a normal run that far. A hang counts
  # only when a replay of its input, alone, still runs past $HANG_REPLAY_SECONDS (default 60 s); the
  # others are reported as slow and kept with the hangs.
  hangs=0 slow=0
  while IFS= read -r -d '' h; do
    if timeout "${HANG_REPLAY_SECONDS:-60}" "$fuzz" "$t" --replay "$h" >/dev/null 2>&1; then
      slow=$((slow + 1))
    else
      hangs=$((hangs + 1))
      echo "fuzz.sh: $t: $h still hangs or fails when replayed alone" >&2
    fi
  done < <(find "$out/afl-$t/default/hangs" -type f ! -name README.txt -print0)
  echo "fuzz.sh: $t: $execs executions in ${seconds} s, $paths corpus entries, $crashes crash(es), $hangs hang(s)" \
    "$([ "$slow" -gt 0 ] && echo "($slow slow input(s) that replayed in time)")"
  if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
    echo "fuzz.sh: $t: inputs in $out/afl-$t/default/{crashes,hangs}; reproduce with $fuzz $t --replay FILE" >&2
    status=1
  fi
done
exit $status
