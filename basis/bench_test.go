package basis

import (
	"testing"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// BenchmarkGroundCheck measures a passing legitimate interests ground, the
// common case a register validation repeats for every purpose.
func BenchmarkGroundCheck(b *testing.B) {
	b.ReportAllocs()
	g := Ground{Basis: LegitimateInterests, Interest: "managing our organisation", LIA: goodLIA}
	at := midnight("2026-03-01", civil.London())
	for b.Loop() {
		if ps := g.Check(UK, at); ps != nil {
			b.Fatal(ps)
		}
	}
}

// BenchmarkGroundCheckChildConsent measures a consent ground offered to
// children in a named EU state, which looks up the age of digital consent.
func BenchmarkGroundCheckChildConsent(b *testing.B) {
	b.ReportAllocs()
	g := Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x", OfferedToChildren: true, ParentalConsentBelow: 16}}
	at := midnight("2026-03-01", civil.Brussels())
	opt := ForCountry("DE")
	for b.Loop() {
		if ps := g.Check(EU, at, opt); ps != nil {
			b.Fatal(ps)
		}
	}
}

func BenchmarkLookupDigitalConsent(b *testing.B) {
	b.ReportAllocs()
	at := midnight("2026-03-01", civil.Brussels())
	for b.Loop() {
		if _, err := LookupDigitalConsent("SI", at); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGroundCheckNoAlloc: a ground that passes costs no allocation, so a
// register can be validated per request.
func TestGroundCheckNoAlloc(t *testing.T) {
	li := Ground{Basis: LegitimateInterests, Interest: "x", LIA: goodLIA}
	child := Ground{Basis: Consent, Consent: ConsentTerms{Withdrawal: "x", OfferedToChildren: true, ParentalConsentBelow: 16}}
	opt := ForCountry("DE")
	if n := testing.AllocsPerRun(100, func() { li.Check(UK, ukNow) }); n != 0 {
		t.Errorf("legitimate interests: %v allocs", n)
	}
	if n := testing.AllocsPerRun(100, func() { child.Check(EU, euNow, opt) }); n != 0 {
		t.Errorf("child consent: %v allocs", n)
	}
}
