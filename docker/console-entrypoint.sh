#!/bin/sh
# Starts the console with the AOT cache when the image has one (it is trained at build time).
set -eu
cache=""
[ -f /app/console.aot ] && cache="-XX:AOTCache=/app/console.aot"
exec java $cache -Xlog:aot=off -jar /app/governance-console.jar \
  --governance.data-dir="${GOVERNANCE_DATA_DIR:-/var/lib/governance}" "$@"
