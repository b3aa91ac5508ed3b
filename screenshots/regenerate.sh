#!/bin/sh
# Regenerates the PNGs in this directory from real runs of target/vigil.jar at 120x40:
# main.png (the table, with the alert pane for the busy loop), tree.png (F5), help.png (F1),
# filter.png (F4 with a query), signal.png (F9 on the stopped sleep, with its warning) and
# detail.png (Enter on it).
# vigil runs in tmux on a private socket with a fresh HOME (default settings); the screen is
# captured with its colors (capture-pane -e) and drawn to PNG by dev.vigil.ui.AnsiPng (Java2D,
# in src/test). A few children give the table something to show: a busy loop (R), sleeps (S)
# and a stopped sleep (T); they are ended by PID at the end.
#
# Usage: screenshots/regenerate.sh        (builds the jar and test classes when missing)
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
[ -f target/vigil.jar ] || mvn -B -q package -DskipTests
[ -f target/test-classes/dev/vigil/ui/AnsiPng.class ] || mvn -B -q test-compile
command -v tmux >/dev/null || { echo "regenerate.sh: tmux is needed" >&2; exit 1; }

TMP=$(mktemp -d)
SOCK="vigil-shots-$$"
PIDS=""
cleanup() {
    tmux -L "$SOCK" kill-server 2>/dev/null || true
    for p in $PIDS; do kill -KILL "$p" 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

sh -c 'while :; do :; done' & PIDS="$PIDS $!"
sleep 3600 & PIDS="$PIDS $!"
sleep 3601 & PIDS="$PIDS $!"
sleep 3602 & STOPPED=$!; PIDS="$PIDS $STOPPED"
sleep 0.3 # stopped only once it runs sleep (not while it is still the forked shell)
kill -STOP "$STOPPED"

tmux -L "$SOCK" new-session -d -s shots -x 120 -y 40 \
    "env HOME='$TMP' XDG_CONFIG_HOME='$TMP/config' XDG_STATE_HOME='$TMP/state' LANG=C.UTF-8 LC_ALL= \
     TERM=xterm-256color java -jar '$ROOT/target/vigil.jar' -d 10 --alert 'cpu > 50 for 2s severity critical'; sleep 60"

wait_for() {
    i=0
    until tmux -L "$SOCK" capture-pane -p -t shots | grep -q -- "$1"; do
        i=$((i + 1))
        [ "$i" -lt 200 ] || { echo "regenerate.sh: timed out waiting for '$1'" >&2; exit 1; }
        sleep 0.1
    done
}

shot() {
    sleep 2.2 # a fresh sample after the last key
    tmux -L "$SOCK" capture-pane -e -p -N -t shots > "$TMP/$1.ans"
    java -Djava.awt.headless=true -cp "$ROOT/target/test-classes" dev.vigil.ui.AnsiPng \
        "$TMP/$1.ans" "$ROOT/screenshots/$1.png" 120 40
}

keys() {
    tmux -L "$SOCK" send-keys -t shots "$@"
}

wait_for "PID USER"
wait_for "CRIT"
shot main
keys F5
wait_for "└─"
shot tree
keys F5 F1
wait_for "help: keys"
shot help
keys Escape
sleep 0.5 # Esc and F4 sent together would read as Alt-F4
keys F4
tmux -L "$SOCK" send-keys -t shots -l "sleep"
keys Enter
wait_for "filter: sleep"
shot filter
keys F4 C-u
tmux -L "$SOCK" send-keys -t shots -l "state:T"
keys Enter
wait_for "filter: state:T"
keys F9
wait_for "stopped"
shot signal
keys Escape
sleep 0.5
keys Enter
wait_for ": detail"
shot detail
keys Escape q
