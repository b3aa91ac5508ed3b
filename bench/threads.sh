#!/usr/bin/env bash
# threads.sh [LOAD] [SECONDS] [COMMAND] — where a running monitor's CPU goes, thread by thread.
# Runs COMMAND (default "<repo>/vigil -d 10") in a detached 200x50 tmux pane under LOAD (base,
# p1000, p5000: extra sleeping processes from load.sh), lets it warm up for WARM seconds (default 5), then reads
# /proc/PID/task/*/schedstat before and after SECONDS (default 30): per thread, the CPU time it
# ran (ns, exact, unlike the 10 ms ticks of stat) and how many times it was put on a CPU (its
# wake-ups). Prints one line per thread that ran, as ms of CPU per second of wall time and
# wake-ups per second, then the total, the process's own utime+stime share and its peak RSS.
# Ends everything it starts (tmux server on a private socket, the load by process group).
set -u
here=$(cd "$(dirname "$0")" && pwd)
load=${1:-base}; secs=${2:-30}; cmd=${3:-"$here/../vigil -d 10"}
"$here/../vigil" --version >/dev/null || exit 1
export HOME=$(mktemp -d /tmp/vigil-bench-home.XXXXXX) LANG=C.UTF-8 TERM=xterm-256color
export XDG_CONFIG_HOME=$HOME/.config XDG_STATE_HOME=$HOME/.local/state
sock=vigil-threads-$$ pg=""
trap 'tmux -L "$sock" kill-server 2>/dev/null; [[ -n $pg ]] && "$here/load.sh" stop "$pg"; rm -rf "$HOME"' EXIT
case $load in
  base) ;;
  p1000) pg=$("$here/load.sh" tree 1000) ;;
  p5000) pg=$("$here/load.sh" tree 5000) ;;
  *) echo "threads.sh: unknown load '$load' (base, p1000, p5000)" >&2; exit 2 ;;
esac
tmux -L "$sock" new-session -d -x 200 -y 50 "exec $cmd"
pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
sleep "${WARM:-5}"
snap() {   # tid comm runtime_ns timeslices, one line per thread
  local t c r
  for t in /proc/"$pid"/task/*; do
    read -r c < "$t/comm" 2>/dev/null || continue
    read -r r < "$t/schedstat" 2>/dev/null || continue
    echo "${t##*/} ${c// /_} $r"
  done
}
tck=$(getconf CLK_TCK)
ticks() { local l; read -r l < "/proc/$pid/stat"; l=${l##*) }; set -- $l; echo $(( ${12} + ${13} )); }
a=$(snap); c0=$(ticks); w0=${EPOCHREALTIME/./}
sleep "$secs"
b=$(snap); c1=$(ticks); w1=${EPOCHREALTIME/./}
hwm=$(awk '/^VmHWM/{print $2}' "/proc/$pid/status")
awk -v w=$((w1 - w0)) -v c=$((c1 - c0)) -v t="$tck" -v r="$hwm" -v load="$load" -v np="$(ls -d /proc/[0-9]* | wc -l)" '
  NR == FNR { run[$1] = $3; n[$1] = $5; next }
  { d = $3 - run[$1]; k = $5 - n[$1]; name[$1] = $2; dr[$1] = d; dk[$1] = k; tr += d; tk += k }
  END {
    s = w / 1e6
    printf "load=%s seconds=%.0f\n%-24s %12s %10s\n", load, s, "thread", "cpu_ms/s", "wakes/s"
    for (i in dr) if (dr[i] > 0 || dk[i] > 0) printf "%-24s %12.3f %10.2f\n", name[i], dr[i] / 1e6 / s, dk[i] / s
    printf "%-24s %12.3f %10.2f\n", "TOTAL", tr / 1e6 / s, tk / s
    printf "process cpu=%.4f (utime+stime) rss_kB=%d nproc=%d\n", (c / t) / s, r, np
  }' <(echo "$a") <(echo "$b")
