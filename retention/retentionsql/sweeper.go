package retentionsql

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/retention"
)

// MaxParams is the most parameters one generated query holds: PostgreSQL's
// wire protocol counts a statement's parameters in 16 bits, so 65,535. A
// query takes three a rule.
const MaxParams = 65535

// rulesPerQuery is how many rules' cutoffs fit in one query.
const rulesPerQuery = MaxParams / 3

// Placeholder is the style of the parameter placeholders in the generated
// SQL. The zero value is [Dollar].
type Placeholder uint8

const (
	// Dollar numbers the placeholders $1, $2, ... (PostgreSQL, CockroachDB,
	// Citus and every driver for them).
	Dollar Placeholder = iota
	// Question writes every placeholder as ? (drivers that number them
	// themselves). The rest of the SQL stays as described in the package
	// documentation, so the engine must accept a VALUES list as a table.
	Question
)

// Option configures a [Sweeper].
type Option func(*config)

type config struct {
	ph Placeholder
}

// WithPlaceholder sets the placeholder style (the default is [Dollar]).
func WithPlaceholder(p Placeholder) Option { return func(c *config) { c.ph = p } }

// Query is one SQL statement and its arguments, for
// [database/sql.DB.QueryContext] and its kin. Every value is an argument:
// the SQL text holds only keywords, the quoted names of the [Table] and
// placeholders.
type Query struct {
	SQL  string // the statement, with placeholders only
	Args []any  // strings for rule IDs and dates (2006-01-02), int64 for Refs, nil for "no date"
}

// Queryer runs a query: a [*sql.DB], [*sql.Conn] or [*sql.Tx].
type Queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Sweeper runs the sweep of one [retention.Schedule] over one host table,
// inside the database. It is immutable and safe for concurrent use.
type Sweeper struct {
	s   *retention.Schedule
	t   table
	ph  Placeholder
	ids []string // rule IDs by Ref
}

// New returns the sweeper of schedule s over table t. It fails with a
// *[basis.InputError] when a name of t is not a valid identifier
// ([CodeBadIdentifier]), two columns share a name ([CodeDuplicateColumn]),
// or t.RuleStorage or the placeholder style is not a defined value.
func New(s *retention.Schedule, t Table, opts ...Option) (*Sweeper, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if c.ph > Question {
		return nil, &basis.InputError{Code: CodeBadOption, Path: "placeholder", Value: strconv.Itoa(int(c.ph)),
			Valid: []string{"0 (Dollar)", "1 (Question)"}, Message: "is not a defined placeholder style"}
	}
	if s == nil {
		// A nil schedule is read as the schedule of no rules, of which
		// nothing is ever due.
		var err error
		if s, err = retention.NewSchedule(nil); err != nil {
			return nil, err
		}
	}
	var ids []string
	for r := range s.Rules() {
		ids = append(ids, r.ID)
	}
	ct, err := t.compile(len(ids))
	if err != nil {
		return nil, err
	}
	return &Sweeper{s: s, t: ct, ph: c.ph, ids: ids}, nil
}

// cutoff is one rule's due and overdue cutoffs for an as-of date: the
// records of the rule that are due are those with trigger day <= due, not
// held; of those, the overdue ones have trigger day <= overdue (0: none).
type cutoff struct {
	ref          retention.Ref
	due, overdue retention.Day
}

// cutoffs returns the cutoffs of the rules for which any record is due.
func (w *Sweeper) cutoffs(rs *retention.Sweeper) []cutoff {
	var cs []cutoff
	for i := range w.ids {
		ref := retention.Ref(i)
		due := rs.Cutoff(ref)
		if due == 0 {
			continue
		}
		cs = append(cs, cutoff{ref: ref, due: due, overdue: overdueCutoff(rs, ref, due)})
	}
	return cs
}

