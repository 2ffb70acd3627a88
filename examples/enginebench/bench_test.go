package enginebench

import (
	"context"
	"runtime"
	"testing"

	"github.com/cedar-policy/cedar-go"
	"github.com/open-policy-agent/opa/v1/ast"
)

// The per-decision benchmarks cycle through the 100 questions of the
// agreement table (ten activities at ten times), one question per op, so
// that every rule is weighed; each engine sees the same sequence.

var (
	sinkBool   bool
	sinkString string
)

// settle ends a benchmark's setup: it collects the setup's garbage first, so
// that no collection of it runs beside the timed loop (on two cores a
// concurrent mark takes a core from it), then reports allocations and
// restarts the timer.
func settle(b *testing.B) {
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
}

func BenchmarkDecide(b *testing.B) {
	cases := agreeCases(b)
	reg, p := Register(), Scenario()
	benchDecideOurs(b, cases)

	b.Run("engine=reference", func(b *testing.B) {
		settle(b)
		i := 0
		for b.Loop() {
			c := &cases[i%len(cases)]
			sinkString = reference(reg, p, c.activity, c.at)
			i++
		}
	})

	b.Run("engine=opa", func(b *testing.B) {
		ctx := context.Background()
		o, err := NewOPA(ctx, reg)
		if err != nil {
			b.Fatal(err)
		}
		inputs := make([]ast.Value, len(cases))
		for i, c := range cases {
			if inputs[i], err = RegoInput(p, c.activity, c.at); err != nil {
				b.Fatal(err)
			}
		}
		settle(b)
		i := 0
		for b.Loop() {
			ok, _, err := o.Decide(ctx, inputs[i%len(inputs)])
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = ok
			i++
		}
	})

	c, err := NewCedar(reg)
	if err != nil {
		b.Fatal(err)
	}
	ents := c.Entities(p)

	// The request built in advance: Cedar's own work only.
	b.Run("engine=cedar", func(b *testing.B) {
		reqs := make([]cedar.Request, len(cases))
		for i, tc := range cases {
			reqs[i] = c.Request(p, tc.activity, tc.at)
		}
		settle(b)
		i := 0
		for b.Loop() {
			d, _ := cedar.Authorize(c.ps, ents, reqs[i%len(reqs)])
			sinkBool = d == cedar.Allow
			i++
		}
	})

	// The host's Go that resolves the dated records and builds the
	// request, then Cedar: what a Cedar user runs per question.
	b.Run("engine=cedar+host", func(b *testing.B) {
		settle(b)
		i := 0
		for b.Loop() {
			tc := &cases[i%len(cases)]
			d, _ := cedar.Authorize(c.ps, ents, c.Request(p, tc.activity, tc.at))
			sinkBool = d == cedar.Allow
			i++
		}
	})
}

// batchPeople is the size of the batch. Every engine gets the 200,000
// members prepared in advance in its own form (dpmodel's ledgers, OPA's
// converted input, about 4.4 kB each, Cedar's entities and requests), except
// that cedar+host builds each request from the member's records in the loop.
const batchPeople = 200_000

func batchMembers(n int) []Person {
	ps := make([]Person, n)
	for i := range ps {
		ps[i] = Member(i)
	}
	return ps
}

// BenchmarkBatch asks which of 200,000 members the newsletter may be sent to
// now; one op is the whole batch.
func BenchmarkBatch(b *testing.B) {
	want := BatchAllowed(batchPeople)
	pool := batchMembers(batchPeople)
	check := func(b *testing.B, n int) {
		if n != want {
			b.Fatalf("allowed %d, want %d", n, want)
		}
	}
	benchBatchOurs(b, want)

	b.Run("engine=reference", func(b *testing.B) {
		reg := Register()
		people := pool
		settle(b)
		n := 0
		for b.Loop() {
			n = 0
			for i := range people {
				if allowedReason(reference(reg, people[i], BatchActivity, BatchAt)) {
					n++
				}
			}
		}
		check(b, n)
	})

	b.Run("engine=opa", func(b *testing.B) {
		ctx := context.Background()
		o, err := NewOPA(ctx, Register())
		if err != nil {
			b.Fatal(err)
		}
		inputs := make([]ast.Value, len(pool))
		for i, p := range pool {
			if inputs[i], err = RegoInput(p, BatchActivity, BatchAt); err != nil {
				b.Fatal(err)
			}
		}
		settle(b)
		n := 0
		for b.Loop() {
			n = 0
			for i := range inputs {
				ok, _, err := o.Decide(ctx, inputs[i])
				if err != nil {
					b.Fatal(err)
				}
				if ok {
					n++
				}
			}
		}
		check(b, n)
	})

	c, err := NewCedar(Register())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("engine=cedar", func(b *testing.B) {
		ents := make([]*Entities, len(pool))
		reqs := make([]cedar.Request, len(pool))
		for i, p := range pool {
			ents[i], reqs[i] = c.Entities(p), c.Request(p, BatchActivity, BatchAt)
		}
		settle(b)
		n := 0
		for b.Loop() {
			n = 0
			for i := range reqs {
				if d, _ := cedar.Authorize(c.ps, ents[i], reqs[i]); d == cedar.Allow {
					n++
				}
			}
		}
		check(b, n)
	})

	b.Run("engine=cedar+host", func(b *testing.B) {
		ents := make([]*Entities, len(pool))
		for i, p := range pool {
			ents[i] = c.Entities(p)
		}
		settle(b)
		n := 0
		for b.Loop() {
			n = 0
			for i := range pool {
				if d, _ := cedar.Authorize(c.ps, ents[i], c.Request(pool[i], BatchActivity, BatchAt)); d == cedar.Allow {
					n++
				}
			}
		}
		check(b, n)
	})
}
