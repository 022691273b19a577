#!/usr/bin/env bash
# Cold start of the service, process start to readiness UP, for each launch the issue asks
# to compare: the plain jar, the extracted jar, extracted + AppCDS (deploy/prepare.sh), and
# the same with Spring AOT when the jar was built with -Paot. N starts each, on H2 in a
# throwaway folder, on a free loopback port; every process is stopped by its own PID.
#
#   bench/coldstart.sh [service.jar] [starts, default 3]
set -euo pipefail
jar=$(readlink -f "${1:-service/target/service.jar}")
starts=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/deploy/prepare.sh" "$jar" "$work/cds" >/dev/null
aot=no
if unzip -l "$jar" | grep -q '__BeanFactoryRegistrations\|__BeanDefinitions'; then
  aot=yes
  mkdir -p "$work/aot"
  java -Djarmode=tools -jar "$jar" extract --destination "$work/aot/app" >/dev/null
  [ "$(basename "$jar")" = service.jar ] || mv "$work/aot/app/$(basename "$jar")" "$work/aot/app/service.jar"
  DECISION_API_KEYS=t ADMIN_API_KEYS=t DECISIONS_DATA_DIR="$work/aot/training" \
    java -XX:ArchiveClassesAtExit="$work/aot/app/service.jsa" -Dspring.aot.enabled=true \
    -Dspring.context.exit=onRefresh -jar "$work/aot/app/service.jar" --server.port=0 >"$work/aot/training.log" 2>&1
fi
start_once() { # java options...
  local port data pid t0 t1
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  data=$(mktemp -d -p "$work")
  t0=$(date +%s%N)
  DECISION_API_KEYS=t ADMIN_API_KEYS=t DECISIONS_DATA_DIR="$data" \
    java -Xms1g -Xmx1g "$@" --server.port="$port" --server.address=127.0.0.1 >"$data/log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "died: $(tail -3 "$data/log")" >&2; return 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
measure() { # name options...
  local name=$1; shift
  local all=()
  for _ in $(seq "$starts"); do all+=("$(start_once "$@")"); done
  local median
  median=$(printf '%s\n' "${all[@]}" | sort -n | sed -n "$(( (starts + 1) / 2 ))p")
  printf '| %s | %s | %s |\n' "$name" "$(IFS=', '; echo "${all[*]}")" "$median"
}
echo "Cold start to readiness, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), -Xms1g -Xmx1g"
echo
echo "| launch | ready, ms (each start) | median ms |"
echo "|---|---|---:|"
measure "java -jar service.jar" -jar "$jar"
measure "extracted jar" -jar "$work/cds/app/service.jar"
measure "extracted + AppCDS (deploy/run-replica.sh)" -XX:SharedArchiveFile="$work/cds/app/service.jsa" -jar "$work/cds/app/service.jar"
if [ "$aot" = yes ]; then
  measure "extracted + AppCDS + Spring AOT" -XX:SharedArchiveFile="$work/aot/app/service.jsa" -Dspring.aot.enabled=true -jar "$work/aot/app/service.jar"
else
  echo "| Spring AOT | not in this jar (build with mvn -Paot) | |"
fi
