#!/usr/bin/env bash
# Measures the gateway against the same request sent directly, through nginx and through plain YARP
# (bench/BareYarp), plus first vs. deep page of the post list. Builds Release, starts the system on
# SQLite in a fresh temporary data folder, seeds it, runs wrk, writes bench/results.md and
# bench/results.json, and stops everything it started. See the Performance section of README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench

ROUNDS=5
DURATION=10
# Long enough for the .NET proxies' tiered JIT to finish: under 64 connections the gateway's CPU per
# request falls from ~350 µs in its first 5 s to ~125 µs at 15 s and its steady ~90 µs by 20 s
# (perf: the tiered-compilation thread still took 15% of its CPU 17 s in). nginx needs none.
WARMUP=20
CONNECTIONS="16 64"
THREADS=2
USERS=1000
POSTS=100000
DEEP_PAGE=5000
PAGE_SIZE=20
ALL_TARGETS="direct nginx bare_yarp gateway posts_first posts_deep"
TARGETS=$ALL_TARGETS
EXTERNAL=0
SKIP_BUILD=0
GATEWAY_ENV=

# Loopback only. The services and the gateway use the ports of the local conventions (./run.sh).
HOST=127.0.0.1
USERS_PORTS=(5101 5102)
POSTS_PORT=5201
GATEWAY_PORT=5000
NGINX_PORT=5080
BARE_YARP_PORT=5090

usage() {
    cat <<EOF
Usage: bench/run.sh [options]

  --rounds N            rounds per target and connection count (default $ROUNDS)
  --duration S          seconds per round (default $DURATION)
  --warmup S            seconds of warm-up per target before measuring (default $WARMUP)
  --connections "A B"   wrk connection counts (default "$CONNECTIONS"); wrk uses $THREADS threads
  --quick               smoke test: 1 round of 3 s, 2 s warm-up
  --users N             users to register (default $USERS)
  --posts N             posts to seed (default $POSTS); the deep page is min($DEEP_PAGE, N / $PAGE_SIZE)
  --targets "..."       subset of: $ALL_TARGETS
  --external            do not build, start or seed the system: use the one already listening on
                        :5101/:5102 (and :5201, :5000 for the gateway targets) and its existing data
  --skip-build          use the existing Release build output
  --gateway-env "K=V"   extra environment for the gateway, e.g. to compare another log level:
                        --gateway-env "Logging__LogLevel__Default=Warning"
  -h, --help            this text
EOF
}

die() { echo "bench: error: $*" >&2; exit 1; }
log() { echo "bench [$(printf '%4d' "$SECONDS") s]: $*"; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --rounds) ROUNDS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --quick) ROUNDS=1; DURATION=3; WARMUP=2; shift ;;
        --users) USERS=$2; shift 2 ;;
        --posts) POSTS=$2; shift 2 ;;
        --targets) TARGETS=$2; shift 2 ;;
        --external) EXTERNAL=1; shift ;;
        --skip-build) SKIP_BUILD=1; shift ;;
        --gateway-env) GATEWAY_ENV=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option $1" ;;
    esac
done
for n in "$ROUNDS" "$DURATION" "$WARMUP" "$USERS" "$POSTS" $CONNECTIONS; do
    [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || die "expected a positive whole number, got '$n'"
done
for t in $TARGETS; do
    [[ " $ALL_TARGETS " == *" $t "* ]] || die "unknown target '$t' (known: $ALL_TARGETS)"
done
wants() { [[ " $TARGETS " == *" $1 "* ]]; }
wants_posts() { wants posts_first || wants posts_deep; }
wants_gateway() { wants gateway || wants_posts; }

# ---- prerequisites ---------------------------------------------------------------------------
for tool in nginx wrk; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing; install it with:" >&2
        echo "  apt-get install -y nginx wrk" >&2; exit 1; }
done
for tool in dotnet curl python3 getconf; do
    command -v "$tool" >/dev/null || die "$tool is missing"
done

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
if [[ $EXTERNAL == 0 ]]; then
    for port in "${USERS_PORTS[@]}" $POSTS_PORT $GATEWAY_PORT; do
        port_open "$port" && die "port $port is already in use (is ./run.sh running? stop it, or use --external)"
    done
