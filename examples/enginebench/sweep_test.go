package enginebench

import (
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/retention"
)

const sweepRecords = 1_000_000

// sweepAsOf is the last day of a February, where AddDate's normalisation
// shows: 31 August 2024 plus 18 months is 28 February 2026, not 3 March.
var sweepAsOf = mustTime("2026-02-28T12:00:00Z")

func mustSchedule(tb testing.TB) *retention.Schedule {
	tb.Helper()
	s, err := retention.NewSchedule(RetentionRules())
	if err != nil {
		tb.Fatal(err)
	}
	if fs := s.Check(basis.UK); len(fs) > 0 {
		tb.Fatal(fs)
	}
	return s
}

// TestAgreeSweep checks the sweep against the plain AddDate loop record by
// record: they differ only where AddDate normalises a day that the month
// lacks (a trigger on the 29th to the 31st), and then AddDate is late.
func TestAgreeSweep(t *testing.T) {
	s := mustSchedule(t)
	recs, plain := SweepRecords(s, 100_000)
	w := s.Sweeper(sweepAsOf)
	rules := RetentionRules()
	swept, late := 0, 0
	for i := range recs {
		_, due, err := w.Check(recs[i])
		if err != nil {
			t.Fatal(err)
		}
		p := PlainDue(rules, plain[i:i+1], sweepAsOf) == 1
		if due {
			swept++
		}
		if due == p {
			continue
		}
		late++
		if _, _, d := plain[i].Trigger.Date(); p || d < 29 {
			t.Errorf("record %d (trigger %s, rule %s): sweep due %v, AddDate due %v",
				i, plain[i].Trigger.Format(time.DateOnly), rules[plain[i].Rule].ID, due, p)
		}
	}
	if got := PlainDue(rules, plain, sweepAsOf); got != swept-late {
		t.Errorf("AddDate loop: %d due, want %d", got, swept-late)
	}
	n := 0
	for _, err := range s.Sweep(slices.Values(recs), sweepAsOf) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != swept {
		t.Errorf("Sweep yields %d, Check says %d", n, swept)
	}
	t.Logf("%d of %d due; the AddDate loop misses %d of them", swept, len(recs), late)
}

// BenchmarkSweep sweeps 1,000,000 records as of 2026-02-28 (about 86% are
// due, and the AddDate loop misses some at month ends); one op is the whole
// sweep.
func BenchmarkSweep(b *testing.B) {
	s := mustSchedule(b)
	recs, plain := SweepRecords(s, sweepRecords)
	rules := RetentionRules()
	due := 0
	// Schedule.Sweep: the cutoffs for the as-of date, then the stream.
	b.Run("engine=dpmodel", func(b *testing.B) {
		settle(b)
		for b.Loop() {
			due = 0
			for _, err := range s.Sweep(slices.Values(recs), sweepAsOf) {
				if err != nil {
					b.Fatal(err)
				}
				due++
			}
		}
		b.ReportMetric(float64(due), "due/op")
	})
	b.Run("engine=plain-adddate", func(b *testing.B) {
		settle(b)
		for b.Loop() {
			due = PlainDue(rules, plain, sweepAsOf)
		}
		b.ReportMetric(float64(due), "due/op")
	})
}
