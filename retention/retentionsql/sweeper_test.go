package retentionsql_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/retention/retentionsql"
)

var asOf = time.Date(2024, 3, 31, 12, 0, 0, 0, time.UTC)

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a", `"a"`},
		{"Member Records", `"Member Records"`},
		{`a"b`, `"a""b"`},
		{`"`, `""""`},
		{`x"; DROP TABLE y; --`, `"x""; DROP TABLE y; --"`},
		{"é", `"é"`},
	}
	for _, tt := range tests {
		if got := retentionsql.Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestNewRejects(t *testing.T) {
	long := strings.Repeat("x", retentionsql.MaxIdentifier+1)
	tests := []struct {
		name  string
		table retentionsql.Table
		opts  []retentionsql.Option
		code  basis.Code
		path  string
	}{
		{"no name", retentionsql.Table{}, nil, retentionsql.CodeBadIdentifier, "name"},
		{"NUL", retentionsql.Table{Name: "a\x00b"}, nil, retentionsql.CodeBadIdentifier, "name"},
		{"newline in schema", retentionsql.Table{Schema: "a\nb", Name: "t"}, nil, retentionsql.CodeBadIdentifier, "schema"},
		{"DEL", retentionsql.Table{Name: "t", IDColumn: "a\x7f"}, nil, retentionsql.CodeBadIdentifier, "idColumn"},
		{"C1 control", retentionsql.Table{Name: "t", HeldColumn: "a\u0085"}, nil, retentionsql.CodeBadIdentifier, "heldColumn"},
		{"too long", retentionsql.Table{Name: long}, nil, retentionsql.CodeBadIdentifier, "name"},
		{"not UTF-8", retentionsql.Table{Name: "t", RuleColumn: "\xff"}, nil, retentionsql.CodeBadIdentifier, "ruleColumn"},
		{"bad index", retentionsql.Table{Name: "t", Index: long}, nil, retentionsql.CodeBadIdentifier, "index"},
		{"same column twice", retentionsql.Table{Name: "t", TriggerColumn: "id"}, nil, retentionsql.CodeDuplicateColumn, "triggerColumn"},
		{"default taken", retentionsql.Table{Name: "t", IDColumn: "held"}, nil, retentionsql.CodeDuplicateColumn, "heldColumn"},
		{"bad storage", retentionsql.Table{Name: "t", RuleStorage: 7}, nil, retentionsql.CodeBadOption, "ruleStorage"},
		{"bad placeholder", retentionsql.Table{Name: "t"}, []retentionsql.Option{retentionsql.WithPlaceholder(9)}, retentionsql.CodeBadOption, "placeholder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sw, err := retentionsql.New(schedule(), tt.table, tt.opts...)
			if err == nil {
				t.Fatalf("New = %v, nil; want an error", sw)
			}
			var ie *basis.InputError
			if !errors.As(err, &ie) || ie.Code != tt.code || ie.Path != tt.path {
				t.Errorf("New: %v; want a *basis.InputError with code %s at %s", err, tt.code, tt.path)
			}
			if len(err.Error()) > 300 {
				t.Errorf("error of %d bytes quotes too much: %s", len(err.Error()), err)
			}
		})
	}
}

// skeleton replaces each quoted identifier of q by "I" and each
// placeholder by "P", leaving the SQL around them.
func skeleton(q string) string {
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		switch c := q[i]; c {
		case '"':
			for i++; i < len(q); i++ {
				if q[i] == '"' {
					if i+1 < len(q) && q[i+1] == '"' {
						i++
						continue
					}
					break
				}
			}
			b.WriteByte('I')
		default:
			b.WriteByte(c)
		}
	}
	return regexp.MustCompile(`\$[0-9]+|\?`).ReplaceAllString(b.String(), "P")
}