// overdueCutoff returns the latest trigger day whose record of rule ref is
// overdue, or 0. Overdue is the grace period having run out, which is
// non-decreasing in the trigger day just as due is (see
// [retention.Schedule.Sweeper]), and is never true of a record that is not
// due, so the overdue days form an interval ending at or before the due
// cutoff: a binary search over [FirstDay, due] with [retention.Sweeper.Check]
// finds its end exactly.
func overdueCutoff(rs *retention.Sweeper, ref retention.Ref, due retention.Day) retention.Day {
	overdue := func(t retention.Day) bool {
		d, ok, err := rs.Check(retention.Record{Rule: ref, Trigger: t})
		return err == nil && ok && d.Overdue
	}
	if !overdue(retention.FirstDay) {
		return 0
	}
	lo, hi := retention.FirstDay, due // invariant: overdue(lo); answer in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if overdue(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Query returns the one query that yields every record due as of asOf (its
// calendar date in the schedule's location): a VALUES list of each rule's
// ID (or Ref) and cutoffs, joined to the table (see the package
// documentation for its text and columns). Rules of which no record can be
// due are left out; when that leaves none, the query selects nothing. More
// rules than fit in [MaxParams] parameters are a *[basis.InputError] with
// [CodeTooManyRules] (use [Sweeper.Queries]).
func (w *Sweeper) Query(asOf time.Time) (Query, error) {
	cs := w.cutoffs(w.sweeper(asOf))
	if len(cs) > rulesPerQuery {
		return Query{}, &basis.InputError{Code: CodeTooManyRules, Value: strconv.Itoa(len(cs)),
			Message: "rules have records due; one query holds at most " + strconv.Itoa(rulesPerQuery) +
				" (" + strconv.Itoa(MaxParams) + " parameters); use Queries"}
	}
	return w.join(cs), nil
}

// Queries returns the query of [Sweeper.Query] split into as many queries
// as the parameter limit needs: one, unless more than 21,845 rules have
// records due. Together they yield each due record once.
func (w *Sweeper) Queries(asOf time.Time) []Query {
	return w.queries(w.cutoffs(w.sweeper(asOf)))
}

func (w *Sweeper) queries(cs []cutoff) []Query {
	if len(cs) == 0 {
		return []Query{w.join(nil)}
	}
	var qs []Query
	for len(cs) > 0 {
		n := min(len(cs), rulesPerQuery)
		qs = append(qs, w.join(cs[:n]))
		cs = cs[n:]
	}
	return qs
}

// RuleQuery returns the query for the records of one rule due as of asOf:
// the predicate rule = $1 AND trigger <= $2 AND NOT held, one index range
// scan. It has the columns of [Sweeper.Query]. A rule of which no record
// can be due gets the query that selects nothing. An unknown rule is a
// *[basis.InputError] with [CodeUnknownRule].
func (w *Sweeper) RuleQuery(asOf time.Time, rule string) (Query, error) {
	ref, ok := w.s.Ref(rule)
	if !ok {
		return Query{}, &basis.InputError{Code: CodeUnknownRule, Value: rule, Message: "is not a rule of the schedule"}
	}
	rs := w.sweeper(asOf)
	due := rs.Cutoff(ref)
	if due == 0 {
		return w.join(nil), nil
	}
	c := cutoff{ref: ref, due: due, overdue: overdueCutoff(rs, ref, due)}
	t := &w.t
	p := w.placeholders()
	var b strings.Builder
	b.WriteString("SELECT t.")
	b.WriteString(t.id)
	b.WriteString(", t.")
	b.WriteString(t.rule)
	b.WriteString(", t.")
	b.WriteString(t.trigger)
	b.WriteString(",\n\tCAST(")
	pOver := p(2)
	b.WriteString(pOver)
	b.WriteString(" AS date) IS NOT NULL AND t.")
	b.WriteString(t.trigger)
	b.WriteString(" <= CAST(")
	b.WriteString(pOver)
	b.WriteString(" AS date) AS overdue\nFROM ")
	b.WriteString(t.name)
	b.WriteString(" AS t\nWHERE t.")
	b.WriteString(t.rule)
	b.WriteString(" = CAST(")
	b.WriteString(p(0))
	b.WriteString(" AS ")
	b.WriteString(t.ruleType)
	b.WriteString(") AND t.")
	b.WriteString(t.trigger)
	b.WriteString(" <= CAST(")
	b.WriteString(p(1))
	b.WriteString(" AS date) AND NOT t.")
	b.WriteString(t.held)
	over := dateArg(c.overdue)
	args := []any{w.ruleArg(c.ref), dateArg(c.due), over}
	if w.ph == Question {
		// ? cannot be referred to twice: the overdue date is passed twice.
		args = []any{over, over, w.ruleArg(c.ref), dateArg(c.due)}
	}
	return Query{SQL: b.String(), Args: args}, nil
}

// placeholders returns the function that writes the i'th (0-based)
// placeholder.
func (w *Sweeper) placeholders() func(i int) string {
	if w.ph == Question {
		return func(int) string { return "?" }
	}
	return func(i int) string { return "$" + strconv.Itoa(i+1) }
}

// join builds the query of the rules cs; with none, the query that selects
// nothing, with the same columns.
func (w *Sweeper) join(cs []cutoff) Query {
	t := &w.t
	var b strings.Builder
	b.Grow(200 + 60*len(cs))
	b.WriteString("SELECT t.")
	b.WriteString(t.id)
	b.WriteString(", t.")
	b.WriteString(t.rule)
	b.WriteString(", t.")
	b.WriteString(t.trigger)
	if len(cs) == 0 {
		b.WriteString(", false AS overdue\nFROM ")
		b.WriteString(t.name)
		b.WriteString(" AS t\nWHERE false")
		return Query{SQL: b.String()}
	}
	b.WriteString(",\n\tv.overdue_cutoff IS NOT NULL AND t.")
	b.WriteString(t.trigger)
	b.WriteString(" <= v.overdue_cutoff AS overdue\nFROM ")
	b.WriteString(t.name)
	b.WriteString(" AS t\nJOIN (VALUES")
	p := w.placeholders()
	args := make([]any, 0, 3*len(cs))
	for i, c := range cs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n\t(CAST(")
		b.WriteString(p(3 * i))
		b.WriteString(" AS ")
		b.WriteString(t.ruleType)
		b.WriteString("), CAST(")
		b.WriteString(p(3*i + 1))
		b.WriteString(" AS date), CAST(")
		b.WriteString(p(3*i + 2))
		b.WriteString(" AS date))")
		args = append(args, w.ruleArg(c.ref), dateArg(c.due), dateArg(c.overdue))
	}
	b.WriteString("\n) AS v (rule_key, due_cutoff, overdue_cutoff)\n\tON t.")
	b.WriteString(t.rule)
	b.WriteString(" = v.rule_key AND t.")
	b.WriteString(t.trigger)
	b.WriteString(" <= v.due_cutoff\nWHERE NOT t.")
	b.WriteString(t.held)
	return Query{SQL: b.String(), Args: args}
}

func (w *Sweeper) ruleArg(ref retention.Ref) any {
	if w.t.storage == RuleRef {
		return int64(ref)
	}
	return w.ids[ref]
}

// dateArg is a Day as a date argument: 2006-01-02 text, which every driver
// passes through unchanged and the CAST reads as a date whatever the
// session's time zone or DateStyle; nil (NULL) for no day.
func dateArg(d retention.Day) any {
	if !d.IsValid() {
		return nil
	}
	return d.String()
}

// sweeper returns the schedule's sweeper for asOf.
func (w *Sweeper) sweeper(asOf time.Time) *retention.Sweeper { return w.s.Sweeper(asOf) }

// DDL returns the statements that create a table of the described shape
// and its index, for PostgreSQL and the engines that speak its dialect:
// CREATE TABLE IF NOT EXISTS, then CREATE INDEX. A host with its own table
// needs only the index. The index is on (rule, trigger), the two columns of
// the predicate, in that order; it includes the id and leaves held rows
// out (INCLUDE, WHERE NOT held: PostgreSQL 11 and later), so a sweep reads
// only the index entries of the due rows (an index-only scan, once VACUUM
// has marked the pages visible) however the rows lie in the table.
func (w *Sweeper) DDL() []string {
	t := &w.t
	table := "CREATE TABLE IF NOT EXISTS " + t.name + " (\n\t" +
		t.id + " bigint PRIMARY KEY CHECK (" + t.id + " >= 0),\n\t" +
		t.rule + " " + t.ruleType + " NOT NULL,\n\t" +
		t.trigger + " date,\n\t" +
		t.held + " boolean NOT NULL DEFAULT false\n)"
	index := "CREATE INDEX "
	if t.index != "" {
		index += "IF NOT EXISTS " + t.index + " "
	}
	index += "ON " + t.name + " (" + t.rule + ", " + t.trigger + ") INCLUDE (" + t.id + ") WHERE NOT " + t.held
	return []string{table, index}
}
