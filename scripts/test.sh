#!/usr/bin/env bash
# Runs every test of the suite and ends with one plain line: "N passed, N failed, N skipped".
# Integration tests start private RabbitMQ brokers and PostgreSQL clusters themselves; this only
# makes sure the binaries are installed.
# Exits non-zero when a test failed, the build failed, or no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

# The integration tests start private brokers and clusters from these binaries, engine or not.
ensure_rabbitmq_server
ensure_postgresql_server

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

status=0
dotnet test Cooperation.sln --logger "trx" --results-directory "$results" "$@" || status=$?

# Sum the <Counters .../> of every TRX file (one per test project) with awk alone: a fresh
# machine may have no python.
summary=$(find "$results" -name '*.trx' -exec grep -ho '<Counters [^>]*>' {} + 2>/dev/null | awk '
  function count(name) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
  { passed += count("passed")
    failed += count("failed") + count("error") + count("timeout") + count("aborted")
    # A skipped test is counted in total but not in executed (notExecuted stays 0 for it).
    skipped += count("total") - count("executed") }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }')
[ -n "$summary" ] || summary="0 passed, 0 failed, 0 skipped"
echo "$summary"

read -r passed _ failed _ <<<"$summary"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
