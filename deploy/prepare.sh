#!/usr/bin/env bash
# Prepares the fastest-starting layout of the service from service/target/service.jar, once
# per release (at image build or on each host after an upgrade; bench/RESULTS.md measures it):
#   1. the extracted jar (java -Djarmode=tools extract): the nested-jar class loader is slower;
#   2. an AppCDS archive from a training run that starts the context and stops
#      (-Dspring.context.exit=onRefresh), with the same JDK and jar as production.
# The training run needs no database: it uses a throwaway H2 under a temporary folder.
#
#   deploy/prepare.sh [service.jar] [destination folder, default /opt/decisions]
set -euo pipefail
jar=${1:-service/target/service.jar}
dest=${2:-/opt/decisions}
java=${JAVA:-java}
rm -rf "$dest/app"
mkdir -p "$dest"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest/app"
name=$(basename "$jar")
[ "$name" = service.jar ] || mv "$dest/app/$name" "$dest/app/service.jar"
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
DECISION_API_KEYS=training ADMIN_API_KEYS=training DECISIONS_DATA_DIR="$training" \
  "$java" -XX:ArchiveClassesAtExit="$dest/app/service.jsa" -Dspring.context.exit=onRefresh \
  -jar "$dest/app/service.jar" --server.port=0 >"$training/training.log" 2>&1 || {
    tail -20 "$training/training.log" >&2; exit 1; }
ls -l "$dest/app/service.jar" "$dest/app/service.jsa"
