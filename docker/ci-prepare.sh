#!/bin/sh
# CI only (.ci/run starts it in the background): a Docker engine and a local base image for
# tests/integration/test_docker.py, prepared while the rest of CI installs and runs. Installs
# Debian's docker.io and mmdebstrap when missing (root only), starts dockerd when none answers, and
# makes the base image with make-base.sh when it is not there yet.
#
# Writes "ok", or the reason there is no Docker, to the file $1; the test waits for that file and
# skips with the reason. Never fails CI by itself. The dockerd it starts stays in this process group,
# which .ci/run ends on exit.
set -u
status=$1
here=$(cd "$(dirname "$0")" && pwd)

finish() {
    printf '%s\n' "$*" > "$status.tmp" && mv "$status.tmp" "$status"
    exit 0
}

apt_install() {
    [ "$(id -u)" = 0 ] || finish "not root: cannot apt-get install $*"
    command -v apt-get > /dev/null || finish "no apt-get to install $*"
    if [ -z "${apt_updated:-}" ]; then
        timeout 120 apt-get update -q > /dev/null || finish "apt-get update failed"
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -q "$@" \
        > /dev/null || finish "apt-get install $* failed"
}

if ! docker info > /dev/null 2>&1; then
    command -v dockerd > /dev/null || apt_install docker.io
    dockerd > "$status.dockerd.log" 2>&1 &
    i=0
    until docker info > /dev/null 2>&1; do
        i=$((i + 1))
        [ "$i" -le 60 ] || finish "dockerd did not start in 30s: $(tail -n 1 "$status.dockerd.log")"
        kill -0 $! 2> /dev/null || finish "dockerd exited: $(tail -n 1 "$status.dockerd.log")"
        sleep 0.5
    done
fi
if ! command -v docker-compose > /dev/null && ! docker compose version > /dev/null 2>&1; then
    apt_install docker-compose  # for the compose test; small once docker.io is there
fi
if ! docker image inspect pgsnapdiff-base > /dev/null 2>&1; then
    command -v mmdebstrap > /dev/null || command -v debootstrap > /dev/null || apt_install mmdebstrap
    "$here/make-base.sh" pgsnapdiff-base || finish "make-base.sh failed (see the log)"
fi
finish ok
