# Sourced by bench/dashboard (and meant for the next benchmarks): what every benchmark script does
# the same way. Starting the jar with the `bench` profile on a data directory, stopping it and the
# embedded PostgreSQL it may leave behind, logging in (a token and a browser session), measuring a
# target with wrk, and writing the table. bench/run, bench/demands and bench/proposals still carry
# their own copies of these steps (written before this file).
#
# The caller sets: BENCH_DIR, PROJECT_DIR, OUT (scratch directory), DATA_DIR, KEEP (true|false),
# PORT, JAVA_OPTS, START_TIMEOUT, THREADS, WARMUP, DURATION; and defines log and die.

ADMIN_PASSWORD='Wrk#Bench-2026'
DEMO_PASSWORD='Tongxin@2026'
APP_PID=""
declare -A TOKEN COOKIE RPS P50 P90 P95 P99 RESULT CONN BASE_OF
ORDER=()

bench_prepare() {
  [ -f "$PROJECT_DIR/pom.xml" ] || die "run from the project directory (no pom.xml in $PROJECT_DIR)"
  cd "$PROJECT_DIR" || die "no project directory"
  local tool
  for tool in curl jq java; do command -v "$tool" >/dev/null || die "$tool is required"; done
  JAR="$PROJECT_DIR/target/tongxin.jar"
  if [ ! -f "$JAR" ]; then
    log "building $JAR"
    mvn -q -DskipTests package || die "build failed"
  fi
  if ! command -v wrk >/dev/null; then
    log "installing wrk"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get install -y wrk >/dev/null 2>&1 \
      || { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y wrk >/dev/null 2>&1; } \
      || die "could not install wrk (apt-get install -y wrk)"
  fi
  BASE="http://127.0.0.1:$PORT"
}

# Stops the application (SIGTERM, SIGKILL after 30 s), then a PostgreSQL a killed JVM left behind.
bench_stop() {
  local i pidfile="$DATA_DIR/pg/postmaster.pid" pgpid
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the application (pid $APP_PID)"
    kill -TERM "$APP_PID" 2>/dev/null
    for i in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$APP_PID" 2>/dev/null && { log "still running after 30 s: SIGKILL"; kill -KILL "$APP_PID" 2>/dev/null; sleep 1; }
  fi
  if [ -f "$pidfile" ]; then
    pgpid="$(head -n1 "$pidfile")"
    if [ -n "$pgpid" ] && [ "$(ps -o comm= -p "$pgpid" 2>/dev/null)" = postgres ]; then
      log "stopping the embedded PostgreSQL left behind (pid $pgpid)"
      kill -TERM "$pgpid" 2>/dev/null
      for i in $(seq 1 20); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pgpid" 2>/dev/null && kill -KILL "$pgpid" 2>/dev/null
    fi
  fi
  rm -f "$OUT"/cookies-*.txt
  if [ "$KEEP" = true ]; then log "data kept in $DATA_DIR"; else rm -rf "$DATA_DIR"; fi
}

# Starts the jar on $PORT with $DATA_DIR and waits for readiness; sets APP_PID and STARTUP_S.
bench_start() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && die "port $PORT is in use"
  trap bench_stop EXIT
  trap 'exit 130' INT TERM
  log "starting $JAR on port $PORT (data $DATA_DIR, log $OUT/app.log)"
  local start_ns ready=false
  start_ns=$(date +%s%N)
  TONGXIN_DEMO=true TONGXIN_DATA_DIR="$DATA_DIR" TONGXIN_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    TONGXIN_ADMIN_TOTP_REQUIRED=false SPRING_PROFILES_ACTIVE=bench \
    java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 $((START_TIMEOUT * 2))); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$OUT/app.log" >&2; die "the application exited during start-up"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/actuator/health/readiness")" = 200 ]; then
      ready=true; break
    fi
    sleep 0.5
  done
  [ "$ready" = true ] || { tail -n 40 "$OUT/app.log" >&2; die "not ready after ${START_TIMEOUT}s"; }
  STARTUP_S=$(awk -v ns=$(( $(date +%s%N) - start_ns )) 'BEGIN { printf "%.1f", ns / 1e9 }')
  log "ready in ${STARTUP_S}s"
}

bench_token() {
  curl -s --max-time 30 -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/v1/tokens" | jq -r '.token // empty' 2>/dev/null
}

bench_session() {
  local jar="$OUT/cookies-$1.txt" page csrf status
  page="$(curl -s --max-time 30 -c "$jar" -b "$jar" "$BASE/login")" || return 1
  csrf="$(printf '%s' "$page" | grep -o '<input[^>]*name="_csrf"[^>]*>' | head -n1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')"
  [ -n "$csrf" ] || return 1
  status="$(curl -s --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "username=$1" --data-urlencode "password=$2" --data-urlencode "_csrf=$csrf" "$BASE/login")" || return 1
  case "$status" in *error*|*/login*) return 1 ;; esac
  awk -F'\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}

