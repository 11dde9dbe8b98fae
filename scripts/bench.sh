#!/usr/bin/env bash
# Runs the benchmarks: each prints its table and writes it to bench/results/<scenario>.md.
#
#   ./scripts/bench.sh              every scenario, one after another (rpc, events, data, start, stream)
#   ./scripts/bench.sh read         one of: read write rpc events data start stream
#
# The services run from their Release build output and the stack start from the AppHost's build,
# so both are built first. Every figure is a ratio to a baseline measured in the same run, or a
# figure with the machine's load average beside it: on a shared machine, repeat and compare.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh
ensure_rabbitmq_server
ensure_postgresql_server
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed to pin servers and load generator to different cores." >&2; exit 1; }

scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ] || [ "${scenarios[0]}" = all ]; then
  scenarios=(rpc events data start stream)
fi

for service in WorkingGroup Training CapacityBuilding Metrics; do
  dotnet build -c Release -v q -nologo "services/$service/Cooperation.$service"
done
dotnet build -c Release -v q -nologo bench/Cooperation.Bench
if [[ " ${scenarios[*]} " == *" start "* ]]; then
  dotnet build -v q -nologo AppHost
fi

status=0
for scenario in "${scenarios[@]}"; do
  echo "== $scenario (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  dotnet bench/Cooperation.Bench/bin/Release/net10.0/Cooperation.Bench.dll "$scenario" || status=$?
done
exit "$status"
