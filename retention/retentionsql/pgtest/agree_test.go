package pgtest

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver

	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/retention/retentionsql"
)

// asOfs are the as-of dates of the agreement test: 29 February, the last
// day of a February without one, a month's 31st, and an ordinary day; each
// at noon in London.
var asOfs = []time.Time{
	time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC),
	time.Date(2025, 2, 28, 12, 0, 0, 0, time.UTC),
	time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC),
	time.Date(2018, 6, 15, 12, 0, 0, 0, time.UTC),
}

// TestAgreement loads the records into PostgreSQL and checks that the
// query returns exactly the due records the in-process sweep yields, with
// the same action and overdue status, for the one query of all rules and
// for the per-rule queries.
func TestAgreement(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	s := schedule(t)
	n := rows(t)
	recs := generate(s, n, 1)
	sw, err := retentionsql.New(s, retentionsql.Table{Name: "agree"})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	load(t, db, sw, s, "agree", recs)
	exec(t, db, sw.DDL()[1], "VACUUM ANALYZE agree")
	t.Logf("loaded %d records and built the index in %v", n, time.Since(start).Round(time.Millisecond))

	// The predicate is index-friendly: with sequential scans and hash
	// joins set aside, the plan is an index range scan per rule. (The
	// plan is the same for every as-of date, since the planner does not
	// see the cutoffs through the VALUES list; whether it prefers the
	// index unprompted depends on ANALYZE's sample, so the plan it picks
	// is only logged.)
	q, err := sw.Query(asOfs[0])
	if err != nil {
		t.Fatal(err)
	}
	if plan := explainIndexable(t, db, q); !strings.Contains(plan, "Index Cond: ((rule = ") {
		t.Errorf("the predicate cannot use the index on (rule, trigger_day):\n%s", plan)
	}
	t.Logf("plan the planner picks:\n%s", explain(t, db, q))
	for _, asOf := range asOfs {
		want := sweepWant(t, s, recs, asOf)
		start := time.Now()
		var got []retention.DueRecord
		for d, err := range sw.Sweep(ctx, db, asOf) {
			if err != nil {
				t.Fatalf("as of %s: %v", asOf.Format(time.DateOnly), err)
			}
			got = append(got, d)
		}
		t.Logf("as of %s: %d of %d records due (query and read in %v)", asOf.Format(time.DateOnly), len(got), n,
			time.Since(start).Round(time.Millisecond))
		compare(t, "one query, as of "+asOf.Format(time.DateOnly), got, want)

		// The per-rule queries together give the same records.
		got = got[:0]
		for r := range s.Rules() {
			q, err := sw.RuleQuery(asOf, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, collect(t, db, s, asOf, q)...)
		}
		compare(t, "per-rule queries, as of "+asOf.Format(time.DateOnly), got, want)
	}
}

// sweepWant is the in-process sweep's answer.
func sweepWant(t *testing.T, s *retention.Schedule, recs []retention.Record, asOf time.Time) []retention.DueRecord {
	var want []retention.DueRecord
	for d, err := range s.Sweep(slices.Values(recs), asOf) {
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, d)
	}
	return want
}

// collect runs one query and reads its rows as the due records the schedule
// gives for them, checking the query's overdue column.
func collect(t *testing.T, db *sql.DB, s *retention.Schedule, asOf time.Time, q retentionsql.Query) []retention.DueRecord {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), q.SQL, q.Args...)
	if err != nil {
		t.Fatalf("%s\n%v", q.SQL, err)
	}
	defer rows.Close()
	w := s.Sweeper(asOf)
	var out []retention.DueRecord
	for rows.Next() {
		var (
			id      int64
			rule    string
			day     time.Time
			overdue bool
		)
		if err := rows.Scan(&id, &rule, &day, &overdue); err != nil {
			t.Fatal(err)
		}
		r, err := s.Record(uint64(id), rule, day, false)
		if err != nil {
			t.Fatal(err)
		}
		r.Trigger = retention.DayFromYMD(day.Date())
		d, due, err := w.Check(r)
		if err != nil || !due || d.Overdue != overdue {
			t.Fatalf("record %d (%s, %s): due %v, overdue %v in Go, overdue %v in SQL, %v", id, rule,
				r.Trigger, due, d.Overdue, overdue, err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// compare checks that got holds the records of want, in any order.
func compare(t *testing.T, what string, got, want []retention.DueRecord) {
	t.Helper()
	byID := func(a, b retention.DueRecord) int { return cmp.Compare(a.Record.ID, b.Record.ID) }
	slices.SortFunc(got, byID)
	slices.SortFunc(want, byID)
	type key struct {
		rec     retention.Record
		action  retention.Action
		overdue bool
	}
	var diffs []string
	i, j := 0, 0
	for i < len(got) || j < len(want) {
		switch {
		case j == len(want) || i < len(got) && got[i].Record.ID < want[j].Record.ID:
			diffs = append(diffs, "extra in SQL: "+describe(got[i]))
			i++
		case i == len(got) || want[j].Record.ID < got[i].Record.ID:
			diffs = append(diffs, "missing from SQL: "+describe(want[j]))
			j++
		default:
			g, w := got[i], want[j]
			if (key{g.Record, g.Action, g.Overdue}) != (key{w.Record, w.Action, w.Overdue}) {
				diffs = append(diffs, "SQL "+describe(g)+", sweep "+describe(w))
			}
			i++
			j++
		}
	}
	if len(diffs) > 0 {
		t.Errorf("%s: %d differences from the in-process sweep (%d in SQL, %d in the sweep), first:\n%s",
			what, len(diffs), len(got), len(want), strings.Join(diffs[:min(len(diffs), 10)], "\n"))
	}
}

func describe(d retention.DueRecord) string {
	return "record " + strconv.FormatUint(d.Record.ID, 10) + " rule " + d.Rule().ID + " trigger " + d.Record.Trigger.String() +
		" " + d.Status().String()
}
