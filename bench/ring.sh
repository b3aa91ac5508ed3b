#!/usr/bin/env bash
# The live view's memory (README / docs/history.md "Rewinding the live view" figures): the
# in-memory ring's estimate and the heap it really retains, sampling this machine N times
# DELAY ms apart, at base load and with 1000 idle extra processes (bench/load.sh tree 1000).
# Usage: bench/ring.sh [N] [DELAY_MS]   (default 400 samples 1500 ms apart: ten minutes each way)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
n=${1:-400}
delay=${2:-1500}
cp=${VIGIL_CP:-target/vigil.jar}   # VIGIL_CP=target/classes runs it on the compiled classes
[[ -e ${cp%%:*} ]] || mvn -B -q package -DskipTests
java=(java -XX:+UseSerialGC -cp "$cp" dev.vigil.app.RingBench "$n" "$delay")
echo "base: $("${java[@]}")"
pg=$(bench/load.sh tree 1000)
trap 'bench/load.sh stop "$pg"' EXIT
sleep 3
echo "+1000: $("${java[@]}")"
