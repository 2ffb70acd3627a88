package rights

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/google/go-cmp/cmp"
)

// The right to complain to the Commissioner: Assess and Right.ArticleIn
// give one answer. From 2026-06-19 UK GDPR Art. 77 is omitted (DUAA 2025
// s.103(6)) and the right rests on DPA 2018 s.165 as amended.
func TestAssessComplaintArticle(t *testing.T) {
	london := civil.London()
	tests := []struct {
		name string
		g    basis.Regime
		at   time.Time
		want string
	}{
		{"uk-day-before", basis.UK, time.Date(2026, 6, 18, 23, 59, 0, 0, london), "UK GDPR Art. 77"},
		{"uk-from", basis.UK, time.Date(2026, 6, 19, 0, 0, 0, 0, london), "DPA 2018 s.165"},
		{"eu", basis.EU, time.Date(2026, 7, 1, 9, 0, 0, 0, london), "GDPR Art. 77"},
		{"uk-2020", basis.UK, time.Date(2020, 6, 1, 9, 0, 0, 0, london), "GDPR Art. 77"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Assess(ComplainToAuthority, Situation{Regime: tt.g, At: tt.at, Basis: basis.Consent})
			if err != nil {
				t.Fatal(err)
			}
			if got := v.Articles(); len(got) != 1 || got[0] != tt.want {
				t.Errorf("Assess articles = %v, want [%s]", got, tt.want)
			}
			if got := ComplainToAuthority.ArticleIn(tt.g, tt.at); got != tt.want {
				t.Errorf("ArticleIn = %q, want %q", got, tt.want)
			}
		})
	}
}

// The severities of Assess: explanations are Info; a decision the law
// forbids is an Error; one lawful only on facts not recorded is a Warning.
func TestAssessSeverities(t *testing.T) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, civil.London())
	adm := Situation{Regime: basis.UK, At: at, SolelyAutomated: true, SignificantEffect: true}
	tests := []struct {
		name string
		r    Right
		s    Situation
		want map[Code]basis.Severity
		err  bool // Reasons.Err() is not nil
	}{
		{"portability-info", Portability, Situation{Regime: basis.UK, At: at, Basis: basis.LegitimateInterests},
			map[Code]basis.Severity{ReasonPortabilityBasis: basis.Info, ReasonPortabilityAutomated: basis.Info, ReasonPortabilityProvided: basis.Info}, false},
		{"rli-prohibited", AutomatedDecisions, with(adm, func(s *Situation) { s.Basis = basis.RecognisedLegitimateInterest }),
			map[Code]basis.Severity{ReasonArt22BProhibited: basis.Error, ReasonArt22C: basis.Info}, true},
		{"special-category", AutomatedDecisions, with(adm, func(s *Situation) { s.Basis = basis.Contract; s.SpecialCategoryData = true }),
			map[Code]basis.Severity{ReasonSpecialCategoryADM: basis.Warning, ReasonArt22C: basis.Info}, false},
		{"basis-unavailable", Object, Situation{Regime: basis.EU, At: at, Basis: basis.RecognisedLegitimateInterest},
			map[Code]basis.Severity{ReasonBasisUnavailable: basis.Error}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Assess(tt.r, tt.s)
			if err != nil {
				t.Fatal(err)
			}
			got := map[Code]basis.Severity{}
			for _, f := range v.Reasons {
				got[f.Code] = f.Severity
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("severities (-want +got):\n%s", d)
			}
			if (v.Reasons.Err() != nil) != tt.err {
				t.Errorf("Reasons.Err() = %v, want an error: %v", v.Reasons.Err(), tt.err)
			}
		})
	}
}

func with(s Situation, f func(*Situation)) Situation { f(&s); return s }

// An impossible clock has no deadline: identity information received but
// never asked for under Art. 12(6), a fee paid but never charged, a pause
// that ends before it starts. Clock.Check says why.
func TestClockDueImpossible(t *testing.T) {
	recv := londonAt("2026-03-02")
	tests := []struct {
		name string
		c    Clock
		code Code
	}{
		{"identity-not-asked", Clock{Regime: basis.UK, Received: recv, IdentityReceived: londonAt("2026-03-09")}, ClockIdentityNotAsked},
		{"identity-before-receipt", Clock{Regime: basis.UK, Received: recv, IdentityAsked: true, IdentityReceived: londonAt("2026-03-01")}, ClockIdentityBeforeReceipt},
		{"fee-not-asked", Clock{Regime: basis.UK, Received: recv, FeeReceived: londonAt("2026-03-09")}, ClockFeeNotAsked},
		{"pause-reversed", Clock{Regime: basis.UK, Access: true, Received: recv, Clarifications: []Pause{mkPause("2026-03-09", "2026-03-05")}}, ClockPauseReversed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d, ok := tt.c.Due(EnglandAndWales); ok {
				t.Errorf("Due = %v, want none", d)
			}
			if d, ok := tt.c.ExtensionDeadline(EnglandAndWales); ok {
				t.Errorf("ExtensionDeadline = %v, want none", d)
			}
			if s, ok := tt.c.Start(); ok && tt.code != ClockPauseReversed {
				t.Errorf("Start = %v, want none", s)
			}
			if got := basis.CodeOf(tt.c.Check()); got != tt.code {
				t.Errorf("Check code = %s, want %s", got, tt.code)
			}
		})
	}
}

// Deadline of the zero time (no date of receipt) is the zero time, not a
// date in year 1.
func TestDeadlineZeroTime(t *testing.T) {
	for _, cal := range []Calendar{EnglandAndWales, Scotland, WeekendsOnly} {
		if got := Deadline(time.Time{}, cal); !got.IsZero() {
			t.Errorf("Deadline(zero, %v) = %v, want the zero time", cal, got)
		}
	}
}

// A failed ParseCalendar returns the zero Calendar with its error.
func TestParseCalendarFailureIsZero(t *testing.T) {
	for _, s := range []string{"mars", "scotland+2026-02-30", "england-and-wales+2026-12-24,x"} {
		c, err := ParseCalendar(s)
		if err == nil || c != (Calendar{}) || basis.CodeOf(err) != CodeCalendarText {
			t.Errorf("ParseCalendar(%q) = %v, %v; want the zero Calendar and %s", s, c, err, CodeCalendarText)
		}
	}
}

// cmp.Diff compares structs that hold a Calendar (its fields are
// unexported), through Calendar.Equal.
func TestCalendarCmp(t *testing.T) {
	type holder struct {
		Name string
		Cal  Calendar
	}
	a := holder{"office", Scotland.WithClosures(londonAt("2026-12-24"))}
	b := holder{"office", MustParseCalendar("scotland+2026-12-24")}
	if d := cmp.Diff(a, b); d != "" {
		t.Errorf("equal calendars differ:\n%s", d)
	}
	if d := cmp.Diff(a, holder{"office", Scotland}); d == "" {
		t.Error("different calendars compare equal")
	}
	if !EnglandAndWales.Equal(EnglandAndWales) || EnglandAndWales.Equal(Scotland) {
		t.Error("Calendar.Equal")
	}
}
