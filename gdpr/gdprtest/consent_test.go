package gdprtest_test

import (
	"testing"

	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"pgregory.net/rapid"
)

// TestLedgerGenerators: the ledger and policy generators draw what the
// package accepts, and arbitrary records are refused with an error, never
// a panic.
func TestLedgerGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := gdprtest.ValidPolicy().Draw(t, "policy")
		var ids []string
		for a := range p.Activities() {
			ids = append(ids, a.ID)
		}
		l := gdprtest.ValidLedger(ids...).Draw(t, "ledger")
		at := gdprtest.Time().Draw(t, "at")
		for _, id := range ids {
			d := p.Decide(id, l, at)
			if !d.Reason.IsValid() {
				t.Fatalf("Decide(%q) gave an invalid reason: %v", id, d)
			}
		}
		if _, err := gdpr.NewLedgerOf(gdprtest.ArbitraryLedgerRecords().Draw(t, "records")); err != nil {
			return
		}
	})
}
