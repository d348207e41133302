#!/usr/bin/env bash
# Runs LiveFunctions locally with one command, from a clean clone: installs the local tools (Azurite) when missing,
# builds the emulator and the app once, starts Azurite (ports 10000-10002), the ApsaraVideo Live/ICE emulator (7081)
# and the Function App standalone (7071), waits until each answers, seeds a demo stream in the emulator and prints
# how to call every route. Ctrl-C stops everything it started. See docs/running-locally.md.
#
#   ./run-local.sh               Azurite keeps its data in .azurite/ (survives restarts)
#   ./run-local.sh --in-memory   Azurite keeps nothing
#   ./run-local.sh --no-seed     start without the demo streams
#
# Each service's output is shown with a [name] prefix and written to artifacts/run-local/<name>.log.
# If local.settings.json exists (copy local.settings.sample.json), its "Values" are passed to the app.
set -euo pipefail
cd "$(dirname "$0")"

CONFIGURATION=Release
LOG_DIR=artifacts/run-local
APP_URL=http://127.0.0.1:7071
EMULATOR_URL=http://127.0.0.1:7081
DEMO_DOMAIN=demo.livefunctions.test
DEMO_APP=live
DEMO_BUCKET=livefunctions-demo
OSS_ENDPOINT=oss-cn-shanghai.aliyuncs.com

in_memory=false
seed=true
for argument in "$@"; do
  case "$argument" in
    --in-memory) in_memory=true ;;
    --no-seed) seed=false ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-local: unknown option '$argument' (see --help)" >&2; exit 2 ;;
  esac
done

fail() {
  echo "run-local: $*" >&2
  exit 1
}

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is not on PATH. Install the .NET 10 SDK and Node.js 20 (with npm)."
done

# A port is taken when something accepts a connection on it.
port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

taken=()
for port in 10000 10001 10002 7081 7071; do
  if port_taken "$port"; then
    taken+=("$port")
  fi
done
if [ "${#taken[@]}" -gt 0 ]; then
  fail "port(s) ${taken[*]} on 127.0.0.1 are already in use (10000-10002 Azurite, 7081 emulator, 7071 app).
  Stop whatever listens there (see 'ss -ltnp' or 'lsof -iTCP -sTCP:LISTEN') and run again."
fi

if [ ! -x tools/node_modules/.bin/azurite ]; then
  echo "==> installing the local tools (npm ci --prefix tools)"
  npm ci --prefix tools --no-audit --no-fund
fi

# Build once, then run the built outputs (quick starts). No build servers stay behind after the build.
for project in src/LiveFunctions.Emulator/LiveFunctions.Emulator.csproj src/LiveFunctions.App/LiveFunctions.App.csproj; do
  echo "==> dotnet build $project -c $CONFIGURATION"
  dotnet build "$project" -c "$CONFIGURATION" -nologo -v quiet --disable-build-servers
done

output_of() {
  local found
  found=$(ls -d src/"$1"/bin/"$CONFIGURATION"/net*/ 2>/dev/null | head -n 1)
  [ -n "$found" ] && [ -f "$found/$1.dll" ] || fail "the build output of $1 was not found under src/$1/bin/$CONFIGURATION/"
  (cd "$found" && pwd)
}
emulator_dir=$(output_of LiveFunctions.Emulator)
app_dir=$(output_of LiveFunctions.App)

# The app's environment: demo defaults for the hourly index files, then local.settings.json on top.
app_env=(
  "IndexFiles__Domains__0=$DEMO_DOMAIN"
  "IndexFiles__OssEndpoint=$OSS_ENDPOINT"
  "IndexFiles__OssBucket=$DEMO_BUCKET"
)
if [ -f local.settings.json ]; then
  node tools/run-local/local-settings.mjs local.settings.json >/dev/null || fail "fix local.settings.json (or remove it) and run again."
  local_count=0
  while IFS= read -r -d '' pair; do
    app_env+=("$pair")
    local_count=$((local_count + 1))
  done < <(node tools/run-local/local-settings.mjs local.settings.json)
  echo "==> passing the $local_count settings of local.settings.json to the app"
fi

mkdir -p "$LOG_DIR"
names=()
pids=()
groups=()

# Shows a service's lines with a prefix and appends them to its log. It ignores SIGTERM and SIGINT, so it keeps the
# service's last lines while the service shuts down, and ends when the service closes its output.
prefix_lines() {
  trap '' TERM INT
  local name=$1 log=$2 line
  while IFS= read -r line || [ -n "$line" ]; do
    printf '%s\n' "$line" >&3
    printf '[%s] %s\n' "$name" "$line"
  done 3>>"$log"
}

# start NAME DIRECTORY COMMAND...: runs the command in DIRECTORY as a job of its own (its own process group, so a
# Ctrl-C in the terminal reaches only this script, which then stops the services in order).
start() {
  local name=$1 directory=$2
  shift 2
  : >"$LOG_DIR/$name.log"
  set -m
  (cd "$directory" && exec "$@" </dev/null) 2>&1 | prefix_lines "$name" "$LOG_DIR/$name.log" &
  set +m
  local last=$!
  local group
  group=$(ps -o pgid= -p "$last" | tr -d ' ')
  names+=("$name")
  pids+=("$last")
  groups+=("${group:-$last}")
}

