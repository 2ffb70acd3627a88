package retention

import (
	"errors"
	"slices"
	"testing"
	"time"
	"unsafe"

	"github.com/dpmodel/dpmodel/basis"
	"pgregory.net/rapid"
)

// genDay draws a day between 1890 and 2110, weighted towards the days where
// clamping matters: month ends, 28 and 29 February, and the 29th and 30th.
func genDay() *rapid.Generator[Day] {
	return rapid.Custom(func(t *rapid.T) Day {
		y := rapid.IntRange(1890, 2110).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		switch rapid.IntRange(0, 4).Draw(t, "shape") {
		case 0: // last day of the month
			return DayFromYMD(y, m+1, 0)
		case 1: // 29 February of a leap year (or 1 March otherwise)
			return DayFromYMD(y-y%4, time.February, 29)
		case 2: // 28 February
			return DayFromYMD(y, time.February, 28)
		case 3: // the 29th to the 31st
			return DayFromYMD(y, m, rapid.IntRange(29, 31).Draw(t, "late"))
		}
		return DayFromYMD(y, m, rapid.IntRange(1, 31).Draw(t, "day"))
	})
}

func genPeriod(positive bool) *rapid.Generator[Period] {
	return rapid.Custom(func(t *rapid.T) Period {
		p := Period{
			Years:  rapid.IntRange(0, 45).Draw(t, "years"),
			Months: rapid.IntRange(0, 25).Draw(t, "months"),
			Days:   rapid.IntRange(0, 400).Draw(t, "days"),
		}
		if rapid.Bool().Draw(t, "sparse") {
			switch rapid.IntRange(0, 2).Draw(t, "which") {
			case 0:
				p.Months, p.Days = 0, 0
			case 1:
				p.Years, p.Days = 0, 0
			default:
				p.Years, p.Months = 0, 0
			}
		}
		if positive && p.IsZero() {
			p.Months = 1
		}
		return p
	})
}

func genRule(id string) *rapid.Generator[Rule] {
	return rapid.Custom(func(t *rapid.T) Rule {
		r := Rule{
			ID:      id,
			Data:    rapid.SampledFrom([]string{"a", "b"}).Draw(t, "data"),
			Kind:    rapid.SampledFrom(AllKinds()).Draw(t, "kind"),
			Trigger: rapid.SampledFrom([]Trigger{Collection, LastContact}).Draw(t, "trigger"),
			Action:  rapid.SampledFrom(AllActions()).Draw(t, "action"),
			Reason:  "r",
			Law:     "l",
		}
		switch r.Kind {
		case After, Minimum:
			r.Period = genPeriod(true).Draw(t, "period")
		case ByLaw:
			r.Period = genPeriod(false).Draw(t, "period")
		case Criteria:
			r.Trigger = ""
		}
		if rapid.Bool().Draw(t, "grace") {
			r.Grace = genPeriod(false).Draw(t, "grace")
		}
		return r
	})
}

func genSchedule(t *rapid.T) *Schedule {
	n := rapid.IntRange(1, 4).Draw(t, "rules")
	rules := make([]Rule, n)
	for i := range rules {
		rules[i] = genRule(string(rune('a'+i))).Draw(t, "rule")
	}
	s, err := NewSchedule(rules)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The sweep gives exactly the answers of evaluating each record one by one.
func TestSweepMatchesEvaluate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSchedule(t)
		loc := s.Location()
		asOf := genDay().Draw(t, "asOf")
		records := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Record {
			r := Record{
				ID:   rapid.Uint64().Draw(t, "id"),
				Rule: Ref(rapid.IntRange(0, s.Len()).Draw(t, "ref")), // Len is out of range
				Held: rapid.IntRange(0, 4).Draw(t, "held") == 0,
			}
			if rapid.IntRange(0, 9).Draw(t, "happened") > 0 {
				if rapid.Bool().Draw(t, "near") {
					// Near the as-of date minus a period, where the answer turns.
					r.Trigger = asOf - Day(rapid.IntRange(0, 20000).Draw(t, "back"))
				} else {
					r.Trigger = genDay().Draw(t, "trigger")
				}
			}
			return r
		}), 1, 50).Draw(t, "records")

		type answer struct {
			id      uint64
			overdue bool
			due     Day
			dl      Day
			err     bool
		}
		var want []answer
		for _, r := range records {
			rule, ok := s.At(r.Rule)
			if !ok {
				want = append(want, answer{id: r.ID, err: true})
				continue
			}
			f := Facts{}
			if r.Trigger.IsValid() {
				f.Events = map[Trigger]time.Time{rule.Trigger: r.Trigger.Time(loc).Add(13 * time.Hour)}
			}
			if r.Held {
				f.Holds = []Hold{{Reason: "claim"}}
			}
			d, err := s.Evaluate(rule.ID, f, asOf.Time(loc).Add(12*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if d.Status.Actionable() {
				want = append(want, answer{id: r.ID, overdue: d.Status == Overdue, due: d.Due, dl: d.Deadline})
			}
		}
		var got []answer
		for d, err := range s.Sweep(slices.Values(records), asOf.Time(loc).Add(12*time.Hour)) {
			if err != nil {
				var e *basis.InputError
				if !errors.As(err, &e) || e.Code != CodeUnknownRule {
					t.Fatalf("sweep error %v", err)
				}
				got = append(got, answer{id: d.Record.ID, err: true})
				continue
			}
			if d.Status() != Due && d.Status() != Overdue || d.Action != d.Rule().Action {
				t.Fatalf("yielded %+v", d)
			}
			got = append(got, answer{id: d.Record.ID, overdue: d.Overdue, due: d.Due(), dl: d.Deadline()})
		}
		if !slices.Equal(got, want) {
			t.Fatalf("as of %s:\nsweep    %+v\nevaluate %+v", asOf, got, want)
		}
	})
}

