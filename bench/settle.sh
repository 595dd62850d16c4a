# Sourced by bench/run and bench/demands. settle PID: waits until the application is idle before
# anything is measured: after seeding, the search index still takes in the people and the JIT
# compiles, and a measurement taken then measures them (2026-12-06: the member list at a third of
# its idle speed while the index worked through 100,000 people). Idle means under 10% of one core
# over 3 seconds; waits at most BENCH_SETTLE_TIMEOUT seconds (default 300), then measures anyway
# and says so.
settle() {
  local pid="$1" limit="${BENCH_SETTLE_TIMEOUT:-300}" start now ticks before after hz used
  hz="$(getconf CLK_TCK)"
  start=$(date +%s)
  while :; do
    before="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null)" || return 0
    sleep 3
    after="$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null)" || return 0
    ticks=$(( after - before ))
    used=$(( ticks * 100 / (3 * hz) ))
    now=$(date +%s)
    if [ "$used" -lt 10 ]; then
      log "application idle after $(( now - start ))s (${used}% of a core over 3s)"
      return 0
    fi
    if [ $(( now - start )) -ge "$limit" ]; then
      log "WARNING: application still busy after ${limit}s (${used}% of a core): measuring anyway"
      return 0
    fi
  done
}
