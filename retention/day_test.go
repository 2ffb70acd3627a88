package retention

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
	"pgregory.net/rapid"
)

// The summer-time rule gives the same London date as the time zone
// database: every hour from 1996 to 2100, each minute around every change,
// and random instants to 9999.
func TestDayOfLondonMatchesTZData(t *testing.T) {
	lon := civil.London()
	check := func(u time.Time) {
		t.Helper()
		if got, want := DayOf(u, lon), fromCivil(civil.Of(u.In(lon))); got != want {
			t.Fatalf("DayOf(%s) = %s, time zone database says %s", u.Format(time.RFC3339), got, want)
		}
	}
	for u := time.Date(1996, 1, 1, 0, 30, 0, 0, time.UTC); u.Year() < 2100; u = u.Add(time.Hour) {
		check(u)
	}
	for y := 1997; y < 2100; y++ {
		for _, m := range []time.Month{time.March, time.October} {
			change := lastSunday(y, m).Time(time.UTC).Add(time.Hour)
			for dt := -3 * time.Hour; dt <= 3*time.Hour; dt += time.Minute {
				check(change.Add(dt))
				check(change.Add(dt - time.Nanosecond))
			}
		}
	}
	rapid.Check(t, func(rt *rapid.T) {
		sec := rapid.Int64Range(-62135596800, 253402300799).Draw(rt, "sec") // 0001 to 9999
		check(time.Unix(sec, 0))
	})
}

func TestDayOfLocations(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	// 2024-07-01T02:30Z: 03:30 on 1 July in London (BST), 22:30 on 30 June
	// in New York (EDT), 02:30 on 1 July in UTC.
	u := time.Date(2024, 7, 1, 2, 30, 0, 0, time.UTC)
	tests := []struct {
		name string
		t    time.Time
		loc  *time.Location
		want string
	}{
		{"London", u, civil.London(), "2024-07-01"},
		{"New York", u, ny, "2024-06-30"},
		{"UTC", u, time.UTC, "2024-07-01"},
		{"nil is the time's own location", u.In(ny), nil, "2024-06-30"},
		{"nil with a London time", time.Date(2024, 3, 31, 23, 30, 0, 0, time.UTC).In(civil.London()), nil, "2024-04-01"},
		{"London before 1997 by the database", time.Date(1990, 7, 1, 23, 30, 0, 0, time.UTC), civil.London(), "1990-07-02"},
		{"London in 9999", time.Date(9999, 12, 31, 23, 59, 0, 0, time.UTC), civil.London(), "9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DayOf(tt.t, tt.loc).String(); got != tt.want {
				t.Errorf("DayOf = %s, want %s", got, tt.want)
			}
		})
	}
}
