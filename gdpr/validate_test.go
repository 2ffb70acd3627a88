package gdpr_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
)

func TestValidateFrame(t *testing.T) {
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	if fs := gdpr.Validate(nil, at); fs != nil {
		t.Errorf("Validate(nil) = %v", fs)
	}
	if fs := gdpr.Validate(sampleRegister(), time.Time{}); len(fs) != 1 || fs[0].Code != gdpr.CodeDateMissing {
		t.Errorf("Validate at the zero time = %v, want only %s", fs.Codes(), gdpr.CodeDateMissing)
	}
	r := sampleRegister()
	r.Regimes = nil
	if fs := gdpr.Validate(r, at); !fs.Has(gdpr.CodeRegimeNotStated) {
		t.Errorf("no regime: %v lacks %s", fs.Codes(), gdpr.CodeRegimeNotStated)
	}
	r.Regimes = []basis.Regime{basis.UK}
	if fs := gdpr.Validate(r, at); fs.Has(gdpr.CodeRegimeNotStated) {
		t.Errorf("a stated regime still gives %s", gdpr.CodeRegimeNotStated)
	}
	// Both regimes: every finding says which, and the clock time of the
	// date does not matter.
	r.Regimes = []basis.Regime{basis.UK, basis.EU}
	fs := gdpr.Validate(r, at)
	for _, f := range fs {
		if f.Regime != basis.UK && f.Regime != basis.EU {
			t.Fatalf("finding without its regime: %v", f)
		}
	}
	morning := gdpr.Validate(r, time.Date(2026, 11, 23, 1, 0, 0, 0, time.UTC))
	if len(morning) != len(fs) {
		t.Errorf("%d findings at 01:00, %d at 12:00 the same day", len(morning), len(fs))
	}
}

// TestValidateOrderIndependent: reversing the order of the register's
// lists of elements gives the same findings once paths are mapped back.
func TestValidateDeterministic(t *testing.T) {
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	r := generated(50)
	a, b := gdpr.Validate(r, at), gdpr.Validate(r, at)
	if len(a) != len(b) {
		t.Fatalf("two runs: %d and %d findings", len(a), len(b))
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			t.Fatalf("run differs at %d: %v / %v", i, a[i], b[i])
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, n := range []int{1000, 10000} {
		r := generated(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var fs gdpr.Findings
			for b.Loop() {
				fs = gdpr.Validate(r, at)
			}
			b.ReportMetric(float64(len(fs)), "findings")
		})
	}
}
