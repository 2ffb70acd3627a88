package enginebench

import (
	"slices"
	"testing"

	"github.com/dpmodel/dpmodel/gdpr"
)

func mustOurs(tb testing.TB) *gdpr.Policy {
	tb.Helper()
	pol, err := gdpr.NewPolicy(Rules(Register()))
	if err != nil {
		tb.Fatal(err)
	}
	return pol
}

// reasonCode is the decision's reason as the other engines name it: they
// do not tell consent from a child's service whose age could not be checked
// (gdpr.ReasonAgeNotRecorded, allowed) from consent live.
func reasonCode(d gdpr.Decision) string {
	if d.Reason == gdpr.ReasonAgeNotRecorded && d.Allowed {
		return "consent-live"
	}
	return d.Reason.String()
}

func mustLedger(tb testing.TB, p Person) *gdpr.Ledger {
	tb.Helper()
	l, err := Ledger(p)
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

// TestAgreeOurs checks that dpmodel's Decide gives every answer of the
// table, allocating nothing: the same reason, or for a denial one of the
// rules that deny (dpmodel may weigh them in another order).
func TestAgreeOurs(t *testing.T) {
	pol, l, reg, p := mustOurs(t), mustLedger(t, Scenario()), Register(), Scenario()
	for _, c := range agreeCases(t) {
		d := pol.Decide(c.activity, l, c.at)
		denied, allowed := verdicts(nil, reg, p, c.activity, c.at)
		if !agrees(denied, allowed, d.Allowed, reasonCode(d)) || d.Allowed != allowedReason(c.want) {
			t.Errorf("%s at %s: dpmodel says %v, want %s", c.activity, c.at, d, c.want)
		}
		h, _ := pol.Activity(c.activity)
		if hd := h.Decide(l, c.at); hd != d {
			t.Errorf("%s at %s: the handle says %v, Decide %v", c.activity, c.at, hd, d)
		}
		if n := testing.AllocsPerRun(10, func() { sinkBool = pol.Decide(c.activity, l, c.at).Allowed }); n != 0 {
			t.Errorf("%s at %s: Decide allocates %v times", c.activity, c.at, n)
		}
	}
}

// TestAgreeOursBatch checks dpmodel's batch answer against the reference on
// the first members.
func TestAgreeOursBatch(t *testing.T) {
	const n = 400
	pol, reg := mustOurs(t), Register()
	people := make([]*gdpr.Ledger, n)
	for i := range people {
		people[i] = mustLedger(t, Member(i))
		denied, allowed := verdicts(nil, reg, Member(i), BatchActivity, BatchAt)
		if d := pol.Decide(BatchActivity, people[i], BatchAt); !agrees(denied, allowed, d.Allowed, reasonCode(d)) {
			t.Errorf("member %d: dpmodel %v, reference %v %s", i, d, denied, allowed)
		}
	}
	got := 0
	for range pol.Allowed(BatchActivity, slices.Values(people), BatchAt) {
		got++
	}
	if want := BatchAllowed(n); got != want {
		t.Errorf("allowed %d, want %d", got, want)
	}
}

func benchDecideOurs(b *testing.B, cases []agreeCase) {
	pol, l := mustOurs(b), mustLedger(b, Scenario())
	b.Run("engine=dpmodel", func(b *testing.B) {
		settle(b)
		i := 0
		for b.Loop() {
			c := &cases[i%len(cases)]
			sinkBool = pol.Decide(c.activity, l, c.at).Allowed
			i++
		}
	})
	handles := make([]gdpr.Handle, len(cases))
	for i, c := range cases {
		handles[i], _ = pol.Activity(c.activity)
	}
	b.Run("engine=dpmodel-handle", func(b *testing.B) {
		settle(b)
		i := 0
		for b.Loop() {
			j := i % len(cases)
			sinkBool = handles[j].Decide(l, cases[j].at).Allowed
			i++
		}
	})
}

func benchBatchOurs(b *testing.B, want int) {
	b.Run("engine=dpmodel", func(b *testing.B) {
		pol := mustOurs(b)
		people := make([]*gdpr.Ledger, batchPeople)
		for i := range people {
			people[i] = mustLedger(b, Member(i))
		}
		h, _ := pol.Activity(BatchActivity)
		settle(b)
		n := 0
		for b.Loop() {
			n = 0
			for range h.Allowed(slices.Values(people), BatchAt) {
				n++
			}
		}
		if n != want {
			b.Fatalf("allowed %d, want %d", n, want)
		}
	})
}
