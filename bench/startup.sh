#!/usr/bin/env bash
# startup.sh [RUNS] [COMMAND] [BASELINE] — time to the first full frame: from starting COMMAND
# (default "<repo>/vigil -d 10") in a fresh 120x40 tmux pane until the memory meter, the table
# header ("PID USER") and at least one process row are on the screen (vigil's "collecting the
# first sample..." placeholder does not count). The screen is read every 5 ms; a busy poll would
# take a core from the program being timed. Runs round after round: COMMAND, then BASELINE when
# given (e.g. the launcher of another checkout, to compare two versions in the same conditions),
# then htop (when installed), and prints each one's times in ms and median, with the load
# average before and after. Builds vigil first so that a build is never timed.
# On a machine shared with other work, BENCH_NICE=-20 runs every command (vigil, baseline and
# htop alike) in a scheduler autogroup of that nice value (root only; with autogroups each
# session gets an equal share of the CPU however many threads it runs, and a plain `nice` only
# ranks threads inside one): the figures then come closer to those of a quiet machine.
set -u
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-7}; cmd=${2:-"$here/../vigil -d 10"}; base=${3:-}
command -v tmux >/dev/null || { echo "startup.sh: needs tmux" >&2; exit 2; }
"$here/../vigil" --version >/dev/null || exit 1
if [[ -n $base ]]; then ${base%% *} --version >/dev/null || exit 1; fi
export HOME=$(mktemp -d /tmp/vigil-bench-home.XXXXXX) LANG=C.UTF-8 TERM=xterm-256color
export XDG_CONFIG_HOME=$HOME/.config XDG_STATE_HOME=$HOME/.local/state
sock=vigil-startup-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$HOME"' EXIT

full() {                                  # screen text: a full frame?
  [[ $1 == *"Mem["* && $1 == *"PID USER"* ]] && grep -qE '^ *[0-9]+ +[A-Za-z_][^ ]* +[0-9-]+ ' <<< "$1"
}

one() {                                   # command: prints "ms/cpu_ms" to the first frame
  local t0 t1 pid stat f
  t0=${EPOCHREALTIME/./}
  tmux -L "$sock" new-session -d -x 120 -y 40 "$prefix exec $1"
  [[ -n $prefix ]] && echo "$BENCH_NICE" > "/proc/$(tmux -L "$sock" display-message -p '#{pid}')/autogroup"
  pid=$(tmux -L "$sock" display-message -p '#{pane_pid}')
  until full "$(tmux -L "$sock" capture-pane -p 2>/dev/null)"; do
    (( ${EPOCHREALTIME/./} - t0 < 20000000 )) || { echo "timeout"; tmux -L "$sock" kill-server; return; }
    sleep 0.005
  done
  t1=${EPOCHREALTIME/./}
  stat=$(< "/proc/$pid/stat"); f=(${stat##*) })  # utime stime cutime cstime: fields 14-17
  tmux -L "$sock" kill-server 2>/dev/null
  echo "$(( (t1 - t0) / 1000 ))/$(( (f[11] + f[12] + f[13] + f[14]) * 1000 / $(getconf CLK_TCK) ))"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

prefix=""
if [[ -n ${BENCH_NICE:-} ]]; then        # this script, the tmux server and the pane's command
  prefix="echo $BENCH_NICE > /proc/self/autogroup;"
  echo "$BENCH_NICE" > /proc/self/autogroup
fi
labels=(vigil); cmds=("$cmd")
[[ -n $base ]] && { labels+=(baseline); cmds+=("$base"); }
command -v htop >/dev/null && { labels+=(htop); cmds+=("htop -d 10"); }
declare -A times
load0=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 0; i < runs; i++)); do
  for j in "${!cmds[@]}"; do times[$j]+="$(one "${cmds[j]}") "; sleep 0.3; done
done
echo "load average before: $load0, after: $(cut -d' ' -f1-3 /proc/loadavg)${prefix:+; autogroup nice $BENCH_NICE}"
for j in "${!cmds[@]}"; do
  # shellcheck disable=SC2086
  set -- ${times[$j]}
  printf '%s first_frame_ms: %s  median=%s\n' "${labels[j]}" "${*%%/*}" "$(median "${@%%/*}")"
  printf '%s cpu_ms_by_then: %s  median=%s\n' "${labels[j]}" "${*##*/}" "$(median "${@##*/}")"
done
