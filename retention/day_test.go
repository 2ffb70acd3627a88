package retention

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

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