fi
for port in $NGINX_PORT $BARE_YARP_PORT; do
    port_open "$port" && die "port $port is already in use"
done

# Anything else running skews every number (all of it shares the same CPUs); say so up front.
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
if python3 -c "import os, sys; sys.exit(0 if float(sys.argv[1]) > os.cpu_count() / 2 else 1)" "$LOAD_AT_START"; then
    echo "bench: warning: load average is $LOAD_AT_START on $(nproc) CPUs; results will be skewed" >&2
fi

OUT=$BENCH/out/$(date +%Y%m%d-%H%M%S)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
mkdir -p "$OUT/wrk" "$OUT/logs" "$TMP/logs"
CLK_TCK=$(getconf CLK_TCK)
read -ra CONN_LIST <<<"$CONNECTIONS"
read -ra TARGET_LIST <<<"$TARGETS"

# ---- processes: everything started here is stopped on exit -----------------------------------
PIDS=()
declare -A PID_OF=()

# start NAME WORKDIR [VAR=value ...] -- COMMAND ARGS...; output goes to $TMP/logs/NAME.log.
# exec keeps the pid of the background job equal to the pid of the program (for /proc sampling).
start() {
    local name=$1 dir=$2 envs=()
    shift 2
    while [[ $1 != -- ]]; do envs+=("$1"); shift; done
    shift
    (cd "$dir" && exec env "${envs[@]}" "$@") </dev/null >"$TMP/logs/$name.log" 2>&1 &
    PIDS+=($!)
    PID_OF[$name]=$!
}

stop_all() {
    local pid i
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for i in $(seq 50); do
        local alive=0
        for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [[ $alive == 0 ]] && break
        sleep 0.2
    done
    for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}

# Service logs hold one line per request (millions); only their beginning and end are kept.
keep_logs() {
    local f
    for f in "$TMP"/logs/*.log; do
        [[ -e $f ]] || continue
        { head -n 40 "$f"; echo "[...]"; tail -n 200 "$f"; } >"$OUT/logs/$(basename "$f")" 2>/dev/null || true
    done
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_all
    keep_logs
    rm -rf "$TMP"
    [[ $rc == 0 ]] || echo "bench: failed; logs in ${OUT#"$ROOT"/}/logs" >&2
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

show_log() { echo "---- last lines of $1.log ----" >&2; tail -n 30 "$TMP/logs/$1.log" >&2 || true; }

# wait_for NAME URL [SECONDS]: until URL answers 2xx; fails early if NAME's process died.
wait_for() {
    local name=$1 url=$2 limit=${3:-90} deadline=$((SECONDS + ${3:-90}))
    while ! curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
        if [[ -n ${PID_OF[$name]:-} ]] && ! kill -0 "${PID_OF[$name]}" 2>/dev/null; then
            show_log "$name"; die "$name exited before $url answered"
        fi
        ((SECONDS < deadline)) || { show_log "$name"; die "$url did not answer within $limit s"; }
        sleep 0.5
    done
}

# run_once NAME WORKDIR [VAR=value ...] -- COMMAND: a one-off command, which must exit 0 within
# 15 minutes. If it starts a web server instead ("Now listening on"), the program does not know the
# command: it is stopped and reported as such. ONCE_HINT, if set, is added to any error.
ONCE_HINT=
run_once() {
    local name=$1
    start "$@"
    local pid=${PID_OF[$name]} deadline=$((SECONDS + 900))
    while kill -0 "$pid" 2>/dev/null; do
        if grep -q "Now listening on" "$TMP/logs/$name.log" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            show_log "$name"
            die "$name started a web server instead of running the command: it does not support it. $ONCE_HINT"
        fi
        ((SECONDS < deadline)) || { show_log "$name"; die "$name did not finish within 15 minutes"; }
        sleep 0.5
    done
    local rc=0 p kept=()
    wait "$pid" || rc=$?
    # Done: forget the pid, so the clean-up never signals a process that later reuses it.
    for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
    PIDS=("${kept[@]}")
    unset "PID_OF[$name]"
    [[ $rc == 0 ]] || { show_log "$name"; die "$name failed (exit code $rc). $ONCE_HINT"; }
}

output_dir() {
    local dir
    dir=$(dirname "$(ls -d "$ROOT/$1"/bin/Release/net*/"$(basename "$1")".dll 2>/dev/null | head -n 1)")
    [[ -f $dir/$(basename "$1").dll ]] || die "no Release build of $1 (run without --skip-build)"
    echo "$dir"
}

