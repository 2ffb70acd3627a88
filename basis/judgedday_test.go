package basis

import (
	"testing"
	"time"
)

// TestJudgedDay: the remembered conversion gives the date r.date gives,
// whichever dates and regimes come in turn, and surelyOnOrBefore is never
// true of an instant whose calendar date is after the day.
func TestJudgedDay(t *testing.T) {
	start := time.Date(2020, 3, 28, 0, 0, 0, 0, time.UTC)
	for h := 0; h < 24*400; h += 7 {
		at := start.Add(time.Duration(h)*time.Hour + 59*time.Minute + 59*time.Second)
		for _, r := range []Regime{UK, EU, UK} {
			if got, want := r.judgedDay(at), r.date(at); got != want {
				t.Fatalf("%v at %v: judgedDay %v, date %v", r, at, got, want)
			}
			day := r.date(at)
			for _, d := range []time.Duration{-30, -26, -25, -24, -23, -12, -1, 0, 1, 23, 25} {
				u := at.Add(d * time.Hour)
				if surelyOnOrBefore(u, day) && r.date(u).After(day) {
					t.Fatalf("%v: %v is surely on or before %v, but its date is %v", r, u, day, r.date(u))
				}
			}
		}
	}
}
