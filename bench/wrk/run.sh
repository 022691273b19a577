#!/usr/bin/env bash
# wrk against a running service: a trivial request beside the decision, so that every run
# reports the ratio decision ÷ trivial request (issue 18). Also the service's CPU time per
# request (from /proc/PID/stat), which a busy shared machine disturbs less than req/s.
#
#   bench/wrk/run.sh BASE_URL CALLER_KEY [SERVICE_PID] [SECONDS] [CONNECTIONS]
#
# e.g. bench/wrk/run.sh http://127.0.0.1:8080 caller-secret $(pgrep -n -f service.jar) 10 16
# Loopback only. Prints one Markdown table row per endpoint, then the ratios.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=$1 key=$2 pid=${3:-} seconds=${4:-10} connections=${5:-16}
case "$base" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback only" >&2; exit 2 ;; esac
cpu_ticks() { [ -n "$pid" ] && awk '{print $14+$15}' "/proc/$pid/stat" || echo 0; }
declare -A rate cpu
run() { # name path [script]
  local name=$1 path=$2 script=${3:-} out t0 t1 n
  t0=$(cpu_ticks)
  if [ -n "$script" ]; then
    out=$(KEY=$key BODY="$here/allow-departure.json" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/$script" "$base$path")
  else
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$path")
  fi
  t1=$(cpu_ticks)
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  rate[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  cpu[$name]=$(( n > 0 ? (t1 - t0) * 10000000 / n / 1000 : 0 ))
  local errors
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${rate[$name]}" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" \
    "${errors:-0}" "${cpu[$name]}" "$n"
}
echo "wrk -t2 -c$connections -d${seconds}s, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| request | req/s | p50 | p99 | non-2xx | service CPU µs/request | requests |"
echo "|---|---:|---:|---:|---:|---:|---:|"
run "liveness (no key)" /actuator/health/liveness
run "GET /api/v1/ruleset (key)" /api/v1/ruleset get.lua
run "POST departure, ALLOW, logged" /api/v1/decisions/departure post.lua
echo
awk -v d="${rate[POST departure, ALLOW, logged]}" -v g="${rate[GET /api/v1/ruleset (key)]}" \
    -v dc="${cpu[POST departure, ALLOW, logged]}" -v gc="${cpu[GET /api/v1/ruleset (key)]}" \
    'BEGIN { printf "Ratio decision ÷ trivial request (GET /api/v1/ruleset): throughput %.2f, CPU per request %.1f×\n", g/d, (gc>0 ? dc/gc : 0) }'
