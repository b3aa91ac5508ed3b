#!/usr/bin/env bash
# History cost (docs/history.md "Cost" and docs/performance.md figures):
#   1. MB a day at the 5 s default, at base load and with 1000 idle extra processes, on scripted
#      days (HistoryBench day: 17,280 samples of a quiet server's ~70 processes, + 1000 idle
#      sleepers; the same bytes on every run and machine), with where the bytes go (sqlite3's
#      dbstat, per table and index) and the recorder's own CPU time per sample to encode them.
#   2. CPU of a real `vigil record --interval 5s` with 1000 idle extra processes
#      (bench/load.sh tree 1000): its utime+stime from /proc/PID/stat over SECS seconds after
#      its first minute, as CPU seconds and as a share of one core over that time; the file's
#      growth per sample is shown too (real processes: other work on the machine shows up).
#   3. Replay: the +1000 scripted day is opened, its newest sample read, then 200 random times;
#      in a plain JVM, and as the launcher starts one (with the build's class-data archive).
# Usage: bench/history.sh [SECS]   (default 600; 0 skips the real recorder)
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
where() { sqlite3 "$1" "SELECT name || ' ' || printf('%.2f', sum(pgsize) / 1e6) || ' MB' FROM dbstat GROUP BY name
  HAVING sum(pgsize) > 50000 ORDER BY sum(pgsize) DESC" | paste -sd, - | sed 's/,/, /g'; }

for extra in 0 1000; do
  "${java[@]}" dev.vigil.history.HistoryBench day "$work/day$extra.db" "$extra"
  echo "  where: $(where "$work/day$extra.db")"
done

record() {   # record SECS: a real recorder among 1000 idle extra processes; prints its CPU
  local db=$work/real.db pg pid t0 c0 b0 s0 t1 c1 b1 s1 procs
  pg=$(bench/load.sh tree "$extra")
  "${java[@]}" dev.vigil.cli.Main record --db "$db" --interval 5s &
  pid=$!
  sleep 60
  t0=$(date +%s.%N); c0=$(ticks $pid); b0=$(used "$db"); s0=$(samples "$db")
  sleep "$1"
  t1=$(date +%s.%N); c1=$(ticks $pid); b1=$(used "$db"); s1=$(samples "$db")
  procs=$(ls -d /proc/[0-9]* | wc -l)
  kill -TERM $pid; wait $pid || true
  bench/load.sh stop "$pg"
  awk -v b0="$b0" -v b1="$b1" -v s0="$s0" -v s1="$s1" -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" \
      -v hz="$(getconf CLK_TCK)" -v procs="$procs" -v where="$2" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    cpu = (c1 - c0) / hz; per = (b1 - b0) / (s1 - s0)
    printf "record (%s, %d processes): %.2f CPU seconds in %.0f s = %.3f%% of a core (%.1f ms a sample);", \
      where, procs, cpu, t1 - t0, 100 * cpu / (t1 - t0), 1000 * cpu / (s1 - s0)
    printf " file %.0f bytes a sample = %.1f MB/day (load average %s)\n", per, per * 17280 / 1e6, load }'
}

if (( secs > 0 )); then
  # The recorder's cost follows the number of processes it reads. In a PID namespace of its
  # own (root) it sees exactly its 1065 idle ones (base ~65 + 1000), whatever else the machine
  # runs; elsewhere it records the whole machine with 1000 extra.
  if unshare -p -f --mount-proc true 2>/dev/null; then
    export -f record ticks used samples; export work secs extra=1065
    java="${java[*]}" unshare -p -f --mount-proc bash -c 'java=($java); record "$secs" "own PID namespace"'
  else
    extra=1000 record "$secs" "whole machine +1000"
  fi
fi

"${java[@]}" dev.vigil.history.HistoryBench jump "$work/day1000.db" 200
# As the launcher starts it: with the class-data archive the build made (its rehearsal opens a
# history file, so sqlite-jdbc's classes are in it); the archive fits only the jar it was made for.
jsa=target/vigil.jsa
if [[ -f $jsa && $jsa -nt $jar ]]; then
  echo -n "with the class-data archive: "
  java -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$PWD/$jsa" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 \
    -cp "$PWD/$jar" dev.vigil.history.HistoryBench jump "$work/day1000.db" 200
fi