// The cutoff is the greatest trigger day whose due date is on or before the
// as-of date: exact at the boundary, even where clamping maps several
// trigger days to one due date.
func TestCutoffIsExact(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSchedule(t)
		asOf := genDay().Draw(t, "asOf")
		w := s.Sweeper(asOf.Time(s.Location()))
		if w.AsOf() != asOf {
			t.Fatalf("AsOf = %s, want %s", w.AsOf(), asOf)
		}
		for i := range s.Len() {
			ref := Ref(i)
			c := w.Cutoff(ref)
			if _, _, ok := s.dueOn(ref, FirstDay); !ok {
				if c != 0 {
					t.Fatalf("rule %d cannot be computed but has cutoff %s", i, c)
				}
				continue
			}
			if c != 0 {
				if due, _, _ := s.dueOn(ref, c); due > asOf {
					t.Fatalf("rule %d: cutoff %s falls due %s, after %s", i, c, due, asOf)
				}
			}
			if c < LastDay {
				if due, _, _ := s.dueOn(ref, c+1); due <= asOf {
					t.Fatalf("rule %d: day after cutoff %s falls due %s, not after %s", i, c, due, asOf)
				}
			}
		}
		if w.Cutoff(Ref(s.Len())) != 0 {
			t.Fatal("cutoff of an unknown rule")
		}
	})
}

// A due date is never before its trigger, a deadline never before its due
// date, and a later trigger never gives an earlier due date or deadline.
func TestDueDateProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSchedule(t)
		ref := Ref(rapid.IntRange(0, s.Len()-1).Draw(t, "ref"))
		t1 := genDay().Draw(t, "t1")
		t2 := t1 + Day(rapid.IntRange(0, 800).Draw(t, "later"))
		d1, l1, ok := s.dueOn(ref, t1)
		if !ok {
			return
		}
		d2, l2, _ := s.dueOn(ref, t2)
		if d1 < t1 || l1 < d1 {
			t.Fatalf("trigger %s: due %s deadline %s", t1, d1, l1)
		}
		if d2 < d1 || l2 < l1 {
			t.Fatalf("triggers %s <= %s but due %s > %s or deadline %s > %s", t1, t2, d1, d2, l1, l2)
		}
	})
}

// The sweep's cutoff for a statutory minimum: the records it yields are
// those whose minimum has run, the anniversary itself kept. Companies Act
// 2006 s.388(4)(a): "three years from the date on which they are made".
func TestSweepMinimumCutoff(t *testing.T) {
	s := mustSchedule(t, []Rule{{ID: "s388", Data: "ledger", Kind: Minimum, Trigger: Collection, Period: Years(3),
		Action: Delete, Reason: "company accounting records", Law: "Companies Act 2006 s.388(4)(a)"}})
	day := func(s string) Day { d, _ := ParseDay(s); return d }
	tests := []struct {
		asOf, cutoff string
	}{
		// Records made on 27 February 2020 are kept through 27 February
		// 2023; those made on 28 or 29 February through 28 February.
		{"2023-02-28", "2020-02-27"},
		// From 1 March 2023 both may go; a record made on 1 March 2020 is
		// kept through 1 March 2023.
		{"2023-03-01", "2020-02-29"},
		{"2023-03-02", "2020-03-01"},
		// 31 March 2024 is kept through 31 March 2027.
		{"2027-03-31", "2024-03-30"},
		{"2027-04-01", "2024-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			w := s.Sweeper(day(tt.asOf).Time(s.Location()).Add(12 * time.Hour))
			if got := w.Cutoff(0); got != day(tt.cutoff) {
				t.Errorf("Cutoff = %s, want %s", got, tt.cutoff)
			}
			c := day(tt.cutoff)
			records := []Record{{ID: 1, Trigger: c}, {ID: 2, Trigger: c + 1}}
			var ids []uint64
			for d, err := range w.Sweep(slices.Values(records)) {
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, d.Record.ID)
			}
			if !slices.Equal(ids, []uint64{1}) {
				t.Errorf("swept %v, want only the record made on the cutoff", ids)
			}
		})
	}
}

