package retention_test

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/dpmodel/dpmodel/retention"
	"pgregory.net/rapid"
)

// propDate is the calendar date of t in its own location, as a sortable
// number.
func propDate(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// TestAddToMonotonicProperty: Period.AddTo never goes back in time, and
// is monotonic in its start date and in each field of the period (XML
// Schema Part 2, Appendix E: years and months first, the day clamped to the
// month's end, then days).
func TestAddToMonotonicProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := gdprtest.ValidPeriod().Draw(t, "p")
		start := gdprtest.Time().Draw(t, "start")
		end := p.AddTo(start)
		if end.Before(start) {
			t.Fatalf("%v.AddTo(%v) = %v, before the start", p, start, end)
		}
		if end.Location() != start.Location() {
			t.Fatalf("%v.AddTo(%v) is in %v", p, start, end.Location())
		}
		// A later start (same location) never gives an earlier date.
		later := start.AddDate(0, 0, rapid.IntRange(0, 400).Draw(t, "daysLater"))
		if propDate(p.AddTo(later)) < propDate(end) {
			t.Fatalf("%v: start %v gives %v, later start %v gives %v", p, start, end, later, p.AddTo(later))
		}
		// A longer period never gives an earlier date.
		q := p
		switch rapid.IntRange(0, 2).Draw(t, "field") {
		case 0:
			q.Years += rapid.IntRange(0, 5).Draw(t, "moreYears")
		case 1:
			q.Months += rapid.IntRange(0, 30).Draw(t, "moreMonths")
		default:
			q.Days += rapid.IntRange(0, 100).Draw(t, "moreDays")
		}
		if q.Validate() == nil && propDate(q.AddTo(start)) < propDate(end) {
			t.Fatalf("%v.AddTo(%v) = %v, but the longer %v gives %v", p, start, end, q, q.AddTo(start))
		}
		// AddToDay agrees with AddTo on the date.
		day := retention.DayOf(start, start.Location())
		y, m, d := p.AddToDay(day).YMD()
		if ey, em, ed := end.Date(); y != ey || m != em || d != ed {
			t.Fatalf("%v.AddToDay(%v) = %d-%d-%d, AddTo gives %v", p, day, y, m, d, end)
		}
	})
}

// TestDueNeverBeforeTriggerProperty: for every rule of a valid schedule
// and any record, the due day is never before the trigger's day, and the
// deadline never before the due day; a sweep yields due records whose due
// day is on or after their trigger and on or before the day swept.
func TestDueNeverBeforeTriggerProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := gdprtest.ValidSchedule().Draw(t, "schedule")
		asOf := gdprtest.Time().Draw(t, "asOf")
		for rule := range s.Rules() {
			f := retention.Facts{Events: map[retention.Trigger]time.Time{}}
			trig := gdprtest.Time().Draw(t, "trigger")
			f.Events[rule.Trigger] = trig
			d, err := s.Evaluate(rule.ID, f, asOf)
			if err != nil {
				t.Fatalf("Evaluate(%q): %v", rule.ID, err)
			}
			if d.Due != 0 && d.Trigger != 0 && d.Due < d.Trigger {
				t.Fatalf("rule %+v: due %v before trigger %v", rule, d.Due, d.Trigger)
			}
			if d.Deadline != 0 && d.Deadline < d.Due {
				t.Fatalf("rule %+v: deadline %v before due %v", rule, d.Deadline, d.Due)
			}
		}
		records := gdprtest.ValidRecords(s, 20).Draw(t, "records")
		today := retention.DayOf(asOf, s.Location())
		for due, err := range s.Sweep(func(yield func(retention.Record) bool) {
			for _, r := range records {
				if !yield(r) {
					return
				}
			}
		}, asOf) {
			if err != nil {
				t.Fatalf("Sweep: %v", err)
			}
			if due.Due() < due.Record.Trigger {
				t.Fatalf("record %+v due %v before its trigger", due.Record, due.Due())
			}
			if due.Due() > today {
				t.Fatalf("record %+v due %v after the day swept %v", due.Record, due.Due(), today)
			}
			if due.Record.Held {
				t.Fatalf("held record %+v yielded", due.Record)
			}
		}
	})
}
