#!/usr/bin/env bash
# serve.sh [all|scrape|cpu] [PORT]  The cost of `vigil serve`, run through the ./vigil launcher:
#  1. scrape latency with +5000 processes (sleepers from load.sh): 100 scrapes of /metrics
#     after a warm-up, median / p95 / max of curl's total time (target: under 50 ms);
#  2. CPU of serve with +1000 processes and the default 5 s interval over 120 s, scraped
#     every 15 s as a Prometheus would (target: under 1 % of one core).
# The machine's load average is printed beside each figure: on a shared machine, read them
# together. Everything started here is ended by its PID or process group.
set -u
cd "$(dirname "$(readlink -f "$0")")/.."
what=${1:-all}
port=${2:-19256}
url=http://127.0.0.1:$port/metrics
tck=$(getconf CLK_TCK)
serve_pid= load_pg=

cleanup() {
  [[ -n $serve_pid ]] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  [[ -n $load_pg ]] && bench/load.sh stop "$load_pg"
  serve_pid= load_pg=
}
trap cleanup EXIT

cputicks() { local l; read -r l < "/proc/$1/stat" || return 1; l=${l##*) }
             set -- $l; echo $(( ${12} + ${13} )); }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
nproc_now() { ls -d /proc/[0-9]* | wc -l; }

start_serve() {   # start_serve INTERVAL: starts serve and waits for a first answer
  XDG_CONFIG_HOME=$(mktemp -d) ./vigil serve --listen "127.0.0.1:$port" --interval "$1" 2>/dev/null &
  serve_pid=$!
  # the first answer with groups in it: before the first sample a scrape is empty (and fast)
  for _ in $(seq 600); do curl -sf "$url" 2>/dev/null | grep -q '^namedprocess_namegroup_num_procs' && return 0; sleep 0.1; done
  echo "serve.sh: serve did not answer" >&2; exit 1
}

./vigil --version >/dev/null || exit 1   # builds the jar when stale

if [[ $what == all || $what == scrape ]]; then
echo "== scrape latency, +5000 processes"
load_pg=$(bench/load.sh tree 5000)
start_serve 5s
for _ in $(seq 20); do curl -s -o /dev/null "$url"; done   # warm-up: JIT, buffers
series=$(curl -s "$url" | grep -vc '^#')
groups=$(curl -s "$url" | grep -c '^namedprocess_namegroup_num_procs{')
times=$(for _ in $(seq 100); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
awk -v s="$series" -v g="$groups" -v n="$(nproc_now)" -v la="$(loadavg)" '
  { t[NR] = $1 * 1000 }
  END { printf "scrape_ms median=%.1f p95=%.1f max=%.1f series=%d groups=%d nproc=%d load=%s\n",
        t[int(NR / 2)], t[int(NR * 0.95)], t[NR], s, g, n, la }' <<< "$times"
cleanup
fi

[[ $what == all || $what == cpu ]] || exit 0
echo "== CPU of serve, +1000 processes, 5 s interval, scraped every 15 s"
load_pg=$(bench/load.sh tree 1000)
start_serve 5s
sleep 15                                                       # warm-up: a few samples
la0=$(loadavg)
c0=$(cputicks "$serve_pid"); w0=${EPOCHREALTIME/./}
for _ in $(seq 8); do curl -s -o /dev/null "$url"; sleep 15; done
c1=$(cputicks "$serve_pid"); w1=${EPOCHREALTIME/./}
hwm=$(awk '/^VmHWM/{print $2}' "/proc/$serve_pid/status")
awk -v c=$((c1 - c0)) -v w=$((w1 - w0)) -v t="$tck" -v r="$hwm" -v n="$(nproc_now)" -v a="$la0" -v b="$(loadavg)" \
  'BEGIN { printf "serve cpu=%.2f%% of a core over %.0f s rss_kB=%d nproc=%d load_before=%s load_after=%s\n",
           100 * (c / t) / (w / 1e6), w / 1e6, r, n, a, b }'
