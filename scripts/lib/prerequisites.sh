#!/usr/bin/env bash
# Sourced by run.sh and test.sh. Makes sure the servers the stack and the tests run can be had:
# a container engine that answers, or Debian's rabbitmq-server package, and PostgreSQL's server
# binaries for the integration tests (each installed here when missing). Nothing is started: the
# AppHost and the integration tests start private brokers and clusters themselves.

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

# The integration tests run a private cluster from /usr/lib/postgresql/*/bin (initdb, pg_ctl).
ensure_postgresql_server() {
  if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    return 0
  fi
  apt_install postgresql || return 1
  # The package may start a system cluster on 5432; the tests start their own, so stop that one.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet postgresql 2>/dev/null; then
    systemctl stop postgresql 2>/dev/null || sudo systemctl stop postgresql || true
  fi
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || { echo "postgresql did not install." >&2; return 1; }
}
