package enginebench

import (
	"context"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

// randomPerson draws a person whose records use a small pool of instants, so
// that records start and end at the very instants asked about, with a birth
// date (usually) around 2012, so that the thirteenth birthday falls among
// the consents. Each activity's consents have distinct times: on a tie the
// rule sets differ (the Rego rule "latest" would be a conflict, an error).
func randomPerson(r *rand.Rand, id string, pool []time.Time) Person {
	pick := func() time.Time { return pool[r.IntN(len(pool))] }
	after := func(t time.Time) time.Time {
		if r.IntN(3) == 0 {
			return time.Time{}
		}
		for range 8 {
			if u := pick(); !u.Before(t) {
				return u
			}
		}
		return time.Time{}
	}
	reg := Register()
	p := Person{ID: id}
	if r.IntN(5) != 0 {
		p.Born = Day(2011, time.January, 1).AddDate(0, 0, r.IntN(1100))
	}
	used := map[string]map[time.Time]bool{}
	for range r.IntN(8) {
		a := reg[r.IntN(len(reg))].ID
		g := pick()
		if used[a] == nil {
			used[a] = map[time.Time]bool{}
		}
		if used[a][g] {
			continue
		}
		used[a][g] = true
		p.Consents = append(p.Consents, Consent{Activity: a, Given: g, Withdrawn: after(g), ByParent: r.IntN(3) == 0})
	}
	scopes := []string{ScopeDirectMarketing, ScopeActivity, ScopeAll}
	for range r.IntN(4) {
		o := Objection{Scope: scopes[r.IntN(len(scopes))], When: pick()}
		if o.Scope == ScopeActivity {
			o.Activity = reg[r.IntN(len(reg))].ID
		}
		o.Lifted = after(o.When)
		if o.Scope != ScopeDirectMarketing { // no grounds answer it (Art. 21(3))
			o.Grounds = after(o.When)
		}
		p.Objections = append(p.Objections, o)
	}
	for range r.IntN(3) {
		s := pick()
		p.Restrictions = append(p.Restrictions, Restriction{Start: s, End: after(s)})
	}
	return p
}

// instantPool draws n instants from 2024 to mid-2026, at midnight, noon,
// 22:30 or 23:30 UTC (in summer the last two fall either side of midnight
// in London).
func instantPool(r *rand.Rand, n int) []time.Time {
	hours := []time.Duration{0, 12 * time.Hour, 22*time.Hour + 30*time.Minute, 23*time.Hour + 30*time.Minute}
	pool := make([]time.Time, n)
	for i := range pool {
		pool[i] = mustTime("2024-01-01T00:00:00Z").AddDate(0, 0, r.IntN(900)).Add(hours[r.IntN(len(hours))])
	}
	return pool
}

// TestAgreeRandom asks every engine the same random questions: people drawn
// by randomPerson (with a fixed seed), every activity, at instants of their
// records. All give the same answer; OPA the same reason, Cedar the same
// reason for a denial, and dpmodel the same reason or, for a denial, one of
// the rules that deny.
func TestAgreeRandom(t *testing.T) {
	const people = 300
	ctx := context.Background()
	reg := Register()
	o, err := NewOPA(ctx, reg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCedar(reg)
	if err != nil {
		t.Fatal(err)
	}
	pol := mustOurs(t)
	r := rand.New(rand.NewPCG(14, 2026))
	seen := map[string]int{}
	for i := range people {
		pool := instantPool(r, 12)
		p := randomPerson(r, "random-"+strconv.Itoa(i), pool)
		ents, l := c.Entities(p), mustLedger(t, p)
		for _, at := range pool[:4] {
			for _, a := range reg {
				want := reference(reg, p, a.ID, at)
				seen[want]++
				in, err := RegoInput(p, a.ID, at)
				if err != nil {
					t.Fatal(err)
				}
				ok, reason, err := o.Decide(ctx, in)
				if err != nil {
					t.Fatalf("person %d, %s at %s: OPA: %v", i, a.ID, at, err)
				}
				if ok != allowedReason(want) || reason != want {
					t.Errorf("person %d, %s at %s: OPA %s, reference %s", i, a.ID, at, reason, want)
				}
				ok, reason, err = c.Authorize(ents, c.Request(p, a.ID, at))
				if err != nil {
					t.Fatal(err)
				}
				denial := want
				if allowedReason(want) {
					denial = ""
				}
				if ok != allowedReason(want) || reason != denial {
					t.Errorf("person %d, %s at %s: Cedar %v %s, reference %s", i, a.ID, at, ok, reason, want)
				}
				denied, allowed := verdicts(nil, reg, p, a.ID, at)
				if d := pol.Decide(a.ID, l, at); !agrees(denied, allowed, d.Allowed, reasonCode(d)) {
					t.Errorf("person %d, %s at %s: dpmodel %v, reference %v %s", i, a.ID, at, d, denied, allowed)
				}
			}
		}
	}
	// Every rule must have decided some question.
	for _, reason := range []string{lb, cl, cg, rx, nc, cw, pm, dmo, obj, rs} {
		if seen[reason] == 0 {
			t.Errorf("no question ended in %s", reason)
		}
	}
	t.Logf("%v", seen)
}
