#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server on a free loopback port, with
# BMK_TEST_POSTGRES_URL pointing at it; the server and its files are removed afterwards.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/bmk-postgres.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# PostgreSQL refuses to run as root: use its own system user then.
as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[[ $(id -u) == 0 ]] && chown postgres: "$dir"

as_postgres "$bin/initdb" --pgdata="$dir/data" --username=bmk --auth=trust >/dev/null
as_postgres "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_postgres "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast stop >/dev/null; rm -rf "$dir"' EXIT

export BMK_TEST_POSTGRES_URL="postgres://bmk@127.0.0.1:$port/postgres"
"$@"
