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
	sc := SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: []Schedule1Condition{Sch1Safeguarding}, APD: Present}
	co := CriminalOffenceJustification{OfficialAuthority: OfficialAuthority{Body: "DBS", Controls: true}}
	if n := testing.AllocsPerRun(100, func() { sc.Check(UK, ukNow); co.Check(UK, ukNow) }); n != 0 {
		t.Errorf("justifications: %v allocs", n)
	}
}

// BenchmarkSpecialCategoryCheck measures a passing Art. 9(2)(g) justification
// with its Part 2 condition and policy document (new; no "before" figure).
func BenchmarkSpecialCategoryCheck(b *testing.B) {
	b.ReportAllocs()
	j := SpecialCategoryJustification{Condition: SubstantialPublicInterest, Schedule1: []Schedule1Condition{Sch1Safeguarding}, APD: Present}
	for b.Loop() {
		if fs := j.Check(UK, ukNow); fs != nil {
			b.Fatal(fs)
		}
	}
}

// BenchmarkCriminalOffenceCheck measures a passing Art. 10 justification
// through Sch. 1 para 36 (new; no "before" figure).
func BenchmarkCriminalOffenceCheck(b *testing.B) {
	b.ReportAllocs()
	j := CriminalOffenceJustification{Schedule1: []Schedule1Condition{Sch1Part2Extension, Sch1Safeguarding}, APD: Present}
	for b.Loop() {
		if fs := j.Check(UK, ukNow); fs != nil {
			b.Fatal(fs)
		}
	}
}

// BenchmarkParseCountry measures parsing a lower-case code.
func BenchmarkParseCountry(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseCountry("gb"); err != nil {
			b.Fatal(err)
		}
	}
}
