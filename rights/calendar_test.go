package rights

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
	"pgregory.net/rapid"
)

func TestCalendarValues(t *testing.T) {
	if (Calendar{}) != WeekendsOnly {
		t.Error("the zero Calendar is not WeekendsOnly")
	}
	names := map[Calendar]string{
		EnglandAndWales: "england-and-wales", Scotland: "scotland",
		NorthernIreland: "northern-ireland", WeekendsOnly: "weekends-only",
	}
	for cal, want := range names {
		if cal.String() != want {
			t.Errorf("String() = %q, want %q", cal.String(), want)
		}
	}
	if len(names) != 4 {
		t.Error("calendars are not distinct")
	}
	for _, y := range []int{0, -5, 10000} {
		if h := EnglandAndWales.Holidays(y); len(h) != 0 {
			t.Errorf("Holidays(%d) = %v", y, h)
		}
	}
}

func TestWithClosures(t *testing.T) {
	base := Scotland
	closed := base.WithClosures(londonAt("2025-12-31"), londonAt("2025-12-29"), londonAt("2025-12-29"), londonAt("2025-12-25"), londonAt("2026-01-05"))
	if base != Scotland || len(base.Closures()) != 0 {
		t.Fatal("WithClosures changed its receiver")
	}
	if closed == Scotland || closed != Scotland.WithClosures(londonDay("2025-12-25"), londonDay("2025-12-29"), londonDay("2025-12-31"), londonDay("2026-01-05")) {
		t.Error("closures are not compared by value")
	}
	if closed.String() != "scotland+2025-12-25,2025-12-29,2025-12-31,2026-01-05" {
		t.Errorf("String() = %q", closed.String())
	}
	want := []string{"2025-12-25", "2025-12-29", "2025-12-31", "2026-01-05"}
	got := closed.Closures()
	if len(got) != len(want) {
		t.Fatalf("Closures() = %v", got)
	}
	for i := range want {
		if !got[i].Equal(londonDay(want[i])) {
			t.Errorf("Closures()[%d] = %s, want %s", i, got[i], want[i])
		}
	}
	// Holidays lists closures in date order, once when they are already
	// holidays (Christmas Day).
	var list []string
	for _, h := range closed.Holidays(2025) {
		if civil.Of(h.Date) >= civil.MustParse("2025-12-01") {
			list = append(list, h.String())
		}
	}
	wantList := []string{"2025-12-01 St Andrew's Day (substitute day)", "2025-12-25 Christmas Day", "2025-12-26 Boxing Day", "2025-12-29 Closure", "2025-12-31 Closure"}
	if len(list) != len(wantList) {
		t.Fatalf("December 2025 = %q, want %q", list, wantList)
	}
	for i := range wantList {
		if list[i] != wantList[i] {
			t.Errorf("December 2025 [%d] = %q, want %q", i, list[i], wantList[i])
		}
	}
	if h, ok := closed.HolidayOn(londonAt("2025-12-31")); !ok || h.Kind != Closure {
		t.Errorf("HolidayOn(2025-12-31) = %v, %v", h, ok)
	}
	if _, ok := closed.HolidayOn(londonAt("2025-12-30")); ok {
		t.Error("HolidayOn(2025-12-30) found a holiday")
	}
	if closed.IsWorkingDay(londonAt("2025-12-31")) || !closed.IsWorkingDay(londonAt("2025-12-30")) {
		t.Error("closures not honoured by IsWorkingDay")
	}
	if got := WeekendsOnly.WithClosures(londonAt("2025-03-03")).Holidays(2025); len(got) != 1 || got[0].Kind != Closure {
		t.Errorf("weekends-only with a closure: %v", got)
	}
	if WeekendsOnly.WithClosures() != WeekendsOnly {
		t.Error("WithClosures() with no dates changed the calendar")
	}
}

