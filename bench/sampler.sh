#!/usr/bin/env bash
# sampler.sh [REFRESHES] — cost of one warm sampler refresh, at this machine's own process
# count and with 1000 and 5000 extra sleeping processes (started here with load.sh and ended by
# process group). Prints, per load: processes, median µs per refresh, µs per process and bytes
# allocated per process per refresh (the sampler thread's own allocation counter), and the
# sampler thread's own CPU time per process (median; unlike µs/proc it leaves out waiting for a
# core on a busy machine).
# Targets: at most 15 µs and 1 KB per process per refresh. Builds the jar first when needed.
# JAR=/path/to/vigil.jar measures another build (say, of the commit before a change) the same
# way: run both, alternately, under the same load, and compare the last column.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-$here/../target/vigil.jar}
n=${1:-50}
[[ -f $jar ]] || "$here/../vigil" --version >/dev/null
run() {   # label, extra args
  printf '%-8s ' "$1"; shift
  java -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 -cp "$jar" dev.vigil.sample.SamplerBench "$n" 300 "$@"
}
pg=
cleanup() { [[ -n $pg ]] && "$here/load.sh" stop "$pg" >/dev/null 2>&1 || true; }
trap cleanup EXIT
echo "load     sampler     procs   us/refresh     us/proc  bytes/proc  cpu_us/proc"
run base
for extra in 1000 5000; do
  pg=$("$here/load.sh" tree "$extra")
  sleep 2
  run "+$extra"
  "$here/load.sh" stop "$pg" >/dev/null; pg=
  sleep 1
done
echo "with threads as rows and io off, +0:"
run threads threads
run io-off io-off
