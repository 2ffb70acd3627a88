#!/usr/bin/env bash
# Tests retention/retentionsql against a real PostgreSQL server: installs
# Debian's postgresql when no server binaries are present, starts a
# throw-away server (no TCP, a Unix socket in a temporary directory, run as
# the postgres user when this script runs as root), runs the pgtest module's
# tests with RETENTIONSQL_PG_REQUIRED set (so a missing server fails rather
# than skips), and stops the server whatever happens.
#
# Extra arguments go to `go test`, e.g. to run the benchmarks:
#   .ci/postgres.sh -run '^$' -bench . -benchtime 3x
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
	step "apt-get install postgresql"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update
	apt-get install -y --no-install-recommends postgresql
fi
BIN=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

DIR=$(mktemp -d /tmp/retentionsql-pg.XXXXXX)
as_db() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	chown postgres:postgres "$DIR"
	as_db() { runuser -u postgres -- "$@"; }
fi

stop() {
	as_db "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$DIR"
}
trap stop EXIT

step "start PostgreSQL ($("$BIN/postgres" --version)) on $DIR"
as_db "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --no-sync >"$DIR/initdb.log" 2>&1 || {
	cat "$DIR/initdb.log"
	exit 1
}
# A test server: no durability needed, so no fsync; no TCP listener.
as_db "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
	-o "-k $DIR -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=2GB" \
	start >/dev/null || {
	cat "$DIR/server.log"
	exit 1
}

export RETENTIONSQL_PG="host=$DIR user=postgres dbname=postgres sslmode=disable"
export RETENTIONSQL_PG_REQUIRED=1

step "retention/retentionsql/pgtest: go vet, staticcheck, go mod tidy -diff, go test"
cd retention/retentionsql/pgtest
go vet ./...
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
go mod tidy -diff
go test -count=1 -timeout 20m "$@" ./...
