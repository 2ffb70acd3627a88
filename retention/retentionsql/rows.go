package retentionsql

import (
	"context"
	"database/sql"
	"iter"
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/retention"
)

// Sweep runs the sweep as of asOf inside the database through q and yields
// the due records, as [retention.Sweeper.Sweep] would for the same rows:
// each a [retention.DueRecord] with its action, its overdue status, its rule
// and its due date and deadline. The order is the database's (unspecified).
// Each row is checked against the schedule as it is read (one comparison),
// so a row the database found due that the schedule does not, which means
// the trigger column's dates are not the schedule's days, is yielded as an
// error with [CodeDisagree] and never as a due record; a row that cannot be
// read is an error with [CodeBadRow]; both let the sweep go on. An error of
// the query or of reading the rows is yielded last and ends the sweep.
//
// It runs [Sweeper.Queries]: one query, unless more than 21,845 rules have
// records due.
func (w *Sweeper) Sweep(ctx context.Context, q Queryer, asOf time.Time) iter.Seq2[retention.DueRecord, error] {
	return func(yield func(retention.DueRecord, error) bool) {
		rs := w.sweeper(asOf)
		for _, query := range w.queries(w.cutoffs(rs)) {
			rows, err := q.QueryContext(ctx, query.SQL, query.Args...)
			if err != nil {
				yield(retention.DueRecord{}, err)
				return
			}
			if !w.scan(rows, rs, yield) {
				return
			}
		}
	}
}

// scan yields the due records of rows and closes them; it reports whether
// to go on.
func (w *Sweeper) scan(rows *sql.Rows, rs *retention.Sweeper, yield func(retention.DueRecord, error) bool) bool {
	defer rows.Close()
	var (
		id      sql.NullInt64
		rule    = ruleScanner{w: w}
		trigger dayScanner
		overdue sql.NullBool
	)
	for rows.Next() {
		if err := rows.Scan(&id, &rule, &trigger, &overdue); err != nil {
			yield(retention.DueRecord{}, err)
			return false
		}
		d, err := w.record(rs, id, &rule, &trigger, overdue)
		if !yield(d, err) {
			return false
		}
	}
	if err := rows.Err(); err != nil {
		yield(retention.DueRecord{}, err)
		return false
	}
	return true
}

// ruleScanner reads the rule column: a rule ID as text, or a Ref as an
// integer. It keeps the value only when it is not a rule of the schedule,
// for the error, so that reading a row allocates nothing of its own.
type ruleScanner struct {
	w   *Sweeper
	ref retention.Ref
	ok  bool
	bad any
}

// Scan implements [sql.Scanner].
func (r *ruleScanner) Scan(src any) error {
	r.ok, r.bad = false, nil
	if r.w.t.storage == RuleRef {
		if n, isInt := src.(int64); isInt && n >= 0 && n < int64(len(r.w.ids)) {
			r.ref, r.ok = retention.Ref(n), true
		}
	} else {
		switch v := src.(type) {
		case string:
			r.ref, r.ok = r.w.s.Ref(v)
		case []byte:
			r.ref, r.ok = r.w.s.Ref(string(v))
		}
	}
	if !r.ok {
		r.bad = keep(src)
	}
	return nil
}

// dayScanner reads a date column (see dayOf).
type dayScanner struct {
	day retention.Day
	ok  bool
	bad any
}

// Scan implements [sql.Scanner].
func (d *dayScanner) Scan(src any) error {
	d.day, d.ok = dayOf(src)
	d.bad = nil
	if !d.ok {
		d.bad = keep(src)
	}
	return nil
}

// keep returns a scanned value that stays valid after the next row: the
// driver may reuse a []byte.
func keep(src any) any {
	if b, isBytes := src.([]byte); isBytes {
		return string(b)
	}
	return src
}

// record turns one row into the due record the schedule gives for it.
func (w *Sweeper) record(rs *retention.Sweeper, id sql.NullInt64, rule *ruleScanner, trigger *dayScanner, overdue sql.NullBool) (retention.DueRecord, error) {
	bad := func(col, value, msg string) (retention.DueRecord, error) {
		return retention.DueRecord{}, &basis.InputError{Code: CodeBadRow, Path: col, Value: value, Message: msg}
	}
	if !id.Valid || id.Int64 < 0 {
		v := "NULL"
		if id.Valid {
			v = strconv.FormatInt(id.Int64, 10)
		}
		return bad("idColumn", v, "is not a record ID (a bigint, not negative)")
	}
	if !rule.ok {
		return bad("ruleColumn", describe(rule.bad), "of record "+strconv.FormatInt(id.Int64, 10)+" is not a rule of the schedule")
	}
	if !trigger.ok {
		return bad("triggerColumn", describe(trigger.bad), "of record "+strconv.FormatInt(id.Int64, 10)+" is not a date")
	}
	r := retention.Record{ID: uint64(id.Int64), Rule: rule.ref, Trigger: trigger.day}
	d, due, err := rs.Check(r)
	switch {
	case err != nil:
		return retention.DueRecord{Record: r}, err
	case !due:
		return retention.DueRecord{}, &basis.InputError{Code: CodeDisagree, Path: "triggerColumn", Value: r.Trigger.String(),
			Message: "record " + strconv.FormatUint(r.ID, 10) + " of rule " + strconv.Quote(w.ids[r.Rule]) +
				" came back as due but the schedule does not find it due; check that the column is a date"}
	case d.Overdue != (overdue.Valid && overdue.Bool):
		return retention.DueRecord{}, &basis.InputError{Code: CodeDisagree, Path: "triggerColumn", Value: r.Trigger.String(),
			Message: "record " + strconv.FormatUint(r.ID, 10) + " of rule " + strconv.Quote(w.ids[r.Rule]) +
				" came back with overdue " + strconv.FormatBool(overdue.Bool) + " but the schedule says " + strconv.FormatBool(d.Overdue)}
	}
	return d, nil
}

// dayOf reads a date column's value: a time.Time (its own calendar date,
// as drivers return a date at midnight), or 2006-01-02 text.
func dayOf(v any) (retention.Day, bool) {
	switch v := v.(type) {
	case time.Time:
		d := retention.DayFromYMD(v.Date())
		return d, d.IsValid() && v.Year() >= 1 && v.Year() <= 9999
	case string:
		d, err := retention.ParseDay(v)
		return d, err == nil
	case []byte:
		d, err := retention.ParseDay(string(v))
		return d, err == nil
	}
	return 0, false
}

// describe renders a scanned value for an error message.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case string:
		return v
	case []byte:
		return string(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case time.Time:
		return v.Format(time.RFC3339)
	}
	return "a value of another type"
}
