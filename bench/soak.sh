#!/usr/bin/env bash
# soak.sh [MINUTES] [COMMAND] — memory over a long run: COMMAND (default "<repo>/vigil -d 10")
# runs in a 200x50 tmux pane for MINUTES (default 60) under 1000 extra sleeping processes plus
# a churn of 50 short-lived processes a second (bench/load.sh; both ended by process group).
# Every 30 s it prints the elapsed minutes, VmRSS and VmHWM (kB) and the CPU used so far. At the
# end: RSS after the first 5 minutes (the warm-up) against RSS at the end, as growth in %.
# Target: no growth beyond 5 %.
set -u
here=$(cd "$(dirname "$0")" && pwd)
mins=${1:-60}; cmd=${2:-"$here/../vigil -d 10"}
"$here/../vigil" --version >/dev/null || exit 1
export HOME=$(mktemp -d /tmp/vigil-bench-home.XXXXXX) LANG=C.UTF-8 TERM=xterm-256color
export XDG_CONFIG_HOME=$HOME/.config XDG_STATE_HOME=$HOME/.local/state
sock=vigil-soak-$$ tree="" churn=""
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null
  [[ -n $churn ]] && "$here/load.sh" stop "$churn"
  [[ -n $tree ]] && "$here/load.sh" stop "$tree"
  rm -rf "$HOME"
}
trap cleanup EXIT
tree=$("$here/load.sh" tree 1000)
churn=$("$here/load.sh" churn 50 $(( mins * 60 + 60 )))
tmux -L "$sock" new-session -d -x 200 -y 50 "exec $cmd"
pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
tck=$(getconf CLK_TCK)
t0=${EPOCHREALTIME/./}
warm=""
while :; do
  sleep 30
  [[ -r /proc/$pid/status ]] || { echo "soak: the monitor died"; exit 1; }
  el=$(( (${EPOCHREALTIME/./} - t0) / 1000000 ))
  rss=$(awk '/^VmRSS/{print $2}' "/proc/$pid/status"); hwm=$(awk '/^VmHWM/{print $2}' "/proc/$pid/status")
  read -r l < "/proc/$pid/stat"; l=${l##*) }; set -- $l
  awk -v e="$el" -v r="$rss" -v h="$hwm" -v c=$(( ${12} + ${13} )) -v t="$tck" -v n="$(ls -d /proc/[0-9]* 2>/dev/null | wc -l)" \
    'BEGIN { printf "min=%5.1f rss_kB=%d hwm_kB=%d cpu_s=%.1f procs=%d\n", e / 60, r, h, c / t, n }'
  (( el >= 300 )) && [[ -z $warm ]] && warm=$rss
  (( el >= mins * 60 )) && break
done
awk -v a="$warm" -v b="$rss" -v m="$mins" 'BEGIN { printf "soak minutes=%d rss_after_5min_kB=%d rss_end_kB=%d growth=%.1f%%\n", m, a, b, (b - a) * 100 / a }'