func TestSweepStopsAndSkips(t *testing.T) {
	s := mustSchedule(t, []Rule{
		{ID: "short-term", Data: "short", Kind: After, Trigger: Collection, Period: Months(6), Action: Delete, Reason: "r"},
		{ID: "regulatory", Data: "finance", Kind: ByLaw, Action: Review, Reason: "r", Law: "l"},
	})
	ref, _ := s.Ref("short-term")
	regulatory, _ := s.Ref("regulatory")
	asOf := time.Date(2019, 6, 2, 12, 0, 0, 0, time.UTC)
	old, _ := ParseDay("2018-08-31")
	records := []Record{
		{ID: 1, Rule: ref, Trigger: old},
		{ID: 2, Rule: ref, Trigger: old, Held: true},
		{ID: 3, Rule: ref},                          // trigger not happened
		{ID: 4, Rule: regulatory, Trigger: old},     // no period: never due
		{ID: 5, Rule: ref, Trigger: Day(-5)},        // not a valid day: an error
		{ID: 6, Rule: ref, Trigger: LastDay + 1000}, // not a valid day: an error
		{ID: 7, Rule: ref, Trigger: old},
		{ID: 8, Rule: 99, Trigger: old},
		{ID: 9, Rule: ref, Trigger: old},
	}
	var ids []uint64
	for d, err := range s.Sweep(slices.Values(records), asOf) {
		if err != nil {
			var e *basis.InputError
			if !errors.As(err, &e) || (d.Record.ID == 8) != (e.Code == CodeUnknownRule) || (d.Record.ID != 8) != (e.Code == CodeBadDay) {
				t.Errorf("record %d: error %v", d.Record.ID, err)
			}
			ids = append(ids, 1000+d.Record.ID)
			continue
		}
		ids = append(ids, d.Record.ID)
		if d.Action != Delete || !d.Overdue || d.Due().String() != "2019-02-28" {
			t.Errorf("record %d: %+v due %s", d.Record.ID, d, d.Due())
		}
	}
	// Records 5 and 6 have trigger days that are neither zero nor valid:
	// reported, like the unknown rule of record 8, not skipped.
	if want := []uint64{1, 1005, 1006, 7, 1008, 9}; !slices.Equal(ids, want) {
		t.Errorf("yielded %v, want %v", ids, want)
	}
	n := 0
	for range s.Sweep(slices.Values(records), asOf) {
		n++
		break
	}
	if n != 1 {
		t.Error("the sweep did not stop")
	}
	var zero DueRecord
	if zero.Due() != 0 || zero.Rule() != (Rule{}) {
		t.Error("zero DueRecord")
	}
	w := s.Sweeper(asOf)
	if _, ok, err := w.Check(Record{Rule: 99}); ok || err == nil {
		t.Error("Check(unknown rule)")
	}
	if d, ok, err := w.Check(records[0]); !ok || err != nil || d.Record.ID != 1 {
		t.Errorf("Check = %+v %v %v", d, ok, err)
	}
}

func TestRecordFromTime(t *testing.T) {
	s := mustSchedule(t, stemRules())
	// 23:30 UTC on 31 August 2018 is 00:30 on 1 September in London.
	r, err := s.Record(42, "stem-short-term", time.Date(2018, 8, 31, 23, 30, 0, 0, time.UTC), false)
	if err != nil || r.Trigger.String() != "2018-09-01" || r.ID != 42 {
		t.Fatalf("Record = %+v, %v", r, err)
	}
	r, _ = s.Record(43, "stem-short-term", time.Time{}, true)
	if r.Trigger != 0 || !r.Held {
		t.Errorf("Record with no trigger = %+v", r)
	}
}

// Zero values and values out of range never panic.
func TestZeroValues(t *testing.T) {
	now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	recs := slices.Values([]Record{{ID: 1}, {ID: 2, Rule: 3, Trigger: DayFromYMD(2000, 1, 1)}})

	var s Schedule
	if _, err := s.Evaluate("x", Facts{}, now); err == nil {
		t.Error("zero Schedule: Evaluate succeeded")
	}
	if _, err := s.EvaluateData("x", Facts{}, now); err == nil {
		t.Error("zero Schedule: EvaluateData succeeded")
	}
	if errs := s.Check(basis.UK); len(errs) != 0 || s.Len() != 0 {
		t.Errorf("zero Schedule: Check = %v, Len = %d", errs, s.Len())
	}
	for _, w := range []*Sweeper{s.Sweeper(now), {}} {
		if w.Cutoff(0) != 0 {
			t.Error("zero Sweeper: a cutoff")
		}
		if _, ok, err := w.Check(Record{}); ok || err == nil {
			t.Error("zero Sweeper: Check")
		}
		n := 0
		for d, err := range w.Sweep(recs) {
			var e *basis.InputError
			if !errors.As(err, &e) || e.Code != CodeUnknownRule || d.Rule() != (Rule{}) || d.Due() != 0 {
				t.Errorf("zero Sweeper yielded %+v, %v", d, err)
			}
			n++
		}
		if n != 2 {
			t.Errorf("zero Sweeper: %d errors, want 2", n)
		}
	}
}

// A Record is 16 bytes, so a sweep over millions streams as little memory
// as it can; a new field must not silently grow it.
func TestRecordSize(t *testing.T) {
	if got := unsafe.Sizeof(Record{}); got != 16 {
		t.Errorf("Record is %d bytes, want 16", got)
	}
}
