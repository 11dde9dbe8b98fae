#!/usr/bin/env bash
# Sourced by run.sh and test.sh. Makes sure the servers the stack and the tests run can be had:
# a container engine that answers, or Debian's rabbitmq-server and postgresql packages (each
# installed here when missing). Nothing is started, and a system broker or cluster the packages
# start is stopped: the AppHost and the integration tests run private brokers and clusters.

# The path the AppHost runs; /usr/sbin/rabbitmq-server is a wrapper that switches to the rabbitmq user.
RABBITMQ_SERVER_BIN=/usr/lib/rabbitmq/bin/rabbitmq-server

container_engine_answers() {
  local engine="${ASPIRE_CONTAINER_RUNTIME:-docker}"
  command -v "$engine" >/dev/null 2>&1 && timeout 5 "$engine" info >/dev/null 2>&1
}

# apt-get install PACKAGE..., as root or through sudo.
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$* missing and this is no Debian/Ubuntu machine: install them by hand." >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
  fi
  echo "Installing $* (apt-get)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

ensure_rabbitmq_server() {
  if [ -x "$RABBITMQ_SERVER_BIN" ]; then
    return 0
  fi
  apt_install rabbitmq-server || return 1
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
  fi
  # The package may start a system broker on 5672; the stack starts its own, so stop that one.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet rabbitmq-server 2>/dev/null; then
    $sudo systemctl stop rabbitmq-server || true
  fi
  [ -x "$RABBITMQ_SERVER_BIN" ] || { echo "rabbitmq-server did not install." >&2; return 1; }
}

# The AppHost and the integration tests run a private cluster from /usr/lib/postgresql/*/bin
# (postgres, initdb, pg_ctl).
POSTGRES_SERVER_GLOB="/usr/lib/postgresql/*/bin/postgres"

ensure_postgresql_server() {
  if compgen -G "$POSTGRES_SERVER_GLOB" >/dev/null; then
    return 0
  fi
  apt_install postgresql || return 1
  stop_system_postgresql
  compgen -G "$POSTGRES_SERVER_GLOB" >/dev/null || { echo "postgresql did not install." >&2; return 1; }
}

# The package starts a system cluster on 5432 (through systemd, or its init script where there is
# no systemd); the stack starts its own, so stop that one.
stop_system_postgresql() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
  fi
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet postgresql 2>/dev/null; then
    $sudo systemctl stop postgresql || true
  fi
  if command -v pg_lsclusters >/dev/null 2>&1; then
    local version cluster
    # pg_lsclusters -h: "version cluster port status owner data-directory log-file", one a line.
    while read -r version cluster _ status _; do
      if [ "$status" = online ]; then
        $sudo pg_ctlcluster --mode fast "$version" "$cluster" stop || true
      fi
    done < <(pg_lsclusters -h 2>/dev/null)
  fi
}