# bench_login USER...: a token and a session for each demo user, in TOKEN[user] and COOKIE[user].
bench_login() {
  local user
  for user in "$@"; do
    TOKEN[$user]="$(bench_token "$user" "$DEMO_PASSWORD")"
    COOKIE[$user]="$(bench_session "$user" "$DEMO_PASSWORD")" || COOKIE[$user]=""
    log "$user: token $([ -n "${TOKEN[$user]}" ] && echo ok || echo MISSING), session $([ -n "${COOKIE[$user]}" ] && echo ok || echo MISSING)"
  done
}

# bench_headers AUTH: the curl/wrk header arguments of none, bearer:<user> or cookie:<user>, in HDR.
bench_headers() {
  local auth="$1" user
  HDR=()
  case "$auth" in
    bearer:*) user="${auth#bearer:}"; [ -n "${TOKEN[$user]}" ] || return 1; HDR=(-H "Authorization: Bearer ${TOKEN[$user]}") ;;
    cookie:*) user="${auth#cookie:}"; [ -n "${COOKIE[$user]}" ] || return 1; HDR=(-H "Cookie: ${COOKIE[$user]}") ;;
  esac
}

# bench_target NAME BASELINE PATH AUTH CONNECTIONS [P95_LIMIT_MS]: one request first (not 2xx: not
# measured, FAIL), then a wrk warm-up that is discarded and the measured run.
bench_target() {
  local name="$1" base="$2" path="$3" auth="$4" conns="$5" limit="${6:-}" url="$BASE$3" code line non2xx sockerr timeouts
  ORDER+=("$name"); BASE_OF[$name]="$base"
  bench_headers "$auth" || { RESULT[$name]="FAIL (no credentials: $auth)"; return; }
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "${HDR[@]}" "$url")"
  case "$code" in
    2*) ;;
    *) RESULT[$name]="FAIL (HTTP $code)"; log "$name: GET $path -> HTTP $code, not measured"; return ;;
  esac
  CONN[$name]="$conns"
  log "$name: warm-up $WARMUP, then $DURATION measured ($conns connections, $THREADS threads)"
  wrk -t"$THREADS" -c"$conns" -d"$WARMUP" --timeout 10s "${HDR[@]}" "$url" >"$OUT/$name-warmup.txt" 2>&1
  wrk -t"$THREADS" -c"$conns" -d"$DURATION" --timeout 10s --latency -s "$BENCH_DIR/report.lua" \
    "${HDR[@]}" "$url" >"$OUT/$name.txt" 2>&1
  line="$(grep '^BENCH ' "$OUT/$name.txt" | tail -n1)"
  [ -n "$line" ] || { RESULT[$name]="FAIL (wrk: see $OUT/$name.txt)"; return; }
  field() { printf '%s' "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
  RPS[$name]="$(field rps)"; P50[$name]="$(field p50)"; P90[$name]="$(field p90)"; P95[$name]="$(field p95)"; P99[$name]="$(field p99)"
  non2xx="$(field non2xx)"; sockerr="$(field socket_errors)"; timeouts="$(field timeouts)"
  if [ "${non2xx:-0}" -gt 0 ]; then RESULT[$name]="FAIL ($non2xx non-2xx)"
  elif [ "${sockerr:-0}" -gt 0 ] || [ "${timeouts:-0}" -gt 0 ]; then RESULT[$name]="FAIL ($sockerr socket errors, $timeouts timeouts)"
  else RESULT[$name]="ok"; fi
  if [ -n "$limit" ]; then
    awk -v p="${P95[$name]}" -v l="$limit" 'BEGIN { exit !(p <= l) }' && RESULT[$name]="${RESULT[$name]}, p95 ≤ $limit ms" \
      || RESULT[$name]="${RESULT[$name]}, p95 over $limit ms"
  fi
  log "$name: ${RPS[$name]} req/s, p50 ${P50[$name]} ms, p95 ${P95[$name]} ms, ${RESULT[$name]}"
}

bench_ratio() {
  local r="${RPS[$1]:-}" b="${RPS[${BASE_OF[$1]}]:-}"
  [ -n "$r" ] && [ -n "$b" ] && awk -v r="$r" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", r / b; else print "-" }' \
    || printf -- '-'
}

# The Markdown table of every target measured, in order.
bench_table() {
  local name
  echo "| target | connections | req/s | p50 (ms) | p90 (ms) | p95 (ms) | p99 (ms) | ratio | vs | result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
  for name in "${ORDER[@]}"; do
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${CONN[$name]:--}" "${RPS[$name]:--}" \
      "${P50[$name]:--}" "${P90[$name]:--}" "${P95[$name]:--}" "${P99[$name]:--}" "$(bench_ratio "$name")" "${BASE_OF[$name]}" \
      "${RESULT[$name]:-FAIL}"
  done
}

# The lines every record starts with: machine, java, wrk and project.
bench_machine() {
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -m | awk '/^Mem:/ { print $2 " MB RAM" }'), load average $LOAD_START at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
  echo "- java: $(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//'); JAVA_OPTS $JAVA_OPTS"
  echo "- wrk: $(wrk --version 2>&1 | head -n1 | cut -d' ' -f1-2); $THREADS threads, warm-up $WARMUP discarded, $DURATION measured per target"
  echo "- start-up to readiness: ${STARTUP_S}s"
  echo "- project: $PROJECT_DIR at $(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo none)"
}
