#!/bin/sh
# A scratch PostgreSQL 18 for docker/compose.yaml, from the binaries already in the pgsnapdiff image:
# no other image to pull. Data lives in the container and goes with it. Password auth over TCP
# (POSTGRES_PASSWORD, default "scratch"); trust only on the container's own Unix socket.
set -eu
PGDATA=${PGDATA:-/tmp/pgdata}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    pwfile=$(mktemp)
    printf '%s\n' "${POSTGRES_PASSWORD:-scratch}" > "$pwfile"
    /opt/postgresql/bin/initdb --pgdata "$PGDATA" --username postgres --pwfile "$pwfile" \
        --auth-local trust --auth-host scram-sha-256 --no-sync --no-instructions > /dev/null
    rm -f "$pwfile"
    echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
fi
exec /opt/postgresql/bin/postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/tmp
