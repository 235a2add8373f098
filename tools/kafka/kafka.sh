#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, broker+controller in one JVM) for Plume
# development and tests. No Docker here, so the broker jars come from Maven
# Central (see pom.xml next to this file) and run straight on the JVM.
#
#   bash tools/kafka/kafka.sh start    # fetch if needed, format once, start, wait until ready
#   bash tools/kafka/kafka.sh stop     # stop the broker this script started
#   bash tools/kafka/kafka.sh status   # exit 0 if a broker answers, 3 if not
#   bash tools/kafka/kafka.sh fetch    # only download the jars
#   bash tools/kafka/kafka.sh tool CLASS [ARGS...]   # run a Kafka CLI class from the jars
#
# Everything mutable lives in a cache outside the repo (PLUME_KAFKA_HOME).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POM="$SCRIPT_DIR/pom.xml"

KAFKA_HOME="${PLUME_KAFKA_HOME:-$HOME/.cache/plume/kafka}"
# PLUME_KAFKA_LIBS lets a throw-away broker (e.g. an outage test) share the cached jars.
LIBS_DIR="${PLUME_KAFKA_LIBS:-$KAFKA_HOME/libs}"
DATA_DIR="$KAFKA_HOME/data"
LOGS_DIR="$KAFKA_HOME/logs"
CONFIG="$KAFKA_HOME/server.properties"
LOG4J_CONFIG="$KAFKA_HOME/log4j.properties"
TOOLS_LOG4J_CONFIG="$KAFKA_HOME/tools-log4j.properties"
PID_FILE="$KAFKA_HOME/kafka.pid"
CLUSTER_ID_FILE="$KAFKA_HOME/cluster.id"
LOCK_FILE="$KAFKA_HOME/.lock"
# Stamp holding the sha256 of the pom the jars in libs/ were fetched with.
LIBS_STAMP="$LIBS_DIR/.pom.sha256"

HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
NODE_ID=1
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
# The machine has 2 cores shared with many Node processes: keep the JVM small.
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"

BOOTSTRAP="$HOST:$KAFKA_PORT"

log() { printf '[kafka] %s\n' "$*"; }
err() { printf '[kafka] error: %s\n' "$*" >&2; }
die() { err "$*"; exit 1; }

usage() {
  cat <<EOF
usage: $(basename "$0") start|stop|status|fetch|tool CLASS [ARGS...]

  start   start a single-node KRaft broker on $HOST:\$KAFKA_PORT (reuses a running one)
  stop    stop the broker started by this script
  status  print whether a broker answers (exit 0) or not (exit 3)
  fetch   download the Kafka jars from Maven Central into the cache
  tool    run a Kafka CLI class, e.g.
          tool org.apache.kafka.tools.TopicCommand --bootstrap-server $HOST:\$KAFKA_PORT --list

env: KAFKA_PORT=$KAFKA_PORT KAFKA_CONTROLLER_PORT=$KAFKA_CONTROLLER_PORT
     PLUME_KAFKA_HOME=$KAFKA_HOME
     KAFKA_START_TIMEOUT=$START_TIMEOUT KAFKA_STOP_TIMEOUT=$STOP_TIMEOUT
     KAFKA_HEAP_OPTS="$KAFKA_HEAP_OPTS"
EOF
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Serialise start/stop/fetch: two Nx targets running `start` at once must not
# launch two brokers or both run Maven into the same directory.
with_lock() {
  mkdir -p "$KAFKA_HOME"
  exec 9>"$LOCK_FILE"
  if ! flock -w 300 9; then
    die "another kafka.sh holds $LOCK_FILE for over 300 s"
  fi
}

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

jars_fresh() {
  [[ -f "$LIBS_STAMP" ]] && [[ "$(cat "$LIBS_STAMP")" == "$(pom_hash)" ]] \
    && compgen -G "$LIBS_DIR/kafka_2.13-*.jar" >/dev/null
}

fetch() {
  if jars_fresh; then
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (Maven is needed to fetch Kafka)"
  log "fetching Kafka jars from Maven Central into $LIBS_DIR ..."
  local t0 tmp
  t0="$(now)"
  # Download into a temp dir and swap it in, so an interrupted fetch never
  # leaves a half-filled libs/ that looks complete.
  tmp="$KAFKA_HOME/libs.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$LOGS_DIR"
  if ! mvn -B -Dstyle.color=never -f "$POM" \
      dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" \
      >"$LOGS_DIR/fetch.log" 2>&1; then
    tail -n 30 "$LOGS_DIR/fetch.log" >&2
    rm -rf "$tmp"
    die "mvn dependency:copy-dependencies failed (full output: $LOGS_DIR/fetch.log)"
  fi
  pom_hash >"$tmp/.pom.sha256"
  rm -rf "$LIBS_DIR"
  mv "$tmp" "$LIBS_DIR"
  log "fetched $(find "$LIBS_DIR" -name '*.jar' | wc -l) jars in $(elapsed "$t0") s"
}

# Kafka CLI classes run from the cached jars in a small, fast-starting JVM
# (they are short-lived: C1 only, serial GC) with WARN-level logging on stderr.
TOOL_JAVA=(java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true
  -Dlog4j.configuration="file:$TOOLS_LOG4J_CONFIG" -cp "$LIBS_DIR/*")
kafka_tool() { "${TOOL_JAVA[@]}" "$@"; }

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# "Ready" means the broker is registered and answers Kafka requests, not just
# that the TCP port is open: BrokerApiVersionsCommand fetches metadata and then
# ApiVersions from every broker it lists, so we look for a "(id: N" line.
broker_ready() {
  port_open "$KAFKA_PORT" || return 1
  jars_fresh || return 1
  [[ -f "$TOOLS_LOG4J_CONFIG" ]] || write_log4j
  local out
  out="$(timeout 20 "${TOOL_JAVA[@]}" kafka.admin.BrokerApiVersionsCommand --bootstrap-server "$BOOTSTRAP" 2>/dev/null)" || return 1
  grep -q "(id: " <<<"$out"
}

# Pid of the broker this script started, if it is still that process.
our_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  # Guard against pid reuse: the process must be a Kafka JVM on our config.
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q "kafka.Kafka $CONFIG" || return 1
  echo "$pid"
}

