#!/usr/bin/env bash
# startup.sh [RUNS] [COMMAND] — time to the first full frame: from starting COMMAND (default
# "<repo>/vigil -d 10") in a fresh 120x40 tmux pane until the memory meter, the table header
# ("PID USER") and at least one process row are on the screen (vigil's "collecting the first
# sample..." placeholder does not count). The screen is read every 5 ms; a busy poll would take
# a core from the program being timed. Prints each run in ms and the median, for vigil and for
# htop (when installed) side by side. Builds vigil first so that a build is never timed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-7}; cmd=${2:-"$here/../vigil -d 10"}
command -v tmux >/dev/null || { echo "startup.sh: needs tmux" >&2; exit 2; }
"$here/../vigil" --version >/dev/null || exit 1
export HOME=$(mktemp -d /tmp/vigil-bench-home.XXXXXX) LANG=C.UTF-8 TERM=xterm-256color
export XDG_CONFIG_HOME=$HOME/.config XDG_STATE_HOME=$HOME/.local/state
sock=vigil-startup-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$HOME"' EXIT

full() {                                  # screen text: a full frame?
  [[ $1 == *"Mem["* && $1 == *"PID USER"* ]] && grep -qE '^ *[0-9]+ +[A-Za-z_][^ ]* +[0-9-]+ ' <<< "$1"
}

one() {                                   # command: prints ms to the first frame
  local t0 t1
  t0=${EPOCHREALTIME/./}
  tmux -L "$sock" new-session -d -x 120 -y 40 "exec $1"
  until full "$(tmux -L "$sock" capture-pane -p 2>/dev/null)"; do
    (( ${EPOCHREALTIME/./} - t0 < 20000000 )) || { echo "timeout"; tmux -L "$sock" kill-server; return; }
    sleep 0.005
  done
  t1=${EPOCHREALTIME/./}
  tmux -L "$sock" kill-server 2>/dev/null
  echo $(( (t1 - t0) / 1000 ))
}

measure() {                               # label command
  local all=() i
  for ((i = 0; i < runs; i++)); do all+=("$(one "$2")"); sleep 0.3; done
  printf '%s first_frame_ms: %s  median=%s\n' "$1" "${all[*]}" \
    "$(printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
}

measure vigil "$cmd"
command -v htop >/dev/null && measure htop "htop -d 10"
