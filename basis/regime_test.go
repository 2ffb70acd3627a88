package basis

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// at returns a time on a calendar day in a location, at the given clock.
func at(day string, loc *time.Location, hour, minute, second int) time.Time {
	y, m, d := civil.MustParse(day).YMD()
	return time.Date(y, m, d, hour, minute, second, 0, loc)
}

func lastSecond(day string, loc *time.Location) time.Time { return at(day, loc, 23, 59, 59) }
func midnight(day string, loc *time.Location) time.Time   { return at(day, loc, 0, 0, 0) }

// TestInForceEdges checks each change on the last day before it and the
// first day of it, with dates taken from reference §0 and §2 (S.I. 2026/82
// regs 2-3; DUAA 2025 s.78(5); GDPR Art. 99(2); S.I. 2019/419).
func TestInForceEdges(t *testing.T) {
	london, brussels := civil.London(), civil.Brussels()
	tests := []struct {
		change Change
		regime Regime
		first  string // first day in force
	}{
		{GDPRApplies, UK, "2018-05-25"},
		{GDPRApplies, EU, "2018-05-25"},
		{UKGDPR, UK, "2021-01-01"},
		{ReasonableSearch, UK, "2024-01-01"},
		{RecognisedLegitimateInterests, UK, "2026-02-05"},
		{CompatibilityArt8A, UK, "2026-02-05"},
		{TimeLimitsArt12A, UK, "2026-02-05"},
		{AutomatedDecisionsArt22A, UK, "2026-02-05"},
		{TransfersArt44A, UK, "2026-02-05"},
		{StorageAccessScheduleA1, UK, "2026-02-05"},
		{CharitySoftOptIn, UK, "2026-02-05"},
		{ComplaintsToController, UK, "2026-06-19"},
		{ResearchArt84B, UK, "2026-02-05"},
		{ElectedRepresentativesGracePeriod, UK, "2026-02-05"},
	}
	for _, tt := range tests {
		t.Run(tt.change.String()+"/"+tt.regime.String(), func(t *testing.T) {
			loc := london
			if tt.regime == EU {
				loc = brussels
			}
			before := civil.MustParse(tt.first).AddDays(-1).String()
			if tt.regime.InForce(tt.change, lastSecond(before, loc)) {
				t.Errorf("in force at the end of %s", before)
			}
			if !tt.regime.InForce(tt.change, midnight(tt.first, loc)) {
				t.Errorf("not in force at the start of %s", tt.first)
			}
			if !tt.regime.InForce(tt.change, midnight("2030-01-01", loc)) {
				t.Errorf("not in force in 2030")
			}
			// A change of both regimes (GDPRApplies) commences in Brussels.
			cloc := loc
			if tt.change.Regime() == 0 {
				cloc = brussels
			}
			if got := tt.change.Commencement(); !got.Equal(midnight(tt.first, cloc)) {
				t.Errorf("Commencement() = %v, want midnight %s", got, tt.first)
			}
			if tt.change.Article() == "" {
				t.Errorf("no Article()")
			}
			// A UK change is never EU law.
			if tt.change.Regime() == UK && EU.InForce(tt.change, midnight("2030-01-01", brussels)) {
				t.Errorf("UK change in force under the EU regime")
			}
		})
	}
}

// TestInForceLocation: the date is the calendar date in the regime's own
// location. 2026-02-04 23:30 in New York is 2026-02-05 04:30 in London.
func TestInForceLocation(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tz data:", err)
	}
	if !UK.InForce(RecognisedLegitimateInterests, time.Date(2026, 2, 4, 23, 30, 0, 0, ny)) {
		t.Error("2026-02-04 23:30 New York is 2026-02-05 in London: want in force")
	}
	// 2026-02-05 00:30 London is still 2026-02-04 in UTC-5, and London counts.
	if !UK.InForce(RecognisedLegitimateInterests, time.Date(2026, 2, 5, 0, 30, 0, 0, civil.London())) {
		t.Error("2026-02-05 00:30 London: want in force")
	}
	// 2018-05-24 23:30 UTC is 2018-05-25 01:30 in Brussels (CEST).
	if !EU.InForce(GDPRApplies, time.Date(2018, 5, 24, 23, 30, 0, 0, time.UTC)) {
		t.Error("2018-05-25 01:30 Brussels: want GDPR in force")
	}
}