stop_group() {
  local name=$1 pid=$2 group=$3
  kill -TERM -- "-$group" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 100 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "==> $name did not stop within 10 s; killing it"
  fi
  # Whatever is left of the group (the service, its children, the log prefixer) goes now.
  kill -KILL -- "-$group" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stopping=false
stop_all() {
  $stopping && return
  stopping=true
  trap - INT TERM HUP
  if [ "${#names[@]}" -gt 0 ]; then
    echo "==> stopping: ${names[*]}"
    local i
    for ((i = ${#names[@]} - 1; i >= 0; i--)); do
      stop_group "${names[$i]}" "${pids[$i]}" "${groups[$i]}"
    done
    echo "==> stopped; logs are in $LOG_DIR/"
  fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all; exit 129' HUP
trap 'stop_all' EXIT

# HTTP probe without curl: true when the URL's host answers GET with one of the given statuses (any when none given).
http_status() {
  local host=$1 port=$2 path=$3 status
  status=$(
    exec 2>/dev/null 3<>"/dev/tcp/$host/$port" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: %s:%s\r\n\r\n' "$path" "$host" "$port" >&3
    IFS=' ' read -r -t 5 _ status _ <&3 && printf '%s' "$status"
  ) || return 1
  printf '%s' "$status"
}

# wait_ready NAME PORT PATH EXPECTED: waits up to 90 s for the service to answer; fails when it exits meanwhile.
wait_ready() {
  local name=$1 port=$2 path=$3 expected=$4 index=$((${#names[@]} - 1)) tries=0 status
  while :; do
    status=$(http_status 127.0.0.1 "$port" "$path" || true)
    if [ -n "$status" ] && { [ "$expected" = any ] || [ "$status" = "$expected" ]; }; then
      echo "==> $name is up on port $port"
      return 0
    fi

    if ! kill -0 "${pids[$index]}" 2>/dev/null; then
      fail "$name exited during start; see $LOG_DIR/$name.log"
    fi

    tries=$((tries + 1))
    [ "$tries" -lt 180 ] || fail "$name did not answer on port $port within 90 s; see $LOG_DIR/$name.log"
    sleep 0.5
  done
}

azurite_args=(--blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --skipApiVersionCheck --loose --disableTelemetry)
# Azurite's access log has a line per request (the queue listener polls); RUN_LOCAL_AZURITE_ACCESS_LOG=1 keeps it.
if [ "${RUN_LOCAL_AZURITE_ACCESS_LOG:-0}" != 1 ]; then
  azurite_args+=(--silent)
fi
if $in_memory; then
  azurite_args+=(--inMemoryPersistence)
  storage_note="in memory"
else
  mkdir -p .azurite
  azurite_args+=(--location "$(pwd)/.azurite")
  storage_note="data in .azurite/"
fi

echo "==> starting Azurite ($storage_note), the emulator and the app; logs in $LOG_DIR/"
start azurite tools node_modules/.bin/azurite "${azurite_args[@]}"
wait_ready azurite 10000 /devstoreaccount1?comp=list any
wait_ready azurite 10001 /devstoreaccount1?comp=list any

start emulator "$emulator_dir" dotnet LiveFunctions.Emulator.dll --urls "$EMULATOR_URL"
wait_ready emulator 7081 / 200

start app "$app_dir" env -u FUNCTIONS_CUSTOMHANDLER_PORT -u FUNCTIONS_HTTPWORKER_PORT "${app_env[@]}" \
  dotnet LiveFunctions.App.dll --urls "$APP_URL"
wait_ready app 7071 / 200

DEMO_START="" DEMO_END="" DEMO_HOUR_START="" DEMO_HOUR_END="" WINDOW_START="" WINDOW_END=""
if $seed; then
  echo "==> seeding the demo in the emulator"
  seed_output=$(node tools/run-local/seed.mjs "$EMULATOR_URL" "$DEMO_DOMAIN" "$DEMO_APP") || fail "seeding failed: $seed_output"
  while IFS='=' read -r key value; do
    case "$key" in
      DEMO_START|DEMO_END|DEMO_HOUR_START|DEMO_HOUR_END|WINDOW_START|WINDOW_END) printf -v "$key" '%s' "$value" ;;
      *) echo "    $key${value:+=$value}" ;;
    esac
  done <<<"$seed_output"
fi

api="$APP_URL/api"
apps="$api/domains/$DEMO_DOMAIN/apps/$DEMO_APP"
json="-H 'Content-Type: application/json'"
cat <<EOF

LiveFunctions runs locally:
  app       $APP_URL   standalone (timers and queue listener on Azurite); log $LOG_DIR/app.log
  emulator  $EMULATOR_URL   AccessKeyId testid / AccessKeySecret testsecret; log $LOG_DIR/emulator.log
  azurite   blob 10000, queue 10001, table 10002 (UseDevelopmentStorage=true, $storage_note); log $LOG_DIR/azurite.log
Demo in the emulator: domain $DEMO_DOMAIN, app $DEMO_APP, stream 'demo' (${DEMO_START:-?} to ${DEMO_END:-?}) and 'demo-live' (live).

Try it. Add ?dryRun=true to an apply route to validate only. If you set Standalone:FunctionKey, add
-H "x-functions-key: \$FUNCTION_KEY".

  curl -i $APP_URL/
  curl -s $EMULATOR_URL/_emulator/streams

  # OSS recording config (UpdateLiveAppRecordConfig; AddLiveAppRecordConfig when there is none)
  curl -i -X PUT '$apps/record-config' $json \\
    -d '{"OssEndpoint":"$OSS_ENDPOINT","OssBucket":"$DEMO_BUCKET","RecordFormat":[{"Format":"m3u8","CycleDuration":3600,"SliceDuration":30,"OssObjectPrefix":"record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}","SliceOssObjectPrefix":"record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}"}]}'

  # live-to-VOD config (AddLiveRecordVodConfig)
  curl -i -X PUT '$apps/vod-record-config' $json \\
    -d '{"VodTranscodeGroupId":"vod-demo-group","CycleDuration":3600,"AutoCompose":"OFF"}'

  # snapshot config (UpdateLiveAppSnapshotConfig), with this app as the callback
  curl -i -X PUT '$apps/snapshot-config' $json \\
    -d '{"TimeInterval":5,"OssEndpoint":"$OSS_ENDPOINT","OssBucket":"$DEMO_BUCKET","OverwriteOssObject":"snapshot/{AppName}/{StreamName}.jpg","SequenceOssObject":"snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg","Callback":"$api/callbacks/snapshot"}'

  # an M3U8 index for one hour of the finished demo stream (CreateLiveStreamRecordIndexFiles)
  curl -i -X POST '$apps/streams/demo/record-index-files' $json \\
    -d '{"OssEndpoint":"$OSS_ENDPOINT","OssBucket":"$DEMO_BUCKET","OssObject":"index/demo.m3u8","StartTime":"${DEMO_HOUR_START:-2026-01-01T10:00:00Z}","EndTime":"${DEMO_HOUR_END:-2026-01-01T11:00:00Z}"}'

  # the hourly index files on demand for that hour (index-backfill queues them, index-executor creates them), then their outcomes
  curl -i -X POST '$api/index-backfill' $json \\
    -d '{"DomainName":"$DEMO_DOMAIN","From":"${DEMO_HOUR_START:-2026-01-01T10:00:00Z}","To":"${DEMO_HOUR_END:-2026-01-01T11:00:00Z}"}'
  curl -s '$api/domains/$DEMO_DOMAIN/index-files?from=${DEMO_HOUR_START:-2026-01-01T10:00:00Z}&to=${DEMO_HOUR_END:-2026-01-01T11:00:00Z}'

  # the durable rate limiter's state: each key's limit, pacing, grants and throttles
  curl -s '$api/rate-limits'

  # an ICE live transcode job (UpdateLiveTranscodeJob; use the JobId of a timed job that exists in the emulator)
  curl -i -X PATCH '$api/transcode-jobs/demo-job' $json \\
    -d '{"Name":"demo-job","TimedConfig":{"StartTime":"${WINDOW_START:-2026-01-01T12:00:00Z}","EndTime":"${WINDOW_END:-2026-01-01T14:00:00Z}"}}'

  # the recurring window the transcode rotation keeps armed
  curl -i -X PUT '$api/transcode-jobs/demo-job/schedule' $json \\
    -d '{"DaysOfWeek":["Monday","Thursday"],"LocalStartTime":"19:30","Duration":"02:00:00","TimeZone":"Europe/Berlin"}'

  # a snapshot callback as Live sends it (or: PUT the snapshot config above, then let the emulator fire one)
  curl -i -X POST '$api/callbacks/snapshot' $json \\
    -d '{"event":"live_snapshot","domain":"$DEMO_DOMAIN","app":"$DEMO_APP","stream":"demo-live","timestamp":$(date +%s),"OssEndpoint":"$OSS_ENDPOINT","OssBucket":"$DEMO_BUCKET","OssObject":"snapshot/$DEMO_APP/demo-live.jpg"}'
  curl -s -X POST $EMULATOR_URL/_emulator/snapshot-callbacks $json -d '{"DomainName":"$DEMO_DOMAIN","AppName":"$DEMO_APP","StreamName":"demo-live"}'

  # what reached the emulator
  curl -s $EMULATOR_URL/_emulator/requests

Press Ctrl-C to stop everything.
EOF

# Runs until Ctrl-C, or until a service exits on its own (then everything stops).
while :; do
  for i in "${!names[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "==> ${names[$i]} exited; see $LOG_DIR/${names[$i]}.log"
      exit 1
    fi
  done
  sleep 1
done
