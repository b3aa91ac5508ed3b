#!/usr/bin/env bash
# compare.sh [LOAD] [SECONDS] [COMMAND]
# CPU and peak RSS of vigil against htop, side by side in one run under one load:
# htop, vigil, htop, vigil, each for SECONDS with a 1 s refresh. Prints each run and the ratios.
#   LOAD: base (no extra processes), p1000, p5000 (extra sleeping processes), churn
#         (50 short-lived processes a second). Default p1000; SECONDS default 20.
#   COMMAND: the vigil command, default "<repo>/vigil -d 10".
# Needs htop and tmux (apt-get install -y htop tmux). Ends every process it starts.
set -u
here=$(cd "$(dirname "$0")" && pwd)
load=${1:-p1000}; secs=${2:-20}; cand=${3:-"$here/../vigil -d 10"}
command -v htop >/dev/null && command -v tmux >/dev/null \
  || { echo "compare.sh: needs htop and tmux (apt-get install -y htop tmux)" >&2; exit 2; }
export HOME=$(mktemp -d /tmp/vigil-bench-home.XXXXXX) LANG=C.UTF-8 TERM=xterm-256color
export XDG_CONFIG_HOME=$HOME/.config XDG_STATE_HOME=$HOME/.local/state
pg=""
trap '[[ -n $pg ]] && "$here/load.sh" stop "$pg"; rm -rf "$HOME"' EXIT
"$here/../vigil" --version >/dev/null || exit 1        # build before measuring
case $load in
  base) ;;
  p1000) pg=$("$here/load.sh" tree 1000) ;;
  p5000) pg=$("$here/load.sh" tree 5000) ;;
  churn) pg=$("$here/load.sh" churn 50 $(( 4 * (secs + 5) + 10 ))) ;;
  *) echo "compare.sh: unknown load '$load' (base, p1000, p5000, churn)" >&2; exit 2 ;;
esac
out=$(mktemp)
for _ in 1 2; do
  "$here/cost.sh" htop "$secs" htop -d 10 | tee -a "$out"
  "$here/cost.sh" vigil "$secs" "$cand" | tee -a "$out"
done
awk -v load="$load" '
  { split($2, c, "="); split($3, r, "=") }
  $1 == "htop"  { hc += c[2]; hr += r[2]; nh++ }
  $1 == "vigil" { vc += c[2]; vr += r[2]; nv++ }
  END {
    if (nh < 2 || nv < 2 || hc == 0) { print "incomplete: a monitor died or used no CPU"; exit 1 }
    printf "load=%s htop_cpu=%.4f vigil_cpu=%.4f htop_rss_kB=%d vigil_rss_kB=%d ratio_cpu=%.3f ratio_rss=%.2f\n",
      load, hc / nh, vc / nv, hr / nh, vr / nv, (vc / nv) / (hc / nh), (vr / nv) / (hr / nh) }' "$out"
rm -f "$out"
