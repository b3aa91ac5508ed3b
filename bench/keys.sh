#!/usr/bin/env bash
# keys.sh [EXTRA] [KEYS] [LAUNCHER] — key press to redrawn frame, in the real program: vigil runs with
# --debug-timings in a 200x50 tmux pane under EXTRA (default 5000) extra sleeping processes;
# KEYS (default 60) keys are sent 150 ms apart (Down, Up, PgDn, PgUp, and a sort change every
# tenth key, which re-sorts all rows); vigil's own timings.log then gives, per key, the time
# from the key's arrival to the frame written to the terminal. Prints the log's summary line,
# with the load average. LAUNCHER (default this checkout's vigil) runs another build instead.
# Target: p95 at most 15 ms.
set -u
here=$(cd "$(dirname "$0")" && pwd)
extra=${1:-5000}; n=${2:-60}; vigil=${3:-$here/../vigil}
"$vigil" --version >/dev/null || exit 1
export HOME=$(mktemp -d /tmp/vigil-bench-home.XXXXXX) LANG=C.UTF-8 TERM=xterm-256color
export XDG_CONFIG_HOME=$HOME/.config XDG_STATE_HOME=$HOME/.local/state
sock=vigil-keys-$$ pg=""
trap 'tmux -L "$sock" kill-server 2>/dev/null; [[ -n $pg ]] && "$here/load.sh" stop "$pg"; rm -rf "$HOME"' EXIT
(( extra > 0 )) && pg=$("$here/load.sh" tree "$extra")
tmux -L "$sock" new-session -d -x 200 -y 50 "exec $vigil -d 10 --debug-timings"
until tmux -L "$sock" capture-pane -p | grep -q "PID USER"; do sleep 0.1; done
sleep 3
keys=(Down Down Up PgDn PgUp Down Up Down Up M Down Up Down PgDn PgUp Down Up Down Up P)
for ((i = 0; i < n; i++)); do
  tmux -L "$sock" send-keys "${keys[i % ${#keys[@]}]}"
  sleep 0.15
done
tmux -L "$sock" send-keys q
for _ in $(seq 50); do grep -q "keys=" "$XDG_STATE_HOME/vigil/timings.log" 2>/dev/null && break; sleep 0.1; done
[[ -n ${KEYS_LOG:-} ]] && cp "$XDG_STATE_HOME/vigil/timings.log" "$KEYS_LOG"   # the whole log, to study
echo "extra=$extra $(grep -o 'keys=.*' "$XDG_STATE_HOME/vigil/timings.log" | tail -1) load=$(cut -d' ' -f1 /proc/loadavg)"
