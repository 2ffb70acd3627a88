package gdpr

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"pgregory.net/rapid"
)

var rapidBase = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

// rapidTime draws an instant within 200 seconds of rapidBase, so records
// and queries often fall on the same second, and at a few offsets within
// the second, so they often fall on either side of each other within it.
func rapidTime(t *rapid.T, label string) time.Time {
	return rapidBase.Add(time.Duration(rapid.IntRange(0, 200).Draw(t, label))*time.Second +
		rapid.SampledFrom(rapidSub).Draw(t, label+"-ns"))
}

var rapidSub = []time.Duration{0, 0, 1, 500 * time.Millisecond, time.Second - 1}

func rapidOptTime(t *rapid.T, label string, after time.Time) time.Time {
	if !rapid.Bool().Draw(t, label+"?") {
		return time.Time{}
	}
	return after.Add(time.Duration(rapid.IntRange(0, 100).Draw(t, label))*time.Second +
		rapid.SampledFrom(rapidSub).Draw(t, label+"-ns"))
}

var rapidActivities = []string{"newsletter", "events-mail", "research", "membership", "archive", "kids-club",
	"membership-renewal-email", "membership-renewal-post", "adult-quiz"}

// rapidLedger draws a ledger of consents, objections and restrictions.
func rapidLedger(t *rapid.T) *Ledger {
	l := NewLedger("p")
	var err error
	for i := range rapid.IntRange(0, 12).Draw(t, "consents") {
		_ = i
		given := rapidTime(t, "given")
		c := ConsentRecord{ID: uuid.New(), Activity: rapid.SampledFrom(rapidActivities).Draw(t, "activity"), Given: given,
			Withdrawn: rapidOptTime(t, "withdrawn", given), Expires: rapidOptTime(t, "expires", given),
			ByParent: rapid.Bool().Draw(t, "byParent")}
		if l, err = l.WithConsent(c); err != nil {
			t.Fatal(err)
		}
	}
	for range rapid.IntRange(0, 3).Draw(t, "objections") {
		when := rapidTime(t, "when")
		o := Objection{ID: uuid.New(), Scope: rapid.SampledFrom(AllObjectionScopes()).Draw(t, "scope"), When: when,
			Lifted: rapidOptTime(t, "lifted", when)}
		if o.Scope == ObjectToActivity {
			o.Activity = rapid.SampledFrom(rapidActivities).Draw(t, "objected")
		}
		if o.Scope != ObjectToDirectMarketing {
			if g := rapidOptTime(t, "grounds", when); !g.IsZero() {
				o.Grounds = CompellingGrounds{At: g}
			}
		}
		if l, err = l.WithObjection(o); err != nil {
			t.Fatal(err)
		}
	}
	for range rapid.IntRange(0, 2).Draw(t, "restrictions") {
		start := rapidTime(t, "start")
		if l, err = l.WithRestriction(Restriction{ID: uuid.New(), Start: start, End: rapidOptTime(t, "end", start)}); err != nil {
			t.Fatal(err)
		}
	}
	if rapid.Bool().Draw(t, "born?") {
		y := rapid.IntRange(2010, 2016).Draw(t, "born")
		if l, err = l.WithBirthDate(time.Date(y, 3, 2, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

// in reports whether at is in [from, to), a zero to being open.
func in(at, from, to time.Time) bool {
	return !at.Before(from) && (to.IsZero() || at.Before(to))
}

// TestPropertyConsentAndMarketing: Decide never allows a consent-based
// activity when the latest consent at or before the time was withdrawn (or
// lapsed) by then, or when there is none; a direct-marketing objection in
// force always stops a direct-marketing activity; and Explain and the
// handle agree with Decide.
func TestPropertyConsentAndMarketing(t *testing.T) {
	p := mustPolicy(t)
	rapid.Check(t, func(t *rapid.T) {
		l := rapidLedger(t)
		at := rapidTime(t, "at")
		for _, id := range rapidActivities {
			d := p.Decide(id, l, at)
			h, _ := p.Activity(id)
			if hd := h.Decide(l, at); hd != d {
				t.Fatalf("%s: handle %v, Decide %v", id, hd, d)
			}
			if e := p.Explain(id, l, at); e.Decision != d {
				t.Fatalf("%s: Explain %v, Decide %v\n%s", id, e.Decision, d, e)
			}
			rule := h.r
			if rule.consent && d.Allowed {
				var latest *ConsentRecord
				for c := range l.Consents() {
					if c.Activity == id && !c.Given.After(at) {
						latest = &c
					}
				}
				switch {
				case latest == nil:
					t.Fatalf("%s allowed with no consent at %v", id, at)
				case !latest.Withdrawn.IsZero() && !latest.Withdrawn.After(at):
					t.Fatalf("%s allowed after withdrawal at %v: %+v", id, at, *latest)
				case !latest.Expires.IsZero() && !latest.Expires.After(at):
					t.Fatalf("%s allowed after expiry at %v: %+v", id, at, *latest)
				}
			}
			if rule.marketing {
				for o := range l.Objections() {
					if o.Scope == ObjectToDirectMarketing && in(at, o.When, o.Lifted) && d.Allowed {
						t.Fatalf("%s allowed despite a direct-marketing objection: %+v", id, o)
					}
				}
			}
			for r := range l.Restrictions() {
				if in(at, r.Start, r.End) && d.Allowed && rule.except == 0 {
					t.Fatalf("%s allowed while restricted", id)
				}
			}
		}
	})
}

// TestPropertyConsentOracle decides a consent-based activity that no
// objection reaches ("adult-quiz", and the long-id "membership-renewal-post")
// by a naive reading of the records and holds Decide to it exactly: the
// index (inline or not, seconds and nanoseconds) finds the same record.
func TestPropertyConsentOracle(t *testing.T) {
	p := mustPolicy(t)
	rapid.Check(t, func(t *rapid.T) {
		l := rapidLedger(t)
		at := rapidTime(t, "at")
		for _, id := range []string{"adult-quiz", "membership-renewal-post"} {
			want := denied(ReasonNoConsent)
			var latest *ConsentRecord
			for c := range l.Consents() {
				if c.Activity == id && !c.Given.After(at) {
					latest = &c
				}
			}
			if latest != nil {
				end, ok := consentEndTime(*latest)
				switch {
				case !ok || end.After(at):
					want = allowed(ReasonConsentLive)
				case endedByWithdrawal(latest):
					want = denied(ReasonConsentWithdrawn)
				default:
					want = denied(ReasonConsentExpired)
				}
			}
			for r := range l.Restrictions() {
				if in(at, r.Start, r.End) {
					want = denied(ReasonRestricted)
				}
			}
			if got := p.Decide(id, l, at); got != want {
				t.Fatalf("%s at %v: %v, want %v (latest %+v)", id, at, got, want, latest)
			}
		}
	})
}

// TestPropertyLedgerImmutable: recording into a ledger never changes the
// ledger recorded into, whether the call succeeds or fails.
func TestPropertyLedgerImmutable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := rapidLedger(t)
		before := rapidLedgerCopy(l)
		given := rapidTime(t, "given")
		c := ConsentRecord{ID: uuid.New(), Activity: "newsletter", Given: given}
		if rapid.Bool().Draw(t, "bad") {
			c.Withdrawn = given.Add(-time.Second) // refused
		}
		n, err := l.WithConsent(c)
		if (err == nil) == (n == nil) {
			t.Fatalf("WithConsent = %v, %v", n, err)
		}
		var first *ConsentRecord
		for c := range l.Consents() {
			first = &c
			break
		}
		if first != nil {
			_, _ = l.Withdraw(first.ID, given.Add(time.Hour))
		}
		for o := range l.Objections() {
			_, _ = l.LiftObjection(o.ID, given.Add(time.Hour))
			_, _ = l.RecordGrounds(o.ID, CompellingGrounds{At: given.Add(time.Hour)})
		}
		for r := range l.Restrictions() {
			_, _ = l.EndRestriction(r.ID, given.Add(time.Hour))
		}
		if !l.Equal(before) {
			t.Fatal("the ledger changed")
		}
	})
}

// rapidLedgerCopy rebuilds l from its records, a deep copy.
func rapidLedgerCopy(l *Ledger) *Ledger {
	n := NewLedger(l.Subject())
	if b, ok := l.BirthDate(); ok {
		n, _ = n.WithBirthDate(b)
	}
	for c := range l.Consents() {
		n, _ = n.WithConsent(c)
	}
	for o := range l.Objections() {
		n, _ = n.WithObjection(o)
	}
	for r := range l.Restrictions() {
		n, _ = n.WithRestriction(r)
	}
	return n
}
