package civil

import (
	"testing"
	"time"

	"pgregory.net/rapid"
)

// zoneDate is the answer of the time zone database, which the rule-based
// functions must reproduce.
func zoneDate(t time.Time) Date { return Of(t.In(London())) }

func TestLondonDateMatchesZoneDatabase(t *testing.T) {
	// Every hour from 1996 (before the rule's range) to 2100.
	end := time.Date(2101, 1, 1, 0, 0, 0, 0, time.UTC)
	for u := time.Date(1996, 1, 1, 0, 30, 0, 0, time.UTC); u.Before(end); u = u.Add(time.Hour) {
		if got, want := LondonDate(u), zoneDate(u); got != want {
			t.Fatalf("LondonDate(%s) = %s, want %s", u.Format(time.RFC3339), got, want)
		}
	}
	// Every minute around each change, 1997 to 2100.
	for y := 1997; y <= 2100; y++ {
		for _, m := range []time.Month{time.March, time.October} {
			last := FromYMD(y, m, 31)
			last = last.AddDays(-int(last.Weekday()))
			change := last.Time(time.UTC).Add(time.Hour)
			for u := change.Add(-3 * time.Hour); u.Before(change.Add(3 * time.Hour)); u = u.Add(time.Minute) {
				if got, want := LondonDate(u), zoneDate(u); got != want {
					t.Fatalf("LondonDate(%s) = %s, want %s", u.Format(time.RFC3339), got, want)
				}
			}
		}
	}
}

func TestLondonMidnightMatchesZoneDatabase(t *testing.T) {
	for d := MustParse("1995-01-01"); d <= MustParse("2101-01-01"); d = d.AddDays(1) {
		y, m, dd := d.YMD()
		want := time.Date(y, m, dd, 0, 0, 0, 0, London())
		if got := LondonMidnight(d); !got.Equal(want) || got.Location() != London() {
			t.Fatalf("LondonMidnight(%s) = %s, want %s", d, got, want)
		}
	}
}

func TestPropertyLondonFarFuture(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sec := rapid.Int64Range(-62135596800, 253402300799).Draw(t, "unix") // 0001 to 9999
		u := time.Unix(sec, 0)
		if got, want := LondonDate(u), zoneDate(u); got != want {
			t.Fatalf("LondonDate(%s) = %s, want %s", u.UTC().Format(time.RFC3339), got, want)
		}
		d := Date(sec / 86400)
		y, m, dd := d.YMD()
		if got, want := LondonMidnight(d), time.Date(y, m, dd, 0, 0, 0, 0, London()); !got.Equal(want) {
			t.Fatalf("LondonMidnight(%s) = %s, want %s", d, got, want)
		}
	})
}

// BenchmarkLondonDate compares the rule with the time zone database over
// instants spread across the seasons.
func BenchmarkLondonDate(b *testing.B) {
	ts := make([]time.Time, 256)
	for i := range ts {
		ts[i] = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * 37 * time.Hour)
	}
	b.Run("rule", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sink += LondonDate(ts[i%len(ts)])
		}
	})
	b.Run("tzdata", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sink += zoneDate(ts[i%len(ts)])
		}
	})
}
