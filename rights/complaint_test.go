package rights

import (
	"errors"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// TestAcknowledgeBy: DPA 2018 s.164A(3), "within the period of 30 days
// beginning when the complaint is received", for complaints received from
// 2026-06-19 (S.I. 2026/82 reg. 7).
func TestAcknowledgeBy(t *testing.T) {
	london := mustLondon(t)
	tests := []struct {
		name     string
		received time.Time
		want     string
	}{
		{"first-day", time.Date(2026, 6, 19, 0, 0, 0, 0, london), "2026-07-18"},
		{"over-year-end", time.Date(2026, 12, 15, 17, 0, 0, 0, london), "2027-01-13"},
		// 23:30 UTC on 31 July is 00:30 on 1 August in London.
		{"london-date", time.Date(2026, 7, 31, 23, 30, 0, 0, time.UTC), "2026-08-30"},
		// No move to a working day: 2026-08-30 is a Sunday.
		{"weekend-kept", time.Date(2026, 8, 1, 9, 0, 0, 0, london), "2026-08-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AcknowledgeBy(basis.UK, tt.received)
			if err != nil {
				t.Fatal(err)
			}
			if s := got.Format(time.DateOnly); s != tt.want || got.Hour() != 0 {
				t.Errorf("AcknowledgeBy = %v, want %s", got, tt.want)
			}
		})
	}
}

func TestAcknowledgeByNotStatutory(t *testing.T) {
	london := mustLondon(t)
	tests := []struct {
		name     string
		g        basis.Regime
		received time.Time
	}{
		{"day-before", basis.UK, time.Date(2026, 6, 18, 23, 59, 0, 0, london)},
		{"eu", basis.EU, time.Date(2026, 7, 1, 9, 0, 0, 0, london)},
		{"no-regime", 0, time.Date(2026, 7, 1, 9, 0, 0, 0, london)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := AcknowledgeBy(tt.g, tt.received)
			var re *basis.InputError
			if !errors.As(err, &re) || re.Code != CodeNotInForce {
				t.Fatalf("error = %v, want code %s", err, CodeNotInForce)
			}
			if !errors.Is(err, &basis.InputError{Code: CodeNotInForce}) {
				t.Error("errors.Is by code failed")
			}
		})
	}
}
