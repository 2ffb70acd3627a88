package recipient

import (
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// The EU adequacy list as the reference gives it (legal-facts.md §10.2 and
// §10.3), written out here independently of the package's table.
var euAdequacyWant = []struct {
	country     Country
	from, until string // until: last day in force, "" while it lasts
	general     bool
	scope       Scope
}{
	{"CH", "2000-07-26", "", true, 0},
	{"US", "2000-07-26", "2015-10-05", false, ScopeSafeHarbor},
	{"CA", "2001-12-20", "", true, ScopeCanadaPIPEDA},
	{"AR", "2003-06-30", "", true, 0},
	{"GG", "2003-11-21", "", true, 0},
	{"IM", "2004-04-28", "", true, 0},
	{"JE", "2008-05-08", "", true, 0},
	{"FO", "2010-03-05", "", true, 0},
	{"AD", "2010-10-19", "", true, 0},
	{"IL", "2011-01-31", "", true, 0},
	{"UY", "2012-08-21", "", true, 0},
	{"NZ", "2012-12-19", "", true, 0},
	{"US", "2016-07-12", "2020-07-15", false, ScopePrivacyShield},
	{"JP", "2019-01-23", "", true, ScopeJapanAPPI},
	{"GB", "2021-06-28", "2025-06-27", true, 0},
	{"GB", "2025-06-28", "2025-12-27", true, 0},
	{"GB", "2025-12-28", "2031-12-27", true, 0},
	{"KR", "2021-12-17", "", true, ScopeKoreaPIPA},
	{"US", "2023-07-10", "", false, ScopeDPF},
	{"BR", "2026-01-26", "", true, 0},
}

// TestAdequateEUEdges checks every EU entry the day before it, on its first
// day, and, where it ended, on its last day and the day after.
func TestAdequateEUEdges(t *testing.T) {
	for _, w := range euAdequacyWant {
		t.Run(string(w.country)+"/"+w.from, func(t *testing.T) {
			// The day before: no entry of this scope (the GB extension and
			// renewal continue the previous entry, so they are adequate then).
			before := on(basis.EU, dayBefore(w.from))
			if e, ok := AdequacyOf(basis.EU, w.country, before); ok && e.Scope == w.scope && w.country != "GB" {
				t.Errorf("AdequacyOf(EU, %s, %s) = %+v, want none of scope %v", w.country, dayBefore(w.from), e, w.scope)
			}
			first := on(basis.EU, w.from)
			if got := Adequate(basis.EU, w.country, first); got != w.general {
				t.Errorf("Adequate(EU, %s, %s) = %v, want %v", w.country, w.from, got, w.general)
			}
			e, ok := AdequacyOf(basis.EU, w.country, first)
			if !ok || e.Scope != w.scope || e.General != w.general {
				t.Errorf("AdequacyOf(EU, %s, %s) = %+v, %v; want scope %v general %v", w.country, w.from, e, ok, w.scope, w.general)
			}
			if w.until == "" {
				return
			}
			if got := Adequate(basis.EU, w.country, on(basis.EU, w.until)); got != w.general {
				t.Errorf("Adequate(EU, %s, %s) (last day) = %v, want %v", w.country, w.until, got, w.general)
			}
			after := on(basis.EU, dayAfter(w.until))
			if later, ok := AdequacyOf(basis.EU, w.country, after); ok && later.Instrument == e.Instrument {
				t.Errorf("AdequacyOf(EU, %s, %s) still %q after its last day", w.country, dayAfter(w.until), e.Instrument)
			}
		})
	}
	// Before its first decision each general country is not adequate.
	for _, c := range []Country{"CH", "CA", "AR", "GG", "IM", "JE", "FO", "AD", "IL", "UY", "NZ", "JP", "GB", "KR", "BR"} {
		var first string
		for _, w := range euAdequacyWant {
			if w.country == c {
				first = w.from
				break
			}
		}
		if Adequate(basis.EU, c, on(basis.EU, dayBefore(first))) {
			t.Errorf("Adequate(EU, %s, %s) = true before its first decision", c, dayBefore(first))
		}
	}
	// The UK decision ends after 2031-12-27.
	if Adequate(basis.EU, "GB", on(basis.EU, "2031-12-28")) {
		t.Error("Adequate(EU, GB, 2031-12-28) = true after the renewal ends")
	}
	n := 0
	for range AdequacyEntries(basis.EU) {
		n++
	}
	if n != len(euAdequacyWant) {
		t.Errorf("AdequacyEntries(EU) has %d entries, the reference %d", n, len(euAdequacyWant))
	}
}

// The UK list as the reference gives it (§10.4): DPA 2018 Sch. 21 para 5
// from 2021-01-01 (before then the EU list applied in the UK), Korea from
// 2022-12-19, the United States (UK Extension, certified only) from
// 2023-10-12.
func TestAdequateUKEdges(t *testing.T) {
	tests := []struct {
		country Country
		date    string
		want    bool
	}{
		// EEA states and Gibraltar: not third countries before 2021-01-01,
		// adequate from then.
		{"FR", "2020-12-31", false}, {"FR", "2021-01-01", true},
		{"IE", "2020-12-31", false}, {"IE", "2021-01-01", true},
		{"HR", "2020-12-31", false}, {"HR", "2021-01-01", true},
		{"NO", "2020-12-31", false}, {"NO", "2021-01-01", true},
		{"IS", "2020-12-31", false}, {"IS", "2021-01-01", true},
		{"LI", "2020-12-31", false}, {"LI", "2021-01-01", true},
		{"RE", "2020-12-31", false}, {"RE", "2021-01-01", true},
		{"GI", "2020-12-31", false}, {"GI", "2021-01-01", true},
		// Preserved decisions: adequate on both sides of 2021-01-01 (the
		// EU decision before, the preserved one after).
		{"CH", "2020-12-31", true}, {"CH", "2021-01-01", true},
		{"CA", "2020-12-31", true}, {"CA", "2021-01-01", true},
		{"AR", "2020-12-31", true}, {"AR", "2021-01-01", true},
		{"GG", "2020-12-31", true}, {"GG", "2021-01-01", true},
		{"IM", "2020-12-31", true}, {"IM", "2021-01-01", true},
		{"JE", "2020-12-31", true}, {"JE", "2021-01-01", true},
		{"FO", "2020-12-31", true}, {"FO", "2021-01-01", true},
		{"AD", "2020-12-31", true}, {"AD", "2021-01-01", true},
		{"IL", "2020-12-31", true}, {"IL", "2021-01-01", true},
		{"UY", "2020-12-31", true}, {"UY", "2021-01-01", true},
		{"NZ", "2020-12-31", true}, {"NZ", "2021-01-01", true},
		{"JP", "2019-01-22", false}, {"JP", "2019-01-23", true}, {"JP", "2021-01-01", true},
		// The UK's own regulations.
		{"KR", "2022-12-18", false}, {"KR", "2022-12-19", true},
		{"US", "2023-10-11", false}, {"US", "2023-10-12", false}, {"US", "2026-11-23", false},
		// Brazil has EU adequacy only.
		{"BR", "2026-11-23", false},
		// The UK itself is never a transfer.
		{"GB", "2019-06-02", false}, {"GB", "2026-11-23", false},
		{"IN", "2026-11-23", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.country)+"/"+tt.date, func(t *testing.T) {
			if got := Adequate(basis.UK, tt.country, on(basis.UK, tt.date)); got != tt.want {
				t.Errorf("Adequate(UK, %s, %s) = %v, want %v", tt.country, tt.date, got, tt.want)
			}
		})
	}
	// The UK Extension exists from 2023-10-12 but reaches certified
	// recipients only.
	if e, ok := AdequacyOf(basis.UK, "US", on(basis.UK, "2023-10-12")); !ok || e.Scope != ScopeUKExtension || e.General {
		t.Errorf("AdequacyOf(UK, US, 2023-10-12) = %+v, %v", e, ok)
	}
	if _, ok := AdequacyOf(basis.UK, "US", on(basis.UK, "2023-10-11")); ok {
		t.Error("AdequacyOf(UK, US, 2023-10-11) found an entry; the EU DPF never served UK exporters")
	}
}

