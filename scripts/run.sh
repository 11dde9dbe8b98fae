#!/usr/bin/env bash
# Starts the whole stack with the AppHost: the broker and PostgreSQL (containers where a container
# engine answers, else a private rabbitmq-server node and a private PostgreSQL cluster, installed
# here when missing) and every service. Their data is kept between runs.
#
#   ./scripts/run.sh            start, keeping the data of earlier runs
#   ./scripts/run.sh --reset    wipe the local broker's and PostgreSQL's data first
#
# Other arguments go to the AppHost. Stop it with Ctrl+C; the AppHost stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/prerequisites.sh

apphost_args=()
for argument in "$@"; do
  case "$argument" in
    --reset) export LocalData__Reset=true ;;
    *) apphost_args+=("$argument") ;;
  esac
done

if container_engine_answers; then
  in_containers=true
else
  in_containers=false
  ensure_rabbitmq_server
  ensure_postgresql_server
fi

# Ports of the AppHost's "http" launch profile (AppHost/Properties/launchSettings.json).
dashboard_port=15080
working_group_port=5201
# The services' HTTP/1.1 web ports (AppHost/AppHost.cs).
working_group_web_port=5211
# The programme dashboard (services/Dashboard/Cooperation.Dashboard/Properties/launchSettings.json).
programme_dashboard_port=5200
postgres_port=5271

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Wait up to $2 seconds for port $1.
wait_for_port() {
  for _ in $(seq 1 "$2"); do
    if port_open "$1"; then
      return 0
    fi
    sleep 1
  done
  return 1
}

# Tell the person where to look once the dashboard answers (the build comes first on a fresh clone).
announce_when_ready() {
  wait_for_port "$dashboard_port" 600 || return 0
  echo "Dashboard: http://localhost:$dashboard_port"
  if wait_for_port "$programme_dashboard_port" 120; then
    echo "Programme dashboard: http://localhost:$programme_dashboard_port"
  fi
  if wait_for_port "$working_group_port" 120; then
    echo "working-group gRPC (h2c): http://localhost:$working_group_port, web (HTTP/1.1): http://localhost:$working_group_web_port"
  fi
  if wait_for_port "$postgres_port" 60; then
    if [ "$in_containers" = true ]; then
      echo "PostgreSQL (container): 127.0.0.1:$postgres_port, user postgres, password on the dashboard (postgres resource)"
    else
      echo "PostgreSQL: 127.0.0.1:$postgres_port, e.g. psql -h 127.0.0.1 -p $postgres_port -U postgres workinggroupdb"
    fi
  fi
}

announce_when_ready &
announcer=$!

# The AppHost runs in the background so a TERM sent to this script (timeout, a supervisor) reaches
# it too; a shell waiting on a foreground command would die alone and leave the stack running.
dotnet run --project AppHost --launch-profile http ${apphost_args[@]+"${apphost_args[@]}"} &
apphost=$!
trap 'kill -TERM "$apphost" 2>/dev/null || true' INT TERM
trap 'kill "$announcer" 2>/dev/null || true' EXIT

status=0
wait "$apphost" || status=$?
# A trapped signal ends the first wait early; wait for the AppHost to finish stopping.
if kill -0 "$apphost" 2>/dev/null; then
  wait "$apphost" || status=$?
fi
exit "$status"