write_log4j() {
  mkdir -p "$LOGS_DIR"
  # Broker: everything at INFO into logs/server.log (rotated), nothing on the
  # terminal. The per-request logger is very chatty, keep it at WARN.
  cat >"$LOG4J_CONFIG" <<EOF
# Generated by tools/kafka/kafka.sh - edits are overwritten on start.
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=$LOGS_DIR/server.log
log4j.appender.file.MaxFileSize=20MB
log4j.appender.file.MaxBackupIndex=3
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.kafka.network.RequestChannel\$=WARN
log4j.logger.org.apache.kafka.clients=WARN
EOF
  # CLI tools (readiness check, console tools): warnings only, on stderr.
  cat >"$TOOLS_LOG4J_CONFIG" <<EOF
# Generated by tools/kafka/kafka.sh - edits are overwritten on start.
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
}

write_config() {
  mkdir -p "$DATA_DIR" "$LOGS_DIR"
  cat >"$CONFIG" <<EOF
# Generated by tools/kafka/kafka.sh - edits are overwritten on start.
# Single node, KRaft mode: this JVM is both the broker and the only controller.
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=$NODE_ID@$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$DATA_DIR

# One broker: internal topics cannot have more than one replica.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
# Fewer internal partitions than the default 50: the first consumer group /
# transaction creates these topics, and 50 partitions is slow on 2 cores.
offsets.topic.num.partitions=10
transaction.state.log.num.partitions=10
# Tests join groups constantly; don't wait 3 s for more members.
group.initial.rebalance.delay.ms=0
num.partitions=3
auto.create.topics.enable=true
delete.topic.enable=true

# Small machine: fewer threads than the server defaults.
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
# Dev data: keep a day at most.
log.retention.hours=24
EOF
}

# Format log.dirs once. The cluster id is generated once and kept, so the
# metadata log and cluster.id always agree.
format_storage() {
  local cluster_id
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    # Already formatted: reuse its id (keeps the id file honest if it was lost).
    cluster_id="$(sed -n 's/^cluster\.id=//p' "$DATA_DIR/meta.properties")"
    [[ -n "$cluster_id" ]] && echo "$cluster_id" >"$CLUSTER_ID_FILE"
    return 0
  fi
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    # A Kafka Uuid: 16 random bytes, base64url without padding (22 chars).
    head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$CLUSTER_ID_FILE"
  fi
  cluster_id="$(cat "$CLUSTER_ID_FILE")"
  log "formatting $DATA_DIR (cluster id $cluster_id)"
  # `--cluster-id=…` in one word: an id may start with '-' (base64url), which the tool
  # would otherwise take for an option ("argument --cluster-id/-t: expected one argument").
  kafka_tool kafka.tools.StorageTool format --cluster-id="$cluster_id" -c "$CONFIG" --ignore-formatted \
    >"$LOGS_DIR/format.log" 2>&1 || { cat "$LOGS_DIR/format.log" >&2; die "storage format failed"; }
}

# Byte offset of server.log when this start launched the broker, so a failure
# shows this run's lines and not the previous run's shutdown.
LOG_OFFSET=0

print_log_tail() {
  if [[ -s "$LOGS_DIR/kafka.out" ]]; then
    err "last lines of $LOGS_DIR/kafka.out:"
    tail -n 20 "$LOGS_DIR/kafka.out" >&2
  fi
  local f="$LOGS_DIR/server.log" size
  [[ -s "$f" ]] || return 0
  size="$(stat -c %s "$f")"
  if ((size > LOG_OFFSET)); then
    err "last lines of $f:"
    tail -c +"$((LOG_OFFSET + 1))" "$f" | tail -n 40 >&2
  elif ((size < LOG_OFFSET)); then
    err "last lines of $f:"
    tail -n 40 "$f" >&2 # rotated meanwhile
  fi
}

