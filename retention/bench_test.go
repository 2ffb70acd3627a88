package retention

import (
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

func benchSchedule(b *testing.B) *Schedule {
	return mustSchedule(b, slices.Concat(netRules(), wigRules(), stemRules(), ietRules()))
}

// benchRecords returns n records spread over every rule, with trigger days
// over 1980 to 2025 (a deterministic sequence, no randomness), about one in
// fifty held and one in twenty with no trigger yet.
func benchRecords(s *Schedule, n int) []Record {
	start := DayFromYMD(1980, 1, 1)
	span := uint64(DayFromYMD(2025, 12, 31) - start)
	recs := make([]Record, n)
	x := uint64(0x9E3779B97F4A7C15)
	for i := range recs {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		recs[i] = Record{ID: uint64(i), Rule: Ref(x % uint64(s.Len())), Trigger: start + Day(x>>20%span), Held: x%50 == 0}
		if x%20 == 1 {
			recs[i].Trigger = 0
		}
	}
	return recs
}

// BenchmarkEvaluate evaluates one record against one rule (NET 9.3) from its
// facts as times.
func BenchmarkEvaluate(b *testing.B) {
	s := benchSchedule(b)
	f := Facts{Events: map[Trigger]time.Time{Completion: time.Date(2020, 2, 29, 10, 0, 0, 0, time.UTC)}}
	asOf := time.Date(2060, 6, 1, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if d, _ := s.Evaluate("net-9.3", f, asOf); d.Status != Due {
			b.Fatal(d.Status)
		}
	}
}

// BenchmarkSweeperCheck decides one record with a precomputed sweeper.
func BenchmarkSweeperCheck(b *testing.B) {
	s := benchSchedule(b)
	w := s.Sweeper(time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC))
	ref, _ := s.Ref("net-9.6")
	r := Record{ID: 1, Rule: ref, Trigger: DayFromYMD(2020, 2, 29)}
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, _ := w.Check(r); !ok {
			b.Fatal("not due")
		}
	}
}

const sweepRecords = 1_000_000

// BenchmarkSweep streams 1,000,000 records (one op) through a sweep,
// including computing the cutoffs for the as-of date. The records' triggers
// run from 1980 to 2025; "steady" sweeps as of 1985-06-01, when about 5% are
// due (a daily sweep over records not yet disposed of), and "backlog" as of
// 2026-06-01, when about three quarters are (the worst case for the branch
// on "due").
func BenchmarkSweep(b *testing.B) {
	s := benchSchedule(b)
	recs := benchRecords(s, sweepRecords)
	for _, bc := range []struct {
		name string
		asOf time.Time
	}{
		{"steady", time.Date(1985, 6, 1, 12, 0, 0, 0, time.UTC)},
		{"backlog", time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			due := 0
			b.ReportAllocs()
			for b.Loop() {
				due = 0
				for _, err := range s.Sweep(slices.Values(recs), bc.asOf) {
					if err != nil {
						b.Fatal(err)
					}
					due++
				}
			}
			reportPerRecord(b, sweepRecords)
			b.ReportMetric(float64(due), "due/op")
		})
	}
}

// BenchmarkSweepOneByOne is the baseline: the same records, each decided by
// the date arithmetic (the period added to its trigger day), no cutoffs.
func BenchmarkSweepOneByOne(b *testing.B) {
	s := benchSchedule(b)
	recs := benchRecords(s, sweepRecords)
	asOf := DayOf(time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC), s.Location())
	due := 0
	b.ReportAllocs()
	for b.Loop() {
		due = 0
		for _, r := range recs {
			var d, l Day
			if st := s.status(r.Rule, r.Trigger, asOf, r.Held, &d, &l); st == Due || st == Overdue {
				due++
			}
		}
	}
	reportPerRecord(b, sweepRecords)
	b.ReportMetric(float64(due), "due/op")
}

func reportPerRecord(b *testing.B, n int) {
	if b.N == 0 || b.Elapsed() == 0 {
		return
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/float64(n), "ns/record")
	b.ReportMetric(float64(n)/(perOp/1e9), "records/s")
}

// manyRules returns n rules: sharing one data category and trigger in
// groups of perGroup (maxima of three differing terms, so every group has
// conflicts, and minima of a few periods, some mixed against the maxima),
// the shape that made NewSchedule, Check and Sweeper quadratic.
func manyRules(n, perGroup int) []Rule {
	rules := make([]Rule, n)
	for i := range rules {
		g := i / perGroup
		r := Rule{ID: "rule-" + itoa(i), Data: "data-" + itoa(g), Trigger: Collection, Reason: "r", Action: Delete}
		switch i % 10 {
		case 0:
			r.Kind, r.Period, r.Law = Minimum, Period{Years: 6}, "Companies Act 2006 s.388(4)"
		case 1:
			r.Kind, r.Period, r.Law = Minimum, Period{Months: 13, Days: 2}, "a statute"
		case 2:
			r.Kind, r.Period, r.Trigger, r.Law = Minimum, Period{Years: 3}, EndOfTaxYear, "Income Tax (PAYE) Regulations 2003 reg. 97"
		default:
			r.Kind, r.Period = After, Period{Years: 1 + i%3, Days: 40 * (i % 2)}
		}
		rules[i] = r
	}
	return rules
}

// BenchmarkManyRules times NewSchedule, Check and Sweeper on 10,000 rules,
// all of one data category and trigger ("one-group") and in groups of 100.
func BenchmarkManyRules(b *testing.B) {
	for _, bc := range []struct {
		name     string
		perGroup int
	}{{"one-group", 10_000}, {"groups-of-100", 100}} {
		rules := manyRules(10_000, bc.perGroup)
		b.Run("NewSchedule/"+bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewSchedule(rules); err != nil {
					b.Fatal(err)
				}
			}
		})
		s := mustSchedule(b, rules)
		b.Run("Check/"+bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if len(s.Check(basis.UK)) == 0 {
					b.Fatal("no findings")
				}
			}
		})
		b.Run("Sweeper/"+bc.name, func(b *testing.B) {
			asOf := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
			b.ReportAllocs()
			for b.Loop() {
				s.Sweeper(asOf)
			}
		})
	}
}
