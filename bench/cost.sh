#!/usr/bin/env bash
# cost.sh LABEL SECONDS COMMAND...
# Runs COMMAND in a detached 200x50 tmux session on a private socket, lets it warm up for
# 3 s, then measures its CPU time (utime+stime of all its threads, from /proc/PID/stat) over
# SECONDS of wall time and its peak RSS (VmHWM). Prints one line:
#   LABEL cpu=<share of one core> rss_kB=<VmHWM> nproc=<processes on the machine>
set -u
label=${1:?LABEL}; secs=${2:?SECONDS}; shift 2
sock=$(mktemp -u /tmp/vigil-bench-tmux.XXXXXX)
T=(tmux -S "$sock" -f /dev/null)
tck=$(getconf CLK_TCK)

cputicks() { local l; read -r l < "/proc/$1/stat" || return 1; l=${l##*) }
             set -- $l; echo $(( ${12} + ${13} )); }   # utime + stime: fields 14 and 15

"${T[@]}" new-session -d -s bench -x 200 -y 50 "exec $*" || exit 1
trap '"${T[@]}" kill-server 2>/dev/null; rm -f "$sock"' EXIT
pid=$("${T[@]}" list-panes -t bench -F '#{pane_pid}')
sleep 3
c0=$(cputicks "$pid") || { echo "$label died during warm-up"; exit 1; }
w0=${EPOCHREALTIME/./}
sleep "$secs"
c1=$(cputicks "$pid") || { echo "$label died"; exit 1; }
w1=${EPOCHREALTIME/./}
hwm=$(awk '/^VmHWM/{print $2}' "/proc/$pid/status")
"${T[@]}" capture-pane -p -t bench > "/tmp/vigil-bench-screen.$label.txt"
awk -v c=$((c1 - c0)) -v w=$((w1 - w0)) -v t="$tck" -v l="$label" -v r="$hwm" \
    -v n="$(ls -d /proc/[0-9]* | wc -l)" \
    'BEGIN { printf "%s cpu=%.4f rss_kB=%d nproc=%d\n", l, (c / t) / (w / 1e6), r, n }'
