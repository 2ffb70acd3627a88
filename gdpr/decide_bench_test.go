package gdpr

import (
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"
)

// benchLedger is a member with consents to three activities (one given
// twice, once withdrawn), a lifted objection and an ended restriction,
// loaded in one call as from storage.
func benchLedger(tb testing.TB, i int) *Ledger {
	base := ts("2026-01-05T09:00:00Z").Add(time.Duration(i%1000) * time.Minute)
	r := LedgerRecords{Subject: SubjectID("member-" + strconv.Itoa(i)),
		Consents: []ConsentRecord{
			{ID: uuid.New(), Activity: "newsletter", Given: base, Withdrawn: base.Add(24 * time.Hour)},
			{ID: uuid.New(), Activity: "adult-quiz", Given: base},
			{ID: uuid.New(), Activity: "kids-club", Given: base, ByParent: true},
		},
		Objections:   []Objection{{ID: uuid.New(), Scope: ObjectToAll, When: base, Lifted: base.Add(time.Hour)}},
		Restrictions: []Restriction{{ID: uuid.New(), Start: base, End: base.Add(time.Hour)}},
	}
	if i%4 != 0 { // a quarter never gave consent again
		r.Consents = append(r.Consents, ConsentRecord{ID: uuid.New(), Activity: "newsletter", Given: base.Add(48 * time.Hour)})
	}
	if i%10 == 0 { // a tenth objected to direct marketing
		r.Objections = append(r.Objections, Objection{ID: uuid.New(), Scope: ObjectToDirectMarketing, When: base.Add(72 * time.Hour)})
	}
	l, err := NewLedgerOf(r)
	if err != nil {
		tb.Fatal(err)
	}
	return l
}

var benchAt = ts("2026-03-02T10:00:00Z")

var sinkDecision Decision

func BenchmarkDecide(b *testing.B) {
	p := mustPolicy(b)
	l := benchLedger(b, 1)
	if d := p.Decide("newsletter", l, benchAt); d != allowed(ReasonConsentLive) {
		b.Fatal(d)
	}
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		sinkDecision = p.Decide("newsletter", l, benchAt)
	}
	cpu.report(b)
}

func BenchmarkHandleDecide(b *testing.B) {
	p := mustPolicy(b)
	l := benchLedger(b, 1)
	h, _ := p.Activity("newsletter")
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		sinkDecision = h.Decide(l, benchAt)
	}
	cpu.report(b)
}

// BenchmarkHandleDecideChild decides for a child's service with a birth
// date to check.
func BenchmarkHandleDecideChild(b *testing.B) {
	p := mustPolicy(b)
	l, err := NewLedger("c").WithBirthDate(ts("2012-05-01T00:00:00Z"))
	if err != nil {
		b.Fatal(err)
	}
	if l, err = l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "kids-club", Given: ts("2026-01-05T09:00:00Z")}); err != nil {
		b.Fatal(err)
	}
	h, _ := p.Activity("kids-club")
	if d := h.Decide(l, benchAt); d != allowed(ReasonConsentLive) {
		b.Fatal(d)
	}
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		sinkDecision = h.Decide(l, benchAt)
	}
	cpu.report(b)
}

// BenchmarkAllowed200k answers which of 200,000 members the newsletter may
// be sent to; one op is the whole batch.
func BenchmarkAllowed200k(b *testing.B) {
	p := mustPolicy(b)
	people := make([]*Ledger, 200_000)
	for i := range people {
		people[i] = benchLedger(b, i)
	}
	var n int
	runtime.GC()
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		n = 0
		for range p.Allowed("newsletter", slices.Values(people), benchAt) {
			n++
		}
	}
	cpu.report(b)
	// A quarter never consented again and a tenth objected to marketing
	// (overlapping at multiples of 20).
	if want := 200_000 - 50_000 - 20_000 + 10_000; n != want {
		b.Fatalf("allowed %d, want %d", n, want)
	}
}