func TestWorkingDayNavigation(t *testing.T) {
	tests := []struct {
		name string
		cal  Calendar
		from string
		n    int
		want string
	}{
		{"next after friday", EnglandAndWales, "2025-03-07", 1, "2025-03-10"},
		{"next over easter", EnglandAndWales, "2025-04-17", 1, "2025-04-22"},
		{"next over easter scotland", Scotland, "2025-04-17", 1, "2025-04-21"},
		{"five over christmas", EnglandAndWales, "2025-12-24", 5, "2026-01-05"},
		{"five over christmas scotland", Scotland, "2025-12-24", 5, "2026-01-06"},
		{"on or after, working", EnglandAndWales, "2025-03-07", 0, "2025-03-07"},
		{"on or after, saturday", EnglandAndWales, "2025-03-08", 0, "2025-03-10"},
		{"back one from monday", EnglandAndWales, "2025-03-10", -1, "2025-03-07"},
		{"back over easter", EnglandAndWales, "2025-04-22", -1, "2025-04-17"},
		{"back over new year scotland", Scotland, "2026-01-05", -2, "2025-12-30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from := londonAt(tc.from)
			got := tc.cal.AddWorkingDays(from, tc.n)
			if !got.Equal(londonDay(tc.want)) {
				t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tc.from, tc.n, got, tc.want)
			}
			switch tc.n {
			case 1:
				if next := tc.cal.NextWorkingDay(from); !next.Equal(got) {
					t.Errorf("NextWorkingDay(%s) = %s, want %s", tc.from, next, tc.want)
				}
			case 0:
				if on := tc.cal.WorkingDayOnOrAfter(from); !on.Equal(got) {
					t.Errorf("WorkingDayOnOrAfter(%s) = %s, want %s", tc.from, on, tc.want)
				}
			}
		})
	}
	// Huge counts saturate instead of looping for ever.
	if got := WeekendsOnly.AddWorkingDays(londonAt("2025-01-01"), 1<<40); got.Year() != 9999 {
		t.Errorf("AddWorkingDays(2^40) = %s", got)
	}
	if got := WeekendsOnly.AddWorkingDays(londonAt("2025-01-01"), -(1 << 40)); got.Year() > 1 {
		t.Errorf("AddWorkingDays(-2^40) = %s", got)
	}
}

// IsWorkingDay agrees with Holidays in any year: a day is a working day
// exactly when it is Monday to Friday and not listed.
func TestIsWorkingDayAgreesWithHolidays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cal := genCal(t)
		y := rapid.IntRange(1, 9999).Draw(t, "year")
		listed := map[civil.Date]bool{}
		for _, h := range cal.Holidays(y) {
			d := civil.Of(h.Date)
			if d.Year() != y || listed[d] {
				t.Fatalf("Holidays(%d) lists %s out of year or twice", y, d)
			}
			listed[d] = true
		}
		d := civil.FromYMD(y, 1, 1).AddDays(rapid.IntRange(0, 364).Draw(t, "day"))
		want := !isWeekend(d) && !listed[d]
		if got := cal.IsWorkingDay(d.Time(civil.London())); got != want {
			t.Fatalf("%s.IsWorkingDay(%s) = %v, want %v", cal, d, got, want)
		}
	})
}

// AddWorkingDays counts exactly n working days.
func TestAddWorkingDaysCounts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cal := genCal(t)
		from := genInstant(t, "from")
		n := rapid.IntRange(1, 60).Draw(t, "n")
		got := civil.Of(cal.AddWorkingDays(from, n))
		count := 0
		for d := civil.LondonDate(from).AddDays(1); d <= got; d = d.AddDays(1) {
			if cal.IsWorkingDay(d.Time(civil.London())) {
				count++
			}
		}
		if count != n || !cal.IsWorkingDay(got.Time(civil.London())) {
			t.Fatalf("AddWorkingDays(%s, %d) = %s spans %d working days", from, n, got, count)
		}
		if back := civil.Of(cal.AddWorkingDays(got.Time(civil.London()), -n)); back > civil.LondonDate(from) {
			t.Fatalf("back %d from %s = %s, after %s", n, got, back, civil.LondonDate(from))
		}
	})
}

func TestCalendarLookupsDoNotAllocate(t *testing.T) {
	cal := EnglandAndWales.WithClosures(londonAt("2025-12-29"))
	at := londonAt("2025-12-24")
	allocs := testing.AllocsPerRun(100, func() {
		_ = cal.IsWorkingDay(at)
		_ = cal.NextWorkingDay(at)
		_ = Deadline(at, cal)
		_, _ = cal.HolidayOn(at)
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %v times", allocs)
	}
}

func BenchmarkIsWorkingDay(b *testing.B) {
	days := make([]time.Time, 366)
	for i := range days {
		days[i] = londonDay("2025-01-01").Add(time.Duration(i) * 24 * time.Hour)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		deadlineSinkOK = NorthernIreland.IsWorkingDay(days[i%len(days)])
	}
}
