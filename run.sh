#!/usr/bin/env bash
# Runs the whole system locally on SQLite: two UserService instances, PostService and the gateway.
# Needs only the .NET SDK. Ctrl+C stops everything. See "Running locally" in README.md.
#
#   ./run.sh                      build (Debug) and run, logs prefixed in this terminal
#   ./run.sh --no-build           run what is already built
#   ./run.sh -c Release           build and run the Release configuration
#
# Environment: RUN_SH_CONFIGURATION (Debug), RUN_SH_DATA_DIR (.data), RUN_SH_LOG_DIR (unset: logs go
# to this terminal; set: one <name>.log file per program there), RUN_SH_READY_TIMEOUT (seconds, 120).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONFIGURATION="${RUN_SH_CONFIGURATION:-Debug}"
DATA_DIR="${RUN_SH_DATA_DIR:-$ROOT/.data}"
LOG_DIR="${RUN_SH_LOG_DIR:-}"
READY_TIMEOUT="${RUN_SH_READY_TIMEOUT:-120}"
BUILD=1

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    -c|--configuration) CONFIGURATION="${2:?--configuration needs a value}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

NAMES=()
PIDS=()
STOPPING=0

log() { printf '[run.sh] %s\n' "$*"; }
fail() { printf '[run.sh] error: %s\n' "$*" >&2; stop_all; exit 1; }

stop_all() {
  [ "$STOPPING" = 1 ] && return
  STOPPING=1
  [ ${#PIDS[@]} -eq 0 ] && return
  log "stopping ${NAMES[*]}"
  kill -TERM "${PIDS[@]}" 2>/dev/null
  # The hosts drain for up to their shutdown timeout; don't wait forever on a stuck one.
  for _ in $(seq 1 150); do
    alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  kill -KILL "${PIDS[@]}" 2>/dev/null
  wait 2>/dev/null
}

trap 'log "interrupted"; stop_all; exit 0' INT TERM
trap 'stop_all' EXIT

# Prefixes each line with the program's name (portable: no GNU sed -u needed).
prefix() {
  local name="$1" line
  while IFS= read -r line || [ -n "$line" ]; do printf '[%s] %s\n' "$name" "$line"; done
}

# HTTP status of GET http://localhost:<port><path>, using bash's /dev/tcp (no curl needed).
http_status() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$2" "$1" >&3
    IFS=' ' read -r -t 5 _ status _ <&3 && printf '%s' "$status"
  ) 2>/dev/null
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

dll_path() {
  local project="$1" dll
  for dll in "$ROOT/$project/bin/$CONFIGURATION"/net*/"$project.dll"; do
    [ -f "$dll" ] && { printf '%s' "$dll"; return 0; }
  done
  return 1
}

# start <name> <project> <port> [VAR=value ...]
start() {
  local name="$1" project="$2" port="$3" dll dir
  shift 3
  dll="$(dll_path "$project")" || fail "$project.dll not found under $project/bin/$CONFIGURATION (run without --no-build)"
  dir="$(dirname "$dll")"
  port_in_use "$port" && fail "port $port is already in use (is another copy running?)"
  if [ -n "$LOG_DIR" ]; then
    (cd "$dir" && exec env "$@" dotnet "$dll" --urls "http://localhost:$port") >"$LOG_DIR/$name.log" 2>&1 &
  else
    (cd "$dir" && exec env "$@" dotnet "$dll" --urls "http://localhost:$port") > >(prefix "$name") 2>&1 &
  fi
  NAMES+=("$name")
  PIDS+=("$!")
  log "started $name (pid $!) on http://localhost:$port"
}

# wait_ready <name> <port>: polls /health/ready until 200, the deadline, or the process dying.
wait_ready() {
  local name="$1" port="$2" deadline=$((SECONDS + READY_TIMEOUT)) index pid
  for index in "${!NAMES[@]}"; do [ "${NAMES[$index]}" = "$name" ] && pid="${PIDS[$index]}"; done
  until [ "$(http_status "$port" /health/ready)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || fail "$name exited before becoming ready (see its log above${LOG_DIR:+ or in $LOG_DIR/$name.log})"
    [ $SECONDS -ge $deadline ] && fail "$name was not ready on http://localhost:$port/health/ready within ${READY_TIMEOUT}s"
    sleep 0.5
  done
  log "$name is ready"
}

command -v dotnet >/dev/null 2>&1 || { echo "run.sh: the .NET SDK is required (https://dot.net)" >&2; exit 1; }
mkdir -p "$DATA_DIR" || exit 1
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
[ -n "$LOG_DIR" ] && { mkdir -p "$LOG_DIR" && LOG_DIR="$(cd "$LOG_DIR" && pwd)" || exit 1; }

if [ "$BUILD" = 1 ]; then
  log "building ($CONFIGURATION)"
  dotnet build "$ROOT/Microservices.sln" -c "$CONFIGURATION" -nologo -v quiet || fail "build failed"
fi

SERVICE_ENV=(ASPNETCORE_ENVIRONMENT=Development "Database__DataDirectory=$DATA_DIR")

# The first instance creates the database and the development signing key; the second reuses both.
start userservice-1 UserService 5101 "${SERVICE_ENV[@]}"
wait_ready userservice-1 5101
start userservice-2 UserService 5102 "${SERVICE_ENV[@]}"
start postservice PostService 5201 "${SERVICE_ENV[@]}" Jwt__Authority=http://localhost:5101
wait_ready userservice-2 5102
wait_ready postservice 5201
# Inline socket completions and the gen0 budget: the gateway image's runtime settings (Gateway/Dockerfile).
start gateway Gateway 5000 ASPNETCORE_ENVIRONMENT=Local "Gateway__RouteFile=$ROOT/ocelot.json" \
    DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 DOTNET_GCgen0size=0x800000
wait_ready gateway 5000

cat <<EOF
[run.sh] all ready (data in $DATA_DIR${LOG_DIR:+, logs in $LOG_DIR}). Ctrl+C stops everything.
[run.sh]   gateway              http://localhost:5000          Swagger: http://localhost:5000/swagger
[run.sh]   userservice-1        http://localhost:5101/swagger
[run.sh]   userservice-2        http://localhost:5102/swagger
[run.sh]   postservice          http://localhost:5201/swagger
EOF

# Stay up until Ctrl+C (the trap) or until any program exits on its own.
while true; do
  for index in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$index]}" 2>/dev/null; then
      wait "${PIDS[$index]}" 2>/dev/null
      fail "${NAMES[$index]} exited (code $?)"
    fi
  done
  sleep 1
done
