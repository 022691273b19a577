#!/usr/bin/env bash
# Starts one replica from the layout deploy/prepare.sh made: the measured fastest launch
# (extracted jar + AppCDS archive, bench/RESULTS.md), with the heap bounded. Configuration
# comes from the environment (deploy/decisions.env.example lists it); no secret is written
# here or on the command line.
#
#   deploy/run-replica.sh [port, default 8080]
set -euo pipefail
home=${DECISIONS_HOME:-/opt/decisions}
exec ${JAVA:-java} \
  -Xms${DECISIONS_HEAP:-1g} -Xmx${DECISIONS_HEAP:-1g} \
  -XX:SharedArchiveFile="$home/app/service.jsa" -Xshare:auto \
  -jar "$home/app/service.jar" \
  --server.port="${1:-8080}"
