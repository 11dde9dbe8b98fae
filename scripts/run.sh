#!/usr/bin/env bash
# Starts the whole stack with the AppHost: the broker (a RabbitMQ container where a container
# engine answers, else a private rabbitmq-server, installed here when missing) and every service.
# Stop it with Ctrl+C; the AppHost stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

if ! container_engine_answers; then
  ensure_rabbitmq_server
fi

# Ports of the AppHost's "http" launch profile (AppHost/Properties/launchSettings.json).
dashboard_port=15080
working_group_port=5201

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Tell the person where to look once the dashboard answers (the build comes first on a fresh clone).
announce_when_ready() {
  for _ in $(seq 1 600); do
    if port_open "$dashboard_port"; then
      echo "Dashboard: http://localhost:$dashboard_port"
      for _ in $(seq 1 120); do
        if port_open "$working_group_port"; then
          echo "working-group gRPC (h2c): http://localhost:$working_group_port"
          return
        fi
        sleep 1
      done
      return
    fi
    sleep 1
  done
}

announce_when_ready &
announcer=$!
trap 'kill "$announcer" 2>/dev/null || true' EXIT

dotnet run --project AppHost --launch-profile http "$@"
