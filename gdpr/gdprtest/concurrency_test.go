package gdprtest_test

import (
	"bytes"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// goroutines is how many goroutines share each value: more than the
// machine's processors, so that the scheduler interleaves them.
var goroutines = max(8, 4*runtime.GOMAXPROCS(0))

// together runs f from goroutines goroutines at once and waits for them.
func together(f func(g int)) {
	var wg sync.WaitGroup
	start := make(chan struct{})
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			f(g)
		}()
	}
	close(start)
	wg.Wait()
}

// TestConcurrentUse runs the read paths of the module (Validate, a
// compiled Policy's Decide over shared ledgers, Deadline, retention sweeps and evaluation, a request's accessors,
// Encode and the register's lookups) on shared values
// from many goroutines; run it with -race. Each goroutine's results must
// equal those computed alone first, and the shared values must not change.
func TestConcurrentUse(t *testing.T) {
	const seeds = 8
	for seed := range seeds {
		// Drawn outside the goroutines: a generator's Example is
		// deterministic for a seed.
		reg := gdprtest.ValidRegister().Example(seed)
		sched := gdprtest.ValidSchedule().Example(seed)
		records := gdprtest.ValidRecords(sched, 200).Example(seed)
		req := gdprtest.ValidRequest().Example(seed)
		cal := gdprtest.ValidCalendar().Example(seed)
		asOf := gdprtest.AsOf().Example(seed)
		received := make([]time.Time, 50)
		for i := range received {
			received[i] = gdprtest.Time().Example(seed*100 + i)
		}

		wellFormed := gdprtest.WellFormedRegister().Example(seed)
		wantFindings := gdpr.Validate(reg, asOf)
		wantWellFormed := gdpr.Validate(wellFormed, asOf)
		policy, err := gdpr.Compile(reg, gdpr.UnderRegime(reg.Regimes[0]))
		if err != nil {
			t.Fatal(err)
		}
		var activities []string
		for a := range policy.Activities() {
			activities = append(activities, a.ID)
		}
		ledgers := make([]*gdpr.Ledger, 20)
		for i := range ledgers {
			ledgers[i] = gdprtest.ValidLedger(activities...).Example(seed*100 + i)
		}
		decide := func() []gdpr.Decision {
			var out []gdpr.Decision
			for _, id := range activities {
				for _, l := range ledgers {
					out = append(out, policy.Decide(id, l, asOf))
				}
			}
			return out
		}
		wantDecisions := decide()
		wantEnc, err := gdpr.Encode(reg)
		if err != nil {
			t.Fatal(err)
		}
		wantDeadlines := make([]time.Time, len(received))
		for i, r := range received {
			wantDeadlines[i] = rights.Deadline(r, cal)
		}
		sweep := func() []retention.DueRecord {
			var out []retention.DueRecord
			for d, err := range sched.Sweep(slices.Values(records), asOf) {
				if err != nil {
					t.Error(err)
					return nil
				}
				out = append(out, d)
			}
			return out
		}
		wantSweep := sweep()
		wantDue, wantOK := req.Due()
		wantLog := req.Log()
		sweeper := sched.Sweeper(asOf)

		together(func(g int) {
			if got := decide(); !reflect.DeepEqual(got, wantDecisions) {
				t.Errorf("goroutine %d: Decide gave other decisions", g)
			}
			if got := gdpr.Validate(reg, asOf); !reflect.DeepEqual(got, wantFindings) {
				t.Errorf("goroutine %d: Validate gave %d findings, want %d", g, len(got), len(wantFindings))
			}
			if got := gdpr.Validate(wellFormed, asOf); !reflect.DeepEqual(got, wantWellFormed) {
				t.Errorf("goroutine %d: Validate gave %d findings, want %d", g, len(got), len(wantWellFormed))
			}
			for i, r := range received {
				if got := rights.Deadline(r, cal); !got.Equal(wantDeadlines[i]) {
					t.Errorf("Deadline(%v) = %v from goroutine %d, want %v", r, got, g, wantDeadlines[i])
				}
			}
			if got := sweep(); !reflect.DeepEqual(got, wantSweep) {
				t.Errorf("goroutine %d: Sweep gave %d records, want %d", g, len(got), len(wantSweep))
			}
			for _, rec := range records { // one Sweeper shared by all
				if _, _, err := sweeper.Check(rec); err != nil {
					t.Errorf("Sweeper.Check(%+v): %v", rec, err)
				}
			}
			for rule := range sched.Rules() {
				if _, err := sched.Evaluate(rule.ID, retention.Facts{Events: map[retention.Trigger]time.Time{rule.Trigger: asOf}}, asOf); err != nil {
					t.Errorf("Evaluate(%q): %v", rule.ID, err)
				}
			}
			if due, ok := req.Due(); ok != wantOK || !due.Equal(wantDue) {
				t.Errorf("goroutine %d: Request.Due = %v, %v, want %v, %v", g, due, ok, wantDue, wantOK)
			}
			_ = req.Clock()
			_ = req.Overdue(asOf)
			if got := req.Log(); len(got) != len(wantLog) {
				t.Errorf("goroutine %d: Request.Log has %d events, want %d", g, len(got), len(wantLog))
			}
			if b, err := gdpr.Encode(reg); err != nil || !bytes.Equal(b, wantEnc) {
				t.Errorf("goroutine %d: Encode differs (%v)", g, err)
			}
			for _, a := range reg.AllActivities() {
				for range reg.DataOf(a) {
				}
				_ = reg.Sensitive(a)
			}
		})
		if b, _ := gdpr.Encode(reg); !bytes.Equal(b, wantEnc) {
			t.Errorf("seed %d: the register changed under concurrent use", seed)
		}
	}
}
