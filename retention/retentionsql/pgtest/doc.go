// Package pgtest holds the tests of retentionsql against a real PostgreSQL
// server. It is a module of its own, so that the library module needs no
// driver and its `go test ./...` no server. .ci/postgres.sh starts a
// server on a Unix socket and runs these tests with:
//
//	RETENTIONSQL_PG           a connection string, such as "host=/tmp/pg user=postgres dbname=postgres"
//	RETENTIONSQL_PG_REQUIRED  when set, a missing server fails the tests instead of skipping them
//	RETENTIONSQL_PG_ROWS      records in the agreement test (default 1000000)
//	RETENTIONSQL_PG_BENCH_10M when set, the benchmarks run over 10,000,000 rows too
package pgtest