# ---- estimate -------------------------------------------------------------------------------
measure_s=$(( ${#CONN_LIST[@]} * ROUNDS * ${#TARGET_LIST[@]} * (DURATION + 1) + ${#TARGET_LIST[@]} * (WARMUP + 1) ))
log "${#TARGET_LIST[@]} targets × ${#CONN_LIST[@]} connection counts × $ROUNDS rounds × $DURATION s:" \
    "about $((measure_s / 60)) min $((measure_s % 60)) s of measuring, plus build, start-up and seeding" \
    "(2–6 min). Output: ${OUT#"$ROOT"/}"

# ---- build -----------------------------------------------------------------------------------
PROJECTS=(bench/BareYarp)
[[ $EXTERNAL == 1 ]] || PROJECTS+=(UserService PostService Gateway)
if [[ $SKIP_BUILD == 0 ]]; then
    for project in "${PROJECTS[@]}"; do
        log "building $project (Release)"
        dotnet build "$ROOT/$project" -c Release -nologo >"$OUT/logs/build-$(basename "$project").log" 2>&1 ||
            { tail -n 30 "$OUT/logs/build-$(basename "$project").log" >&2; die "build of $project failed"; }
    done
fi

# ---- the system --------------------------------------------------------------------------------
IDS=$TMP/user-ids.txt
USER_URL=http://$HOST:${USERS_PORTS[0]}
if [[ $EXTERNAL == 0 ]]; then
    DATA=$TMP/data
    mkdir -p "$DATA"
    service_env=(ASPNETCORE_ENVIRONMENT=Development "Database__DataDirectory=$DATA" Logging__Format=json)

    users_dir=$(output_dir UserService)
    log "UserService: migrating a fresh SQLite database in $DATA"
    # If a program does not know a command it starts a server: on its own port, never the gateway's.
    run_once users-migrate "$users_dir" "${service_env[@]}" "ASPNETCORE_URLS=http://$HOST:${USERS_PORTS[0]}" -- \
        dotnet UserService.dll migrate
    # One after the other: the first start creates the development signing key both instances share.
    for i in 0 1; do
        port=${USERS_PORTS[$i]}
        start "userservice-$((i + 1))" "$users_dir" "${service_env[@]}" -- \
            dotnet UserService.dll --urls "http://$HOST:$port"
        wait_for "userservice-$((i + 1))" "http://$HOST:$port/health/ready"
    done
    log "registering $USERS users"
    python3 "$BENCH/seed.py" users --base "$USER_URL" --count "$USERS" --out "$IDS"

    if wants_posts; then
        posts_dir=$(output_dir PostService)
        log "PostService: migrating, then seeding $POSTS posts by $USERS authors"
        run_once posts-migrate "$posts_dir" "${service_env[@]}" "ASPNETCORE_URLS=http://$HOST:$POSTS_PORT" -- \
            dotnet PostService.dll migrate
        ONCE_HINT="bench/run.sh seeds posts with 'dotnet PostService.dll seed --posts N --authors FILE --yes'."
        run_once posts-seed "$posts_dir" "${service_env[@]}" "ASPNETCORE_URLS=http://$HOST:$POSTS_PORT" -- \
            dotnet PostService.dll seed --posts "$POSTS" --authors "$IDS" --yes
        ONCE_HINT=
        # The local UserService is plain HTTP: the HTTPS-metadata default is turned off with it.
        start postservice "$posts_dir" "${service_env[@]}" "Jwt__Authority=http://$HOST:${USERS_PORTS[0]}" Jwt__RequireHttpsMetadata=false -- \
            dotnet PostService.dll --urls "http://$HOST:$POSTS_PORT"
        wait_for postservice "http://$HOST:$POSTS_PORT/health/ready"
    fi

    if wants_gateway; then
        gateway_dir=$(output_dir Gateway)
        # As in the gateway image (Gateway/Dockerfile) and ./run.sh: inline socket completions, 8 MB gen0 budget.
        gateway_env=(ASPNETCORE_ENVIRONMENT=Local Logging__Format=json "Jwt__Authority=http://$HOST:${USERS_PORTS[0]}"
            Jwt__RequireHttpsMetadata=false DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 DOTNET_GCgen0size=0x800000)
        # The repository's route file, so the ocelot.Local.json overlay next to it applies too.
        [[ -f $ROOT/ocelot.json ]] && gateway_env+=("Gateway__RouteFile=$ROOT/ocelot.json")
        # shellcheck disable=SC2206 # --gateway-env is a list of words by design
        gateway_env+=($GATEWAY_ENV)
        # Log level left at its default (Information): the per-request line is part of the cost.
        start gateway "$gateway_dir" "${gateway_env[@]}" -- dotnet Gateway.dll --urls "http://$HOST:$GATEWAY_PORT"
        wait_for gateway "http://$HOST:$GATEWAY_PORT/health/ready"
    fi
else
    for port in "${USERS_PORTS[@]}"; do wait_for external "http://$HOST:$port/health/ready" 5; done
    wants_posts && wait_for external "http://$HOST:$POSTS_PORT/health/ready" 5
    wants_gateway && wait_for external "http://$HOST:$GATEWAY_PORT/health/ready" 5
    python3 "$BENCH/seed.py" list --base "$USER_URL" --count "$USERS" --out "$IDS"
fi

# ---- the proxies under comparison ---------------------------------------------------------------
NGINX_DIR=$TMP/nginx
mkdir -p "$NGINX_DIR/logs" "$NGINX_DIR/temp"
cat >"$NGINX_DIR/nginx.conf" <<EOF
# Written by bench/run.sh. Runs without root: every path is under the prefix directory.
daemon off;
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $NGINX_DIR/temp/body;
    proxy_temp_path $NGINX_DIR/temp/proxy;
    fastcgi_temp_path $NGINX_DIR/temp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/temp/uwsgi;
    scgi_temp_path $NGINX_DIR/temp/scgi;
    # Kestrel and YARP never close a kept-alive connection after N requests; nginx would after 1,000.
    keepalive_requests 1000000;
    upstream userservice {
        server $HOST:${USERS_PORTS[0]};
        server $HOST:${USERS_PORTS[1]};
        keepalive 64;
        keepalive_requests 1000000;
    }
    server {
        listen $HOST:$NGINX_PORT;
        location / {
            proxy_pass http://userservice;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
EOF
USER_PATH=/api/users/$(head -n 1 "$IDS")
if wants nginx; then
    nginx -t -q -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR/" -e "$NGINX_DIR/logs/error.log" >"$OUT/logs/nginx-t.log" 2>&1 ||
        { cat "$OUT/logs/nginx-t.log" >&2; die "nginx rejected the generated configuration"; }
    start nginx "$NGINX_DIR" -- nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR/" -e "$NGINX_DIR/logs/error.log"
    wait_for nginx "http://$HOST:$NGINX_PORT$USER_PATH" 15
fi
if wants bare_yarp; then
    start bare-yarp "$(output_dir bench/BareYarp)" ASPNETCORE_ENVIRONMENT=Production -- \
        dotnet BareYarp.dll --urls "http://$HOST:$BARE_YARP_PORT"
    wait_for bare-yarp "http://$HOST:$BARE_YARP_PORT$USER_PATH" 30
fi

# ---- request lists -------------------------------------------------------------------------------
sed 's|^|/api/users/|' "$IDS" >"$TMP/users.paths"
echo "/api/posts?limit=$PAGE_SIZE" >"$TMP/posts_first.paths"
deep=$((POSTS / PAGE_SIZE < DEEP_PAGE ? POSTS / PAGE_SIZE : DEEP_PAGE))
if wants posts_deep; then
    ((deep >= 2)) || die "posts_deep needs at least $((2 * PAGE_SIZE)) posts"
    log "walking the post list to page $deep (cursors of the last 10 pages up to it)"
    python3 "$BENCH/seed.py" cursors --base "http://$HOST:$POSTS_PORT" --depth "$deep" \
        --page-size "$PAGE_SIZE" --count 10 --out "$TMP/posts_deep.paths"
fi

declare -A URL=(
    [direct]=http://$HOST:${USERS_PORTS[0]} [nginx]=http://$HOST:$NGINX_PORT
    [bare_yarp]=http://$HOST:$BARE_YARP_PORT [gateway]=http://$HOST:$GATEWAY_PORT
    [posts_first]=http://$HOST:$GATEWAY_PORT [posts_deep]=http://$HOST:$GATEWAY_PORT)
declare -A PATHS=(
    [direct]=$TMP/users.paths [nginx]=$TMP/users.paths [bare_yarp]=$TMP/users.paths
    [gateway]=$TMP/users.paths [posts_first]=$TMP/posts_first.paths [posts_deep]=$TMP/posts_deep.paths)

# The process whose CPU time is charged to each target (none for direct).
listener_pid() { command -v ss >/dev/null && ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2; }
gateway_pid=${PID_OF[gateway]:-}
[[ -n $gateway_pid || $EXTERNAL == 0 ]] || gateway_pid=$(listener_pid $GATEWAY_PORT || true)
proxy_pids() {
    case $1 in
        nginx) echo "${PID_OF[nginx]}"; pgrep -P "${PID_OF[nginx]}" || true ;;
        bare_yarp) echo "${PID_OF[bare-yarp]}" ;;
        gateway|posts_first|posts_deep) echo "$gateway_pid" ;;
    esac
}

# utime + stime (fields 14 and 15 of /proc/<pid>/stat, in clock ticks), summed over the pids.
cpu_ticks() {
    local total=0 pid stat fields
    for pid in "$@"; do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        read -ra fields <<<"${stat##*) }"   # the name in parentheses may contain spaces
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}

# Every target must answer its first request with 200 before anything is measured.
for target in "${TARGET_LIST[@]}"; do
    url=${URL[$target]}$(head -n 1 "${PATHS[$target]}")
    status=$(curl -s -o "$TMP/check.body" -w '%{http_code}' --max-time 10 "$url" || true)
    [[ $status == 200 ]] || { head -c 500 "$TMP/check.body" >&2 2>/dev/null; echo >&2
        die "$target: GET $url answered ${status:-nothing}, expected 200"; }
done

run_wrk() { # run_wrk TARGET CONNECTIONS SECONDS OUTPUT
    wrk -t "$THREADS" -c "$2" -d "${3}s" --timeout 5s --latency -s "$BENCH/rotate.lua" \
        "${URL[$1]}" -- "${PATHS[$1]}" >"$4" 2>&1 || { cat "$4" >&2; die "wrk failed on $1"; }
}

max_connections=$(printf '%s\n' "${CONN_LIST[@]}" | sort -n | tail -n 1)
for target in "${TARGET_LIST[@]}"; do
    log "warming up $target ($WARMUP s, $max_connections connections)"
    run_wrk "$target" "$max_connections" "$WARMUP" "$OUT/wrk/warmup-$target.txt"
done

# ---- measure ---------------------------------------------------------------------------------------
ROUNDS_FILE=$OUT/rounds.jsonl
: >"$ROUNDS_FILE"
reversed=()
for ((i = ${#TARGET_LIST[@]} - 1; i >= 0; i--)); do reversed+=("${TARGET_LIST[$i]}"); done
for connections in "${CONN_LIST[@]}"; do
    for ((round = 1; round <= ROUNDS; round++)); do
        if ((round % 2)); then order=("${TARGET_LIST[@]}"); else order=("${reversed[@]}"); fi
        for target in "${order[@]}"; do
            mapfile -t pids < <(proxy_pids "$target")
            before=$(cpu_ticks "${pids[@]}")
            raw=$OUT/wrk/c$connections-r$round-$target.txt
            run_wrk "$target" "$connections" "$DURATION" "$raw"
            after=$(cpu_ticks "${pids[@]}")
            json=$(grep '^BENCH_JSON ' "$raw" | head -n 1 | cut -d' ' -f2-)
            [[ -n $json ]] || { cat "$raw" >&2; die "no result from wrk for $target"; }
            cpu=null
            [[ -n ${pids[0]:-} ]] && cpu=$((after - before))
            echo "{\"target\":\"$target\",\"connections\":$connections,\"round\":$round,\"cpu_ticks\":$cpu,\"wrk\":$json}" >>"$ROUNDS_FILE"
            python3 - "$json" "$connections" "$round/$ROUNDS" "$target" <<'PY'
import json, sys
w, c, r, t = json.loads(sys.argv[1]), *sys.argv[2:]
rps, p50, p99 = w["requests"] / w["duration_us"] * 1e6, w["latency_p50_us"] / 1000, w["latency_p99_us"] / 1000
print(f"bench: c={c:>3} round {r}: {t:<12} {rps:9.0f} req/s  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  non-2xx {w['errors_status']}")
PY
        done
    done
done

# ---- report ----------------------------------------------------------------------------------------
peak_rss_kb() { # VmHWM of one process, or the sum over several (nginx)
    local total=0 pid kb
    for pid in "$@"; do
        kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) || continue
        total=$((total + ${kb:-0}))
    done
    echo "$total"
}
declare -A RSS=()
[[ -n $gateway_pid ]] && RSS[gateway]=$(peak_rss_kb "$gateway_pid")
wants bare_yarp && RSS[bare_yarp]=$(peak_rss_kb "${PID_OF[bare-yarp]}")
wants nginx && RSS[nginx]=$(peak_rss_kb $(proxy_pids nginx))
rss_json=$(for k in "${!RSS[@]}"; do printf '"%s": %s,' "$k" "${RSS[$k]}"; done)

deep_pages=
if [[ -s $TMP/posts_deep.paths ]]; then
    deep_pages="$((deep - $(wc -l <"$TMP/posts_deep.paths") + 1))–$deep"
else
    deep=null
fi
cat >"$OUT/meta.json" <<EOF
{
  "clk_tck": $CLK_TCK,
  "peak_rss_kb": { ${rss_json%,} },
  "settings": {
    "rounds": $ROUNDS, "duration_s": $DURATION, "warmup_s": $WARMUP, "threads": $THREADS,
    "connections": [$(IFS=,; echo "${CONN_LIST[*]}")],
    "targets": [$(printf '"%s",' "${TARGET_LIST[@]}" | sed 's/,$//')],
    "external": $([[ $EXTERNAL == 1 ]] && echo true || echo false),
    "users": $([[ $EXTERNAL == 1 ]] && echo '"existing"' || echo "$USERS"),
    "posts": $(if ! wants_posts; then echo null; elif [[ $EXTERNAL == 1 ]]; then echo '"existing"'; else echo "$POSTS"; fi),
    "user_paths": $(wc -l <"$TMP/users.paths"),
    "deep_page": $deep, "deep_pages": "$deep_pages", "load_average_at_start": $LOAD_AT_START,
    "logging": "$([[ $EXTERNAL == 1 ]] && echo 'external run: as the running system was started; ')gateway at its default level (Information: one JSON line per request, to a file); bare YARP at Warning (nothing per request); nginx access_log off; the services (the same backend for every row) at their default level, one JSON line per request to a file",
    "nginx_config": "worker_processes auto, upstream of both UserService instances (round robin) with keepalive 64, proxy_http_version 1.1, Connection \\"\\", keepalive_requests raised to 1,000,000, access_log off",
    "gateway_env": "$GATEWAY_ENV",
    "bare_yarp_config": "one catch-all route to a cluster of both UserService instances, YARP defaults (load balancing PowerOfTwoChoices), Logging:LogLevel:Default Warning"
  }
}
EOF
python3 "$BENCH/report.py" --rounds "$ROUNDS_FILE" --meta "$OUT/meta.json" \
    --markdown "$BENCH/results.md" --json "$BENCH/results.json" >"$OUT/report.txt"
cp "$BENCH/results.md" "$BENCH/results.json" "$OUT/"
cat "$BENCH/results.md"
log "wrote bench/results.md and bench/results.json (raw data in ${OUT#"$ROOT"/})"
errors=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["errors_all_connections"])' "$BENCH/results.json")
[[ $errors == 0 ]] || echo "bench: warning: $errors requests failed or answered non-2xx; see the tables" \
    "(a gateway rate limit or cache on the route changes what is measured)" >&2