func TestAdequateInvalidInput(t *testing.T) {
	at := on(basis.EU, "2026-11-23")
	for _, c := range []Country{"", "jp", "UK", "XX", "JPN"} {
		if Adequate(basis.EU, c, at) {
			t.Errorf("Adequate(EU, %q) = true for an invalid country", c)
		}
	}
	if Adequate(0, "JP", at) || Adequate(basis.Regime(9), "JP", at) {
		t.Error("Adequate with an invalid regime = true")
	}
}

// TestAdequateDateInRegimeLocation: the date is the calendar date in the
// regime's location. 2021-06-27 23:30 UTC is already 2021-06-28 in
// Brussels, the first day of the EU's UK decision.
func TestAdequateDateInRegimeLocation(t *testing.T) {
	at := on(basis.EU, "2021-06-27").Add(11*time.Hour + 30*time.Minute).UTC() // 23:30 Brussels
	at = at.Add(-90 * time.Minute)                                            // 22:00 Brussels, 20:00 UTC
	if Adequate(basis.EU, "GB", at) {
		t.Errorf("Adequate(EU, GB, %v) = true on 2021-06-27 in Brussels", at)
	}
	late := time.Date(2021, 6, 27, 22, 30, 0, 0, time.UTC) // 00:30 on 28 June in Brussels
	if !Adequate(basis.EU, "GB", late) {
		t.Errorf("Adequate(EU, GB, %v) = false on 2021-06-28 in Brussels", late)
	}
}

