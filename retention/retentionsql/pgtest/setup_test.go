package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/retention/retentionsql"
)

// openDB connects to the server RETENTIONSQL_PG names, or skips the test
// (fails it when RETENTIONSQL_PG_REQUIRED is set, as .ci/postgres.sh does).
func openDB(tb testing.TB) *sql.DB {
	tb.Helper()
	required := os.Getenv("RETENTIONSQL_PG_REQUIRED") != ""
	miss := func(msg string) {
		if required {
			tb.Fatal(msg + " (RETENTIONSQL_PG_REQUIRED is set, so this is a failure)")
		}
		tb.Skip(msg + "; run .ci/postgres.sh to start a server and run these tests against it")
	}
	dsn := os.Getenv("RETENTIONSQL_PG")
	if dsn == "" {
		miss("RETENTIONSQL_PG is not set: no PostgreSQL server to test against")
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		miss("RETENTIONSQL_PG: " + err.Error())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		miss("cannot reach the PostgreSQL server of RETENTIONSQL_PG: " + err.Error())
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// rows returns the number of records of the agreement test.
func rows(tb testing.TB) int {
	if s := os.Getenv("RETENTIONSQL_PG_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			tb.Fatalf("RETENTIONSQL_PG_ROWS = %q: want a positive number", s)
		}
		return n
	}
	return 1_000_000
}

// schedule has a rule of each computable kind, month and year periods (the
// month ends and 29 February), a compound period, a grace period of each
// unit, a maximum floored by a statutory minimum, and a criteria rule that
// is never due.
func schedule(tb testing.TB) *retention.Schedule {
	tb.Helper()
	s, err := retention.NewSchedule([]retention.Rule{
		{ID: "m1", Data: "enquiry", Kind: retention.After, Trigger: retention.Collection,
			Period: retention.Months(1), Grace: retention.Months(1), Action: retention.Delete, Reason: "answer the enquiry"},
		{ID: "y1", Data: "event", Kind: retention.After, Trigger: retention.LastActivity,
			Period: retention.Years(1), Grace: retention.Days(30), Action: retention.Anonymise, Reason: "run the event"},
		{ID: "y1m6d3", Data: "contract", Kind: retention.After, Trigger: retention.EndOfContract,
			Period: retention.Period{Years: 1, Months: 6, Days: 3}, Action: retention.Review, Reason: "contract claims"},
		{ID: "w2", Data: "request", Kind: retention.After, Trigger: retention.SubjectRequest,
			Period: retention.Days(14), Action: retention.Delete, Reason: "answer the request"},
		{ID: "max2", Data: "payroll", Kind: retention.After, Trigger: retention.EndOfTaxYear,
			Period: retention.Years(2), Grace: retention.Months(6), Action: retention.Delete, Reason: "pay staff"},
		{ID: "min3", Data: "payroll", Kind: retention.Minimum, Trigger: retention.EndOfTaxYear,
			Period: retention.Years(3), Action: retention.Delete, Reason: "PAYE records", Law: "Income Tax (PAYE) Regulations 2003 reg. 97"},
		{ID: "until", Data: "directory", Kind: retention.Until, Trigger: retention.EndOfMembership,
			Grace: retention.Days(30), Action: retention.Delete, Reason: "member directory"},
		{ID: "m6", Data: "account", Kind: retention.After, Trigger: retention.AccountInactivity,
			Period: retention.Months(6), Grace: retention.Months(12), Action: retention.Delete, Reason: "accounts"},
		{ID: "crit", Data: "archive", Kind: retention.Criteria, Criteria: "kept while of historical interest", Reason: "archive"},
	})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// generate returns n records with IDs 1 to n: rules uniformly, trigger days
// from 2016 to 2026 with two in five on the last four days of a month (29
// February included), one in thirty with no trigger, one in twenty held.
func generate(s *retention.Schedule, n int, seed uint64) []retention.Record {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	first := retention.DayFromYMD(2016, 1, 1)
	last := retention.DayFromYMD(2026, 12, 31)
	recs := make([]retention.Record, n)
	for i := range recs {
		rec := retention.Record{ID: uint64(i + 1), Rule: retention.Ref(r.IntN(s.Len())), Held: r.IntN(20) == 0}
		switch k := r.IntN(30); {
		case k == 0:
			// no trigger yet
		case k < 12:
			y, m := 2016+r.IntN(11), time.Month(1+r.IntN(12))
			end := retention.DayFromYMD(y, m+1, 0) // the month's last day
			rec.Trigger = end - retention.Day(r.IntN(4))
		default:
			rec.Trigger = first + retention.Day(r.IntN(int(last-first)+1))
		}
		recs[i] = rec
	}
	return recs
}

// load creates table name (dropping an older one) and copies recs into it,
// without the index.
func load(tb testing.TB, db *sql.DB, sw *retentionsql.Sweeper, s *retention.Schedule, name string, recs []retention.Record) {
	tb.Helper()
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "DROP TABLE IF EXISTS "+retentionsql.Quote(name)); err != nil {
		tb.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, sw.DDL()[0]); err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, 0, s.Len())
	for r := range s.Rules() {
		ids = append(ids, r.ID)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		c := dc.(*stdlib.Conn).Conn()
		i := 0
		src := pgx.CopyFromFunc(func() ([]any, error) {
			if i == len(recs) {
				return nil, nil
			}
			r := recs[i]
			i++
			var day pgtype.Date
			if r.Trigger != 0 {
				day = pgtype.Date{Time: r.Trigger.Time(time.UTC), Valid: true}
			}
			return []any{int64(r.ID), ids[r.Rule], day, r.Held}, nil
		})
		n, err := c.CopyFrom(ctx, pgx.Identifier{name}, []string{"id", "rule", "trigger_day", "held"}, src)
		if err == nil && int(n) != len(recs) {
			err = fmt.Errorf("copied %d rows of %d", n, len(recs))
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// exec runs statements, failing the test on the first error.
func exec(tb testing.TB, db *sql.DB, stmts ...string) {
	tb.Helper()
	for _, q := range stmts {
		if _, err := db.ExecContext(context.Background(), q); err != nil {
			tb.Fatalf("%s: %v", q, err)
		}
	}
}

// explain returns the plan of q.
func explain(tb testing.TB, db *sql.DB, q retentionsql.Query) string {
	tb.Helper()
	return explainOn(tb, db, q, nil)
}

// explainIndexable returns the plan of q with sequential scans and hash
// joins discouraged for that one statement, which shows whether the
// predicate can be answered by an index range scan at all. Whether the
// planner prefers the index on its own depends on the share of rows due
// and on the statistics ANALYZE samples, so that is not a stable fact.
func explainIndexable(tb testing.TB, db *sql.DB, q retentionsql.Query) string {
	tb.Helper()
	return explainOn(tb, db, q, []string{"SET LOCAL enable_seqscan = off", "SET LOCAL enable_hashjoin = off"})
}

func explainOn(tb testing.TB, db *sql.DB, q retentionsql.Query, settings []string) string {
	tb.Helper()
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	for _, set := range settings {
		if _, err := tx.ExecContext(ctx, set); err != nil {
			tb.Fatal(err)
		}
	}
	rows, err := tx.QueryContext(ctx, "EXPLAIN "+q.SQL, q.Args...)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var plan string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			tb.Fatal(err)
		}
		plan += line + "\n"
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return plan
}
