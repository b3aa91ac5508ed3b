#!/usr/bin/env bash
# launcher.sh [SECONDS] — measures JVM flag sets for the ./vigil launcher, on target/vigil.jar.
# For each set of flags below it prints:
#   first_ms   time from exec to the first byte of `--json -n 1` output (median of 7 runs)
#   total_ms   time until that run exits (median of the same runs)
#   cpu        share of one core used by `--batch -d 10 > /dev/null` over SECONDS (default 20)
#              after a 3 s warm-up: the steady cost of sampling and formatting once a second
#   rss_kB     peak RSS (VmHWM) of that steady run
# Starts and ends its own processes only. The chosen flags are explained in the launcher itself.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../target/vigil.jar
secs=${1:-20}
tck=$(getconf CLK_TCK)
[[ -f $jar ]] || "$here/../vigil" --version >/dev/null

sets=(
  "default|"
  "serial|-XX:+UseSerialGC"
  "serial-small|-XX:+UseSerialGC -Xms16m -Xmx64m"
  "serial-small-c1|-XX:+UseSerialGC -Xms16m -Xmx64m -XX:TieredStopAtLevel=1"
  "launcher|$(sed -n 's/^ *\(-X[^\\]*\)\\$/\1/p' "$here/../vigil" | tr -s ' \n' ' ')"
)

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

startup() {                        # flags...: prints "first total" in ms for one run
  local s f e
  s=${EPOCHREALTIME/./}
  java "$@" -jar "$jar" --json -n 1 | { head -c 1 >/dev/null; f=${EPOCHREALTIME/./}; cat >/dev/null
    echo "$f"; } > /tmp/vigil-launcher-first.$$
  e=${EPOCHREALTIME/./}
  f=$(cat /tmp/vigil-launcher-first.$$); rm -f /tmp/vigil-launcher-first.$$
  echo "$(( (f - s) / 1000 )) $(( (e - s) / 1000 ))"
}

cputicks() { local l; read -r l < "/proc/$1/stat"; l=${l##*) }; set -- $l; echo $(( ${12} + ${13} )); }

for entry in "${sets[@]}"; do
  name=${entry%%|*}; read -r -a flags <<< "${entry#*|}"
  firsts=(); totals=()
  for _ in 1 2 3 4 5 6 7; do
    read -r f t < <(startup "${flags[@]}")
    firsts+=("$f"); totals+=("$t")
  done
  java "${flags[@]}" -jar "$jar" --batch -n 100000 -d 10 >/dev/null &
  pid=$!
  sleep 3
  c0=$(cputicks "$pid"); w0=${EPOCHREALTIME/./}
  sleep "$secs"
  c1=$(cputicks "$pid"); w1=${EPOCHREALTIME/./}
  hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-16s first_ms=%-4s total_ms=%-4s cpu=%.4f rss_kB=%s  [%s]\n' "$name" \
    "$(printf '%s\n' "${firsts[@]}" | median)" "$(printf '%s\n' "${totals[@]}" | median)" \
    "$(awk -v c=$((c1 - c0)) -v w=$((w1 - w0)) -v t="$tck" 'BEGIN {print (c / t) / (w / 1e6)}')" \
    "$hwm" "${flags[*]:-}"
done