func TestRestricted(t *testing.T) {
	tests := []struct {
		r       basis.Regime
		country Country
		date    string
		want    bool
	}{
		{basis.EU, "FR", "2026-11-23", false},
		{basis.EU, "NO", "2026-11-23", false},
		{basis.EU, "GB", "2020-01-31", false}, // member state
		{basis.EU, "GB", "2020-12-31", false}, // transition period
		{basis.EU, "GB", "2021-01-01", false}, // TCA bridge
		{basis.EU, "GB", "2021-06-27", false}, // last day of the bridge
		{basis.EU, "GB", "2021-06-28", true},  // adequacy from here: a transfer, but adequate
		{basis.EU, "GI", "2020-12-31", false},
		{basis.EU, "GI", "2021-01-01", true},
		{basis.EU, "HR", "2013-06-30", true},
		{basis.EU, "HR", "2013-07-01", false},
		{basis.EU, "CH", "2026-11-23", true},
		{basis.EU, "SJ", "2026-11-23", true}, // Svalbard is outside the EEA Agreement
		{basis.UK, "GB", "2026-11-23", false},
		{basis.UK, "FR", "2020-12-31", false},
		{basis.UK, "FR", "2021-01-01", true},
		{basis.UK, "GI", "2020-12-31", false},
		{basis.UK, "GI", "2021-01-01", true},
		{basis.UK, "US", "2019-06-02", true},
		{0, "FR", "2026-11-23", true},
	}
	for _, tt := range tests {
		t.Run(tt.r.String()+"/"+string(tt.country)+"/"+tt.date, func(t *testing.T) {
			r := tt.r
			if r == 0 {
				r = basis.EU
			}
			if got := Restricted(tt.r, tt.country, on(r, tt.date)); got != tt.want {
				t.Errorf("Restricted(%v, %s, %s) = %v, want %v", tt.r, tt.country, tt.date, got, tt.want)
			}
		})
	}
}

// TestUKInstruments: each preserved decision is cited by its point of DPA
// 2018 Sch. 21 para 5 as the revised Act lists them: (a) Switzerland, (b)
// Canada, (c) Argentina, (d) Guernsey, (e) Isle of Man, (f) Jersey, (g) the
// Faroe Islands, (h) Andorra, (i) Israel, (j) Uruguay, (k) New Zealand,
// (m) Japan; para 5(1)(a) the EEA states and (b) Gibraltar.
func TestUKInstruments(t *testing.T) {
	want := map[Country]string{
		"CH": "para 5(2)(a)", "CA": "para 5(2)(b)", "AR": "para 5(2)(c)", "GG": "para 5(2)(d)",
		"IM": "para 5(2)(e)", "JE": "para 5(2)(f)", "FO": "para 5(2)(g)", "AD": "para 5(2)(h)",
		"IL": "para 5(2)(i)", "UY": "para 5(2)(j)", "NZ": "para 5(2)(k)", "JP": "para 5(2)(m)",
		"GI": "para 5(1)(b)", "NO": "para 5(1)(a)", "DE": "para 5(1)(a)",
		"KR": "S.I. 2022/1213", "US": "S.I. 2023/1028",
	}
	at := on(basis.UK, "2026-11-23")
	for c, w := range want {
		e, ok := AdequacyOf(basis.UK, c, at)
		if !ok || !strings.Contains(e.Instrument, w) {
			t.Errorf("AdequacyOf(UK, %s) = %+v, %v; want an instrument citing %s", c, e, ok, w)
		}
	}
}

// TestInEEAOn: the civil date given is the Brussels date InEEA sees, on
// the days around the United Kingdom's departures from the EU and the EEA
// and at the bounds of the civil calendar.
func TestInEEAOn(t *testing.T) {
	for _, s := range []string{"2020-01-31", "2020-02-01", "2020-12-31", "2021-01-01", "1973-01-01", "1972-12-31"} {
		d := civil.MustParse(s)
		for _, c := range []Country{"GB", "FR", "NO", "US"} {
			want := c.InEEA(d.Time(civil.Brussels()).Add(12 * time.Hour))
			if got := inEEAOn(c, d); got != want {
				t.Errorf("inEEAOn(%s, %s) = %v, want %v", c, s, got, want)
			}
		}
	}
	for _, d := range []civil.Date{civil.Min, civil.Max} {
		if got := civil.In(time.Unix(int64(d)*86400+12*3600, 0), civil.Brussels()); got != d {
			t.Errorf("noon UTC of %v is %v in Brussels", d, got)
		}
	}
}

// TestEverInEEA: a country everInEEA leaves out is in the EU or the EEA on
// no first day of a month from 1950 to 2100, so inEEAOn may skip it.
func TestEverInEEA(t *testing.T) {
	if testing.Short() {
		t.Skip("asks InEEA some 450,000 times")
	}
	n := 0
	for _, c := range AllCountries() {
		if everInEEA()[letterIndex(c)] {
			n++
			continue
		}
		for y := 1950; y <= 2100; y++ {
			for m := time.January; m <= time.December; m++ {
				if c.InEEA(time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)) {
					t.Fatalf("%s is in the EEA on %d-%02d-01 but not in everInEEA", c, y, m)
				}
			}
		}
	}
	if n < 31 {
		t.Errorf("%d countries ever in the EU or the EEA, want at least 31 (27 states, IS, LI, NO, GB)", n)
	}
}
