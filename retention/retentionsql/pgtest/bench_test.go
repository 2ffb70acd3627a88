package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/retention/retentionsql"
)

// benchAsOfs are a daily sweep's two cases: few records due (the host acts
// on them each day, so the table holds mostly records not yet due) and most
// records due (a first sweep over an old table).
var benchAsOfs = []struct {
	name string
	at   time.Time
}{
	{"few-due", time.Date(2018, 1, 15, 12, 0, 0, 0, time.UTC)},
	{"most-due", time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC)},
}

// BenchmarkSweep compares the sweep run inside PostgreSQL (the one query,
// without and with the (rule, trigger_day) index) with streaming every row
// out of the database into the in-process [retention.Sweeper.Sweep], over
// 1,000,000 rows, and 10,000,000 when RETENTIONSQL_PG_BENCH_10M is set.
// The indexes: none; a plain (rule, trigger_day) one; and the covering,
// partial one of [retentionsql.Sweeper.DDL]. Each plan is logged; with an
// index and few records due it must be an index scan on the (rule,
// trigger_day) range.
func BenchmarkSweep(b *testing.B) {
	db := openDB(b)
	s := schedule(b)
	sizes := []int{1_000_000}
	if os.Getenv("RETENTIONSQL_PG_BENCH_10M") != "" {
		sizes = append(sizes, 10_000_000)
	}
	for _, n := range sizes {
		name := fmt.Sprintf("bench_%d", n)
		sw, err := retentionsql.New(s, retentionsql.Table{Name: name, Index: name + "_due"})
		if err != nil {
			b.Fatal(err)
		}
		ensure(b, db, sw, s, name, n)
		plain := "CREATE INDEX " + name + "_due ON " + name + " (rule, trigger_day)"
		for _, index := range []struct{ name, ddl string }{
			{"none", ""}, {"plain", plain}, {"covering", sw.DDL()[1]},
		} {
			exec(b, db, "DROP INDEX IF EXISTS "+name+"_due")
			if index.ddl != "" {
				exec(b, db, index.ddl)
			}
			exec(b, db, "VACUUM ANALYZE "+name)
			for _, a := range benchAsOfs {
				q, err := sw.Query(a.at)
				if err != nil {
					b.Fatal(err)
				}
				plan := explain(b, db, q)
				if index.ddl != "" && a.name == "few-due" && !strings.Contains(plan, "Index Cond: ((rule = ") {
					b.Errorf("rows=%d, %s, index %s: the plan is no index range scan:\n%s", n, a.name, index.name, plan)
				}
				b.Run(fmt.Sprintf("rows=%d/%s/sql/index=%s", n, a.name, index.name), func(b *testing.B) {
					b.Logf("plan:\n%s", plan)
					due := 0
					for b.Loop() {
						due = 0
						for _, err := range sw.Sweep(context.Background(), db, a.at) {
							if err != nil {
								b.Fatal(err)
							}
							due++
						}
					}
					b.ReportMetric(float64(due), "due")
				})
			}
		}
		for _, a := range benchAsOfs {
			b.Run(fmt.Sprintf("rows=%d/%s/stream", n, a.name), func(b *testing.B) {
				due := 0
				for b.Loop() {
					due = 0
					w := s.Sweeper(a.at)
					var scanErr error
					for _, err := range w.Sweep(stream(db, s, name, &scanErr)) {
						if err != nil {
							b.Fatal(err)
						}
						due++
					}
					if scanErr != nil {
						b.Fatal(scanErr)
					}
				}
				b.ReportMetric(float64(due), "due")
			})
		}
	}
}

// ensure leaves table name holding the n generated records, loading them
// only when it does not already (the benchmarks' runs share the table).
func ensure(b *testing.B, db *sql.DB, sw *retentionsql.Sweeper, s *retention.Schedule, name string, n int) {
	var count int
	err := db.QueryRowContext(context.Background(), "SELECT count(*) FROM "+retentionsql.Quote(name)).Scan(&count)
	if err == nil && count == n {
		return
	}
	start := time.Now()
	load(b, db, sw, s, name, generate(s, n, 3))
	b.Logf("loaded %d rows in %v", n, time.Since(start).Round(time.Millisecond))
}

// stream reads every row of the table into records, as a host without
// retentionsql would; a read error ends the stream and is left in *errp.
func stream(db *sql.DB, s *retention.Schedule, name string, errp *error) iter.Seq[retention.Record] {
	return func(yield func(retention.Record) bool) {
		rows, err := db.QueryContext(context.Background(), "SELECT id, rule, trigger_day, held FROM "+retentionsql.Quote(name))
		if err != nil {
			*errp = err
			return
		}
		defer rows.Close()
		for rows.Next() {
			var (
				id   int64
				rule string
				day  sql.NullTime
				held bool
			)
			if err := rows.Scan(&id, &rule, &day, &held); err != nil {
				*errp = err
				return
			}
			ref, ok := s.Ref(rule)
			if !ok {
				*errp = fmt.Errorf("record %d: unknown rule %q", id, rule)
				return
			}
			r := retention.Record{ID: uint64(id), Rule: ref, Held: held}
			if day.Valid {
				r.Trigger = retention.DayFromYMD(day.Time.Date())
			}
			if !yield(r) {
				return
			}
		}
		*errp = rows.Err()
	}
}
