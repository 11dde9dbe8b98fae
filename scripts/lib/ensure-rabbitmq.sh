#!/usr/bin/env bash
# Sourced by run.sh and test.sh. Makes sure a message broker can be had: a container engine that
# answers, or Debian's rabbitmq-server package (installed here when missing). Nothing is started:
# the AppHost and the integration tests start private brokers themselves.

# The path the AppHost runs; /usr/sbin/rabbitmq-server is a wrapper that switches to the rabbitmq user.
RABBITMQ_SERVER_BIN=/usr/lib/rabbitmq/bin/rabbitmq-server

container_engine_answers() {
  local engine="${ASPIRE_CONTAINER_RUNTIME:-docker}"
  command -v "$engine" >/dev/null 2>&1 && timeout 5 "$engine" info >/dev/null 2>&1
}

ensure_rabbitmq_server() {
  if [ -x "$RABBITMQ_SERVER_BIN" ]; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "rabbitmq-server is missing and this is no Debian/Ubuntu machine: install RabbitMQ, or start Docker." >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
  fi
  echo "Installing rabbitmq-server (apt-get)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq rabbitmq-server >/dev/null
  # The package may start a system broker on 5672; the stack starts its own, so stop that one.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet rabbitmq-server 2>/dev/null; then
    $sudo systemctl stop rabbitmq-server || true
  fi
  [ -x "$RABBITMQ_SERVER_BIN" ] || { echo "rabbitmq-server did not install." >&2; return 1; }
}
