#!/usr/bin/env bash
# Process loads for benchmarks. Every load runs in its own session, so its process group id
# equals the PID printed, and `load.sh stop PGID` ends all of it (and nothing else).
#   load.sh tree N     start N sleeping processes as a two-level tree; print the group id
#   load.sh churn R S  start R short-lived processes per second for S seconds; print the group id
#   load.sh stop PGID  end a load started above
set -u
self=$(readlink -f "$0")

tree_root() {            # runs as the session leader: groups of sleepers under bash parents
  local n=$1 groups i j per
  groups=$(( (n + 99) / 100 ))           # about 100 sleepers per parent
  per=$(( (n - 1 - groups) / groups ))
  for ((i = 0; i < groups; i++)); do
    ( for ((j = 0; j < per; j++)); do sleep 86400 & done; wait ) &
  done
  # top up so that the whole group holds exactly n processes
  for ((j = 0; j < n - 1 - groups - groups * per; j++)); do sleep 86400 & done
  wait
}

churn_root() {           # R sleeps of 0.2 s per second, evenly spaced, for S seconds
  local rate=$1 secs=$2 step end next now
  step=$(( 1000000 / rate ))
  now=${EPOCHREALTIME/./}; end=$(( now + secs * 1000000 )); next=$now
  exec 3<> <(:)          # a silent descriptor: `read -t` on it is a sleep without a fork
  while (( now < end )); do
    sleep 0.2 &
    next=$(( next + step )); now=${EPOCHREALTIME/./}
    local d=$(( next - now ))
    (( d > 0 )) && read -r -t "$(printf '0.%06d' "$d")" -u 3
    now=${EPOCHREALTIME/./}
  done
  wait
}

case ${1:-} in
  __tree) tree_root "$2"; exit ;;
  __churn) churn_root "$2" "$3"; exit ;;
  tree)
    n=${2:?N}
    setsid "$self" __tree "$n" </dev/null >/dev/null 2>&1 &
    pg=$!
    for _ in $(seq 1200); do (( $(pgrep -c -g "$pg") >= n )) && break; sleep 0.1; done
    echo "load: $(pgrep -c -g "$pg") processes in group $pg" >&2
    echo "$pg" ;;
  churn)
    setsid "$self" __churn "${2:?RATE}" "${3:?SECONDS}" </dev/null >/dev/null 2>&1 &
    echo "$!" ;;
  stop)
    pg=${2:?PGID}
    [[ $pg =~ ^[0-9]+$ && $pg -gt 1 ]] || { echo "load.sh: bad group id '$pg'" >&2; exit 2; }
    kill -TERM -- "-$pg" 2>/dev/null
    for _ in $(seq 50); do pgrep -g "$pg" >/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pg" 2>/dev/null
    echo "load: group $pg stopped" >&2 ;;
  *) echo "usage: load.sh tree N | churn RATE SECONDS | stop PGID" >&2; exit 2 ;;
esac
