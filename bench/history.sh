#!/usr/bin/env bash
# History cost (README "History" figures):
#   1. MB a day at the 5 s default, at base load and with 1000 idle extra processes: a real
#      `vigil record` runs for SECS seconds each way; the growth of the file's used pages
#      after its first sample, per sample, times 17,280 samples a day.
#   2. CPU of `vigil record` with +1000, from /proc/PID/stat after its first minute, and the
#      machine's load average, since other work on it competes.
#   3. Replay reads: a synthetic day (17,280 samples from this machine's process list) is
#      opened and read at 200 random times (HistoryBench).
# Usage: bench/history.sh [SECS]   (default 600; at least 120)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
secs=${1:-600}
jar=target/vigil.jar
[[ -f $jar ]] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$jar" "$work/vigil.jar"   # a rebuild during the run must not change the jar under the JVMs
java=(java -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 -cp "$work/vigil.jar")

ticks() { local l; read -r l < "/proc/$1/stat"; l=${l##*) }; set -- $l; echo $(( ${12} + ${13} )); }
used() { sqlite3 "$1" "SELECT (page_count - freelist_count) * page_size FROM pragma_page_count, pragma_freelist_count, pragma_page_size"; }
samples() { sqlite3 "$1" "SELECT count(*) FROM sample"; }

run() {   # run NAME: records for $secs s, prints MB/day and the recorder's CPU share
  local db=$work/$1.db pid t0 c0 b0 s0 t1 c1 b1 s1
  "${java[@]}" dev.vigil.cli.Main record --db "$db" --interval 5s &
  pid=$!
  sleep 60
  t0=$(date +%s.%N); c0=$(ticks $pid); b0=$(used "$db"); s0=$(samples "$db")
  sleep $(( secs - 60 ))
  t1=$(date +%s.%N); c1=$(ticks $pid); b1=$(used "$db"); s1=$(samples "$db")
  kill -TERM $pid; wait $pid || true
  local hz; hz=$(getconf CLK_TCK)
  awk -v n="$1" -v b0="$b0" -v b1="$b1" -v s0="$s0" -v s1="$s1" -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" \
      -v hz="$hz" -v procs="$(ls -d /proc/[0-9]* | wc -l)" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    per = (b1 - b0) / (s1 - s0)
    printf "%s: %d processes, %d samples measured: %.0f bytes/sample = %.1f MB/day; recorder CPU %.2f%% of a core (load average %s)\n",
      n, procs, s1 - s0, per, per * 17280 / 1e6, 100 * (c1 - c0) / hz / (t1 - t0), load }'
}

run base
pg=$(bench/load.sh tree 1000)
run "+1000"
bench/load.sh stop "$pg"

"${java[@]}" dev.vigil.history.HistoryBench day "$work/day.db"
"${java[@]}" dev.vigil.history.HistoryBench jump "$work/day.db" 200