// TestNamesStayNames: whatever valid names a host gives, the SQL around
// them is the same, so no name can add, end or change a clause.
func TestNamesStayNames(t *testing.T) {
	s := schedule()
	base, err := retentionsql.New(s, retentionsql.Table{Schema: "s", Name: "t", Index: "i"})
	if err != nil {
		t.Fatal(err)
	}
	bq, _ := base.Query(asOf)
	br, _ := base.RuleQuery(asOf, "enquiry")
	want := []string{skeleton(bq.SQL), skeleton(br.SQL), skeleton(strings.Join(base.DDL(), ";"))}
	ident := rapid.StringMatching(`[ -~"'\\;é]{1,40}`)
	rapid.Check(t, func(t *rapid.T) {
		tab := retentionsql.Table{Schema: ident.Draw(t, "schema"), Name: ident.Draw(t, "name"),
			IDColumn: "a" + ident.Draw(t, "id"), RuleColumn: "b" + ident.Draw(t, "rule"),
			TriggerColumn: "c" + ident.Draw(t, "trigger"), HeldColumn: "d" + ident.Draw(t, "held"),
			Index: ident.Draw(t, "index")}
		sw, err := retentionsql.New(s, tab)
		if err != nil {
			t.Fatal(err)
		}
		q, _ := sw.Query(asOf)
		r, _ := sw.RuleQuery(asOf, "enquiry")
		got := []string{skeleton(q.SQL), skeleton(r.SQL), skeleton(strings.Join(sw.DDL(), ";"))}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("names %+v change the SQL:\n%s\nwant\n%s", tab, got[i], want[i])
			}
		}
	})
}

// TestPlaceholders: the placeholders are $1 to $n (or all ?), one for
// each argument.
func TestPlaceholders(t *testing.T) {
	s := many(t, 5)
	for _, ph := range []retentionsql.Placeholder{retentionsql.Dollar, retentionsql.Question} {
		sw, err := retentionsql.New(s, retentionsql.Table{Name: "t"}, retentionsql.WithPlaceholder(ph))
		if err != nil {
			t.Fatal(err)
		}
		q, err := sw.Query(asOf)
		if err != nil {
			t.Fatal(err)
		}
		r, err := sw.RuleQuery(asOf, "r3")
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []retentionsql.Query{q, r} {
			if ph == retentionsql.Question {
				if n := strings.Count(q.SQL, "?"); n != len(q.Args) || strings.Contains(q.SQL, "$") {
					t.Errorf("%d ? for %d arguments:\n%s", n, len(q.Args), q.SQL)
				}
				continue
			}
			used := map[int]bool{}
			for _, m := range regexp.MustCompile(`\$([0-9]+)`).FindAllStringSubmatch(q.SQL, -1) {
				n, _ := strconv.Atoi(m[1])
				used[n] = true
			}
			for i := 1; i <= len(q.Args); i++ {
				if !used[i] {
					t.Errorf("no $%d for argument %d:\n%s", i, i, q.SQL)
				}
			}
			if len(used) != len(q.Args) || strings.Contains(q.SQL, "?") {
				t.Errorf("%d placeholders for %d arguments:\n%s", len(used), len(q.Args), q.SQL)
			}
		}
		if len(q.Args) != 15 {
			t.Errorf("%d arguments for 5 rules, want 15", len(q.Args))
		}
	}
	// The ? form of a rule query passes the overdue cutoff twice, in the
	// order the placeholders come.
	sw, _ := retentionsql.New(s, retentionsql.Table{Name: "t"}, retentionsql.WithPlaceholder(retentionsql.Question))
	r, _ := sw.RuleQuery(asOf, "r3")
	if len(r.Args) != 4 || r.Args[0] != r.Args[1] || r.Args[2] != "r3" {
		t.Errorf("RuleQuery args %q, want overdue, overdue, rule, due", r.Args)
	}
}