func TestInForceInvalid(t *testing.T) {
	now := midnight("2030-01-01", time.UTC)
	tests := []struct {
		name string
		r    Regime
		c    Change
	}{
		{"zero regime", 0, GDPRApplies},
		{"out-of-range regime", Regime(9), GDPRApplies},
		{"zero change", UK, 0},
		{"out-of-range change", UK, Change(200)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.r.InForce(tt.c, now) {
				t.Error("in force")
			}
		})
	}
	if !Change(200).Commencement().IsZero() || Change(200).Regime() != 0 || Change(200).Article() != "" {
		t.Error("out-of-range change has data")
	}
	if GDPRApplies.Regime() != 0 || RecognisedLegitimateInterests.Regime() != UK {
		t.Error("Change.Regime wrong")
	}
}

func TestRegimeLocation(t *testing.T) {
	if UK.Location().String() != "Europe/London" || EU.Location().String() != "Europe/Brussels" ||
		Regime(0).Location() != time.UTC || Regime(7).Location() != time.UTC {
		t.Errorf("locations: %v %v %v", UK.Location(), EU.Location(), Regime(0).Location())
	}
}

// TestBasisAvailableIn follows reference §1.1 and §14: six bases from
// 2018-05-25 in both regimes; (ea) only in the UK from 2026-02-05.
func TestBasisAvailableIn(t *testing.T) {
	london, brussels := civil.London(), civil.Brussels()
	tests := []struct {
		name  string
		b     Basis
		r     Regime
		at    time.Time
		avail bool
	}{
		{"consent UK day GDPR applies", Consent, UK, midnight("2018-05-25", london), true},
		{"consent UK day before GDPR", Consent, UK, lastSecond("2018-05-24", london), false},
		{"legitimate interests EU", LegitimateInterests, EU, midnight("2018-05-25", brussels), true},
		{"public task EU 2030", PublicTask, EU, midnight("2030-01-01", brussels), true},
		{"(ea) UK last day before DUAA", RecognisedLegitimateInterest, UK, lastSecond("2026-02-04", london), false},
		{"(ea) UK first day", RecognisedLegitimateInterest, UK, midnight("2026-02-05", london), true},
		{"(ea) never EU", RecognisedLegitimateInterest, EU, midnight("2030-01-01", brussels), false},
		{"invalid regime", Consent, 0, midnight("2030-01-01", london), false},
		{"invalid basis", Basis(17), UK, midnight("2030-01-01", london), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.b.AvailableIn(tt.r, tt.at); got != tt.avail {
				t.Errorf("AvailableIn = %v, want %v", got, tt.avail)
			}
		})
	}
}

// TestBarredForPublicAuthorities follows reference §1.2.
func TestBarredForPublicAuthorities(t *testing.T) {
	london := civil.London()
	before, after := lastSecond("2026-02-04", london), midnight("2026-02-05", london)
	tests := []struct {
		name   string
		b      Basis
		r      Regime
		at     time.Time
		barred bool
	}{
		{"(f) EU", LegitimateInterests, EU, after, true},
		{"(f) UK before", LegitimateInterests, UK, before, true},
		{"(ea) UK before: not yet law", RecognisedLegitimateInterest, UK, before, false},
		{"(ea) UK from 2026-02-05", RecognisedLegitimateInterest, UK, after, true},
		{"(e) never", PublicTask, UK, after, false},
		{"(a) never", Consent, EU, after, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.b.BarredForPublicAuthorities(tt.r, tt.at); got != tt.barred {
				t.Errorf("BarredForPublicAuthorities = %v, want %v", got, tt.barred)
			}
		})
	}
}
