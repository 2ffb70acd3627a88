package gdpr_test

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"pgregory.net/rapid"
)

// asAt returns the records of l as they stood at t: what was recorded
// later (consents given, objections made, restrictions started, and
// withdrawals, lifts, ends and grounds dated after t) left out.
func asAt(l *gdpr.Ledger, t time.Time) gdpr.LedgerRecords {
	r := l.Records()
	out := gdpr.LedgerRecords{Subject: r.Subject, BirthDate: r.BirthDate}
	for _, c := range r.Consents {
		if c.Given.After(t) {
			continue
		}
		if c.Withdrawn.After(t) {
			c.Withdrawn = time.Time{}
		}
		out.Consents = append(out.Consents, c)
	}
	for _, o := range r.Objections {
		if o.When.After(t) {
			continue
		}
		if o.Lifted.After(t) {
			o.Lifted = time.Time{}
		}
		if o.Grounds.At.After(t) {
			o.Grounds = gdpr.CompellingGrounds{}
		}
		out.Objections = append(out.Objections, o)
	}
	for _, x := range r.Restrictions {
		if x.Start.After(t) {
			continue
		}
		if x.End.After(t) {
			x.End = time.Time{}
		}
		out.Restrictions = append(out.Restrictions, x)
	}
	return out
}

// TestDecideHasNoRetroactiveEffectProperty: a decision at t depends only
// on what was recorded by t. A withdrawal of consent does not reach back
// (Art. 7(3): "The withdrawal of consent shall not affect the lawfulness of
// processing based on consent before its withdrawal"), and neither does a
// consent, an objection or a restriction recorded later.
func TestDecideHasNoRetroactiveEffectProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := gdprtest.ValidPolicy().Draw(t, "policy")
		var ids []string
		for a := range p.Activities() {
			ids = append(ids, a.ID)
		}
		if len(ids) == 0 {
			return
		}
		l := gdprtest.ValidLedger(ids...).Draw(t, "ledger")
		at := gdprtest.Time().Draw(t, "at")
		then, err := gdpr.NewLedgerOf(asAt(l, at))
		if err != nil {
			t.Fatalf("the records as at %v do not make a ledger: %v", at, err)
		}
		for _, id := range ids {
			if got, want := p.Decide(id, l, at), p.Decide(id, then, at); got != want {
				t.Fatalf("Decide(%q) at %v: %v with the whole ledger, %v with what was recorded by then", id, at, got, want)
			}
		}
	})
}

// TestDecideDeterministicProperty: the same question gets the same
// answer, and the answer's reason is one of the defined ones.
func TestDecideDeterministicProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := gdprtest.ValidPolicy().Draw(t, "policy")
		var ids []string
		for a := range p.Activities() {
			ids = append(ids, a.ID)
		}
		l := gdprtest.ValidLedger(ids...).Draw(t, "ledger")
		at := gdprtest.Time().Draw(t, "at")
		for _, id := range append(ids, "no-such-activity") {
			d := p.Decide(id, l, at)
			if !d.Reason.IsValid() {
				t.Fatalf("Decide(%q) gave reason %v", id, d.Reason)
			}
			if again := p.Decide(id, l, at); again != d {
				t.Fatalf("Decide(%q) gave %v, then %v", id, d, again)
			}
		}
	})
}