cmd_start() {
  local t0
  t0="$(now)"
  with_lock

  # The readiness check runs a Kafka CLI class, so the jars come first
  # (a no-op when they are already cached for this pom).
  fetch
  write_log4j

  # Idempotent: reuse whatever Kafka already answers on the port (ours from a
  # previous run, or one started by someone else).
  if broker_ready; then
    local pid
    pid="$(our_pid || true)"
    log "broker already running on $BOOTSTRAP${pid:+ (pid $pid)}; reusing it"
    return 0
  fi

  local pid
  if pid="$(our_pid)"; then
    # Our JVM is alive but not answering yet (e.g. still starting): wait for it
    # rather than launching a second broker on the same data dir.
    log "broker pid $pid is starting, waiting for it"
  else
    if port_open "$KAFKA_PORT"; then
      die "something that is not a ready Kafka broker listens on $BOOTSTRAP; free the port or set KAFKA_PORT"
    fi
    if port_open "$KAFKA_CONTROLLER_PORT"; then
      die "port $HOST:$KAFKA_CONTROLLER_PORT is in use; free it or set KAFKA_CONTROLLER_PORT"
    fi
    write_config
    format_storage

    LOG_OFFSET="$(stat -c %s "$LOGS_DIR/server.log" 2>/dev/null || echo 0)"
    log "starting broker on $BOOTSTRAP (controller $HOST:$KAFKA_CONTROLLER_PORT), logs in $LOGS_DIR"
    # setsid + nohup: the broker must outlive this shell and not receive the
    # terminal's Ctrl-C / the caller's process-group kill. The inner shell
    # writes its own pid and then execs java, so the pid file is the JVM's.
    # shellcheck disable=SC2086,SC2016  # KAFKA_HEAP_OPTS is a list of flags; $$ is for the inner shell
    setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
      java $KAFKA_HEAP_OPTS -server \
      -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
      -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
      -Dkafka.logs.dir="$LOGS_DIR" -Dlog4j.configuration="file:$LOG4J_CONFIG" \
      -cp "$LIBS_DIR/*" kafka.Kafka "$CONFIG" \
      </dev/null >"$LOGS_DIR/kafka.out" 2>&1 9>&- &
    # (9>&- : the broker must not inherit our lock fd, or it would hold the
    # lock for its whole life and block every later start/stop.)
    # Wait for the pid file written by the child.
    local _
    for _ in $(seq 1 50); do
      pid="$(our_pid || true)"
      [[ -n "$pid" ]] && break
      sleep 0.1
    done
    if [[ -z "$pid" ]]; then
      rm -f "$PID_FILE"
      print_log_tail
      die "broker JVM exited right after launch"
    fi
  fi

  local deadline=$((SECONDS + START_TIMEOUT))
  until broker_ready; do
    if ! kill -0 "$pid" 2>/dev/null; then
      print_log_tail
      rm -f "$PID_FILE"
      die "broker (pid $pid) exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      print_log_tail
      die "broker (pid $pid) not ready on $BOOTSTRAP after ${START_TIMEOUT}s (still running; 'kafka.sh stop' to kill it)"
    fi
    sleep 1
  done
  log "broker ready on $BOOTSTRAP (pid $pid) in $(elapsed "$t0") s"
}

cmd_stop() {
  with_lock
  local pid
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE"
    if port_open "$KAFKA_PORT"; then
      log "no broker started by this script; something else listens on $BOOTSTRAP (left alone)"
    else
      log "not running"
    fi
    return 0
  fi
  log "stopping broker (pid $pid)"
  # SIGTERM triggers Kafka's controlled shutdown (flushes logs, leaves the
  # data dir clean so the next start skips log recovery).
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      err "broker did not stop within ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  pid="$(our_pid || true)"
  if broker_ready; then
    if [[ -n "$pid" ]]; then
      log "running on $BOOTSTRAP (controller $HOST:$KAFKA_CONTROLLER_PORT), pid $pid"
    else
      log "running on $BOOTSTRAP (not started by this script)"
    fi
    return 0
  fi
  if ! jars_fresh && port_open "$KAFKA_PORT"; then
    # Without the jars we cannot ask the broker anything; report what we know.
    log "not running as far as we can tell: $BOOTSTRAP is open but jars are not fetched ('kafka.sh fetch' to check properly)"
    return 3
  fi
  if [[ -n "$pid" ]]; then
    log "not running: pid $pid is alive but $BOOTSTRAP does not answer (starting or stuck; see $LOGS_DIR/server.log)"
  elif port_open "$KAFKA_PORT"; then
    log "not running: $BOOTSTRAP is open but does not answer as a Kafka broker"
  else
    log "not running (port $KAFKA_PORT)"
  fi
  return 3
}

main() {
  local cmd="${1:-}"
  case "$cmd" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    fetch)
      with_lock
      fetch
      log "jars in $LIBS_DIR"
      ;;
    tool)
      shift
      [[ $# -ge 1 ]] || die "usage: kafka.sh tool CLASS [ARGS...]"
      (with_lock && fetch)
      write_log4j
      kafka_tool "$@"
      ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
