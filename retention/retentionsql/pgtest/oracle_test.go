package pgtest

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/retention/retentionsql"
)

// TestIntervalArithmetic is the second oracle, on days: PostgreSQL's
// date + interval for every day from 1900 to 2100 and each period against
// [retention.Period.AddToDay]. PostgreSQL adds an interval's months (its
// years are twelve months each) first, keeping the day of the month but
// clamping it to the month's last day, then its days: the XML Schema rule
// the library follows, so no day may differ. [time.Time.AddDate], which
// normalises 31 January + 1 month to 2 or 3 March, is counted for contrast.
func TestIntervalArithmetic(t *testing.T) {
	db := openDB(t)
	periods := []string{"P1D", "P14D", "P30D", "P1M", "P6M", "P12M", "P13M", "P1Y", "P2Y", "P3Y", "P6Y",
		"P1Y6M3D", "P1M1D", "P1Y1M29D", "P40Y"}
	const sql = `SELECT CAST(d AS date), CAST(d + CAST($1 AS interval) AS date)
FROM generate_series(CAST('1900-01-01' AS timestamp), CAST('2100-12-31' AS timestamp), CAST('P1D' AS interval)) AS d`
	for _, ps := range periods {
		p := retention.MustParsePeriod(ps)
		rows, err := db.QueryContext(context.Background(), sql, ps)
		if err != nil {
			t.Fatal(err)
		}
		var diffs []string
		days, addDate := 0, 0
		for rows.Next() {
			var from, to time.Time
			if err := rows.Scan(&from, &to); err != nil {
				t.Fatal(err)
			}
			days++
			d := retention.DayFromYMD(from.Date())
			pg := retention.DayFromYMD(to.Date())
			if got := p.AddToDay(d); got != pg {
				diffs = append(diffs, d.String()+" + "+ps+": PostgreSQL "+pg.String()+", retention "+got.String())
			}
			if from.AddDate(p.Years, p.Months, p.Days).Format(time.DateOnly) != pg.String() {
				addDate++
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		if days != 73414 {
			t.Fatalf("%s: %d days compared, want 73414", ps, days)
		}
		if len(diffs) > 0 {
			t.Errorf("%s: %d of %d days differ, first:\n%s", ps, len(diffs), days, strings.Join(diffs[:min(10, len(diffs))], "\n"))
		}
		t.Logf("%-9s %d days: PostgreSQL and retention agree on %d; time.AddDate differs on %d",
			ps, days, days-len(diffs), addDate)
	}
}

// TestIntervalOracle is the second oracle, on records: for each rule it
// selects the due records with the due date computed by PostgreSQL's own
// arithmetic (trigger_day + interval, a day more for a statutory minimum,
// the latest of a maximum's and its minimums' dates), not the cutoff, and
// checks that they are the records the in-process sweep yields.
func TestIntervalOracle(t *testing.T) {
	db := openDB(t)
	s := schedule(t)
	n := rows(t) / 4
	recs := generate(s, n, 2)
	sw, err := retentionsql.New(s, retentionsql.Table{Name: "oracle"})
	if err != nil {
		t.Fatal(err)
	}
	load(t, db, sw, s, "oracle", recs)
	exec(t, db, "ANALYZE oracle")
	rules := slices.Collect(s.Rules())
	compared := 0
	defer func() {
		t.Logf("%d records, %d as-of dates: both oracles found the same %d due records", n, len(asOfs), compared)
	}()
	for _, asOf := range asOfs {
		a := retention.DayOf(asOf, s.Location())
		want := map[string][]uint64{}
		for _, d := range sweepWant(t, s, recs, asOf) {
			want[d.Rule().ID] = append(want[d.Rule().ID], d.Record.ID)
		}
		for _, r := range rules {
			due, args := pgDue(r, rules)
			if due == "" {
				if len(want[r.ID]) > 0 {
					t.Errorf("rule %s gives no due date but the sweep yields %d records", r.ID, len(want[r.ID]))
				}
				continue
			}
			args = append([]any{r.ID, a.String()}, args...)
			q := "SELECT t.id FROM oracle AS t WHERE t.rule = $1 AND NOT t.held AND " + due + " <= CAST($2 AS date) ORDER BY t.id"
			rows, err := db.QueryContext(context.Background(), q, args...)
			if err != nil {
				t.Fatalf("%s\n%v", q, err)
			}
			var got []uint64
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id); err != nil {
					t.Fatal(err)
				}
				got = append(got, uint64(id))
			}
			if err := rows.Err(); err != nil {
				t.Fatal(err)
			}
			rows.Close()
			if !slices.Equal(got, want[r.ID]) {
				t.Errorf("as of %s, rule %s: PostgreSQL's arithmetic finds %d records due, the sweep %d",
					a, r.ID, len(got), len(want[r.ID]))
			}
			compared += len(got)
		}
	}
}

// pgDue returns the SQL expression of the due date of a record of rule r
// by PostgreSQL's interval arithmetic, with its interval arguments (from
// $3), or "" for a rule with no due date. It restates the rules of
// [retention.Rule] (a maximum is due on trigger + period, a minimum the day
// after; a minimum for the same data and trigger floors a maximum) in SQL.
func pgDue(r retention.Rule, rules []retention.Rule) (string, []any) {
	var args []any
	term := func(m retention.Rule) string {
		args = append(args, m.Period.String())
		e := "CAST(t.trigger_day + CAST($" + strconv.Itoa(len(args)+2) + " AS interval) AS date)"
		if m.Kind == retention.Minimum {
			e += " + 1"
		}
		return e
	}
	switch r.Kind {
	case retention.After, retention.Until, retention.Minimum, retention.ByLaw:
	default:
		return "", nil
	}
	terms := []string{term(r)}
	if r.Kind != retention.Minimum && r.Data != "" {
		for _, m := range rules {
			if m.Kind == retention.Minimum && m.Data == r.Data && m.Trigger == r.Trigger {
				terms = append(terms, term(m))
			}
		}
	}
	if len(terms) == 1 {
		return terms[0], args
	}
	return "GREATEST(" + strings.Join(terms, ", ") + ")", args
}