// many is a schedule of n one-day rules r0, r1, ...
func many(t testing.TB, n int) *retention.Schedule {
	rules := make([]retention.Rule, n)
	for i := range rules {
		rules[i] = retention.Rule{ID: "r" + strconv.Itoa(i), Kind: retention.After, Trigger: retention.Collection,
			Period: retention.Days(1 + i%7), Action: retention.Delete, Reason: "test"}
	}
	s, err := retention.NewSchedule(rules)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNothingDue(t *testing.T) {
	empty, err := retention.NewSchedule(nil)
	if err != nil {
		t.Fatal(err)
	}
	criteria, err := retention.NewSchedule([]retention.Rule{{ID: "c", Kind: retention.Criteria, Criteria: "x", Reason: "y"}})
	if err != nil {
		t.Fatal(err)
	}
	const want = "SELECT t.\"id\", t.\"rule\", t.\"trigger_day\", false AS overdue\nFROM \"t\" AS t\nWHERE false"
	for name, s := range map[string]*retention.Schedule{"nil": nil, "empty": empty, "criteria only": criteria} {
		sw, err := retentionsql.New(s, retentionsql.Table{Name: "t"})
		if err != nil {
			t.Fatal(err)
		}
		q, err := sw.Query(asOf)
		if err != nil || q.SQL != want || q.Args != nil {
			t.Errorf("%s: Query = %q %v, %v; want %q and no arguments", name, q.SQL, q.Args, err, want)
		}
		if qs := sw.Queries(asOf); len(qs) != 1 || qs[0].SQL != want {
			t.Errorf("%s: Queries = %v", name, qs)
		}
		db := fakeDB(nil)
		for d, err := range sw.Sweep(context.Background(), db, asOf) {
			t.Errorf("%s: Sweep yielded %v, %v from no rows", name, d, err)
		}
	}
	sw, _ := retentionsql.New(criteria, retentionsql.Table{Name: "t"})
	if q, err := sw.RuleQuery(asOf, "c"); err != nil || q.SQL != want {
		t.Errorf("RuleQuery of a criteria rule = %q, %v", q.SQL, err)
	}
	if _, err := sw.RuleQuery(asOf, "nope"); basis.CodeOf(err) != retentionsql.CodeUnknownRule {
		t.Errorf("RuleQuery of an unknown rule: %v, want %s", err, retentionsql.CodeUnknownRule)
	}
}

func TestRuleRef(t *testing.T) {
	sw, err := retentionsql.New(schedule(), retentionsql.Table{Name: "t", RuleStorage: retentionsql.RuleRef})
	if err != nil {
		t.Fatal(err)
	}
	q, _ := sw.Query(asOf)
	if !strings.Contains(q.SQL, "CAST($1 AS smallint)") || q.Args[0] != int64(0) {
		t.Errorf("RuleRef query %s %v, want a smallint Ref argument", q.SQL, q.Args)
	}
	big, err := retentionsql.New(many(t, 1<<15+1), retentionsql.Table{Name: "t", RuleStorage: retentionsql.RuleRef})
	if err != nil {
		t.Fatal(err)
	}
	if ddl := big.DDL()[0]; !strings.Contains(ddl, `"rule" integer NOT NULL`) {
		t.Errorf("a schedule of 32,769 rules stores Refs in %s; want integer", ddl)
	}
}

func TestTooManyRules(t *testing.T) {
	const n = retentionsql.MaxParams/3 + 1
	sw, err := retentionsql.New(many(t, n), retentionsql.Table{Name: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sw.Query(asOf); basis.CodeOf(err) != retentionsql.CodeTooManyRules {
		t.Errorf("Query of %d rules: %v, want %s", n, err, retentionsql.CodeTooManyRules)
	}
	qs := sw.Queries(asOf)
	total := 0
	for _, q := range qs {
		if len(q.Args) > retentionsql.MaxParams {
			t.Errorf("a query of %d arguments", len(q.Args))
		}
		total += len(q.Args)
	}
	if len(qs) != 2 || total != 3*n {
		t.Errorf("Queries: %d queries of %d arguments in all, want 2 of %d", len(qs), total, 3*n)
	}
}

// TestSweepRows reads rows as a driver returns them and checks each against
// the schedule.
func TestSweepRows(t *testing.T) {
	s := schedule()
	sw, err := retentionsql.New(s, retentionsql.Table{Name: "t"})
	if err != nil {
		t.Fatal(err)
	}
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	rows := [][]driver.Value{
		{int64(1), "enquiry", date(2024, 2, 29), false},    // due
		{int64(2), "enquiry", date(2024, 1, 31), true},     // overdue
		{int64(3), []byte("enquiry"), "2024-02-01", false}, // text forms
		{int64(4), "enquiry", date(2024, 3, 1), false},     // not due: disagree
		{int64(5), "enquiry", date(2024, 2, 1), true},      // wrong overdue: disagree
		{int64(-6), "enquiry", date(2024, 2, 1), false},    // bad id
		{nil, "enquiry", date(2024, 2, 1), false},          // NULL id
		{int64(8), "nope", date(2024, 2, 1), false},        // unknown rule
		{int64(9), "enquiry", nil, false},                  // NULL date
		{int64(10), "enquiry", "2024-02-30", false},        // not a date
	}
	type result struct {
		id      uint64
		overdue bool
		code    basis.Code
	}
	want := []result{{1, false, ""}, {2, true, ""}, {3, false, ""},
		{0, false, retentionsql.CodeDisagree}, {0, false, retentionsql.CodeDisagree},
		{0, false, retentionsql.CodeBadRow}, {0, false, retentionsql.CodeBadRow}, {0, false, retentionsql.CodeBadRow},
		{0, false, retentionsql.CodeBadRow}, {0, false, retentionsql.CodeBadRow}}
	var got []result
	for d, err := range sw.Sweep(context.Background(), fakeDB(rows), asOf) {
		got = append(got, result{d.Record.ID, d.Overdue, basis.CodeOf(err)})
		if err == nil {
			if d.Action != retention.Delete || d.Rule().ID != "enquiry" || d.Record.Held {
				t.Errorf("record %d: %+v", d.Record.ID, d)
			}
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestSweepStops: breaking out of the loop stops reading, and a query
// error ends the sweep.
func TestSweepStops(t *testing.T) {
	sw, _ := retentionsql.New(schedule(), retentionsql.Table{Name: "t"})
	day := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	for range sw.Sweep(context.Background(), fakeDB([][]driver.Value{{int64(1), "enquiry", day, false}, {int64(2), "enquiry", day, false}}), asOf) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%d records after break", n)
	}
	boom := errors.New("boom")
	n = 0
	for _, err := range sw.Sweep(context.Background(), failing{boom}, asOf) {
		n++
		if !errors.Is(err, boom) {
			t.Errorf("error %v, want boom", err)
		}
	}
	if n != 1 {
		t.Errorf("%d results of a failing query, want 1", n)
	}
}

type failing struct{ err error }

func (f failing) QueryContext(context.Context, string, ...any) (*sql.Rows, error) { return nil, f.err }

// fakeDB is a database whose every query returns rows.
func fakeDB(rows [][]driver.Value) *sql.DB { return sql.OpenDB(connector{rows}) }

type connector struct{ rows [][]driver.Value }

func (c connector) Connect(context.Context) (driver.Conn, error) { return conn(c), nil }
func (connector) Driver() driver.Driver                          { return fakeDriver{} }

type fakeDriver struct{}

func (fakeDriver) Open(string) (driver.Conn, error) {
	return nil, errors.New("open through the connector")
}

type conn connector

func (conn) Prepare(string) (driver.Stmt, error) { return nil, errors.New("no prepared statements") }
func (conn) Close() error                        { return nil }
func (conn) Begin() (driver.Tx, error)           { return nil, errors.New("no transactions") }
func (c conn) QueryContext(context.Context, string, []driver.NamedValue) (driver.Rows, error) {
	return &fakeRows{rows: c.rows}, nil
}

type fakeRows struct {
	rows [][]driver.Value
	i    int
}

func (*fakeRows) Columns() []string { return []string{"id", "rule", "trigger_day", "overdue"} }
func (*fakeRows) Close() error      { return nil }
func (r *fakeRows) Next(dest []driver.Value) error {
	if r.i == len(r.rows) {
		return io.EOF
	}
	copy(dest, r.rows[r.i])
	r.i++
	return nil
}
