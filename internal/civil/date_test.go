package civil

import (
	"errors"
	"testing"
	"time"

	"pgregory.net/rapid"
)

func TestFromYMDMatchesTime(t *testing.T) {
	// The day number must agree with the standard library's own count of days
	// since 1970-01-01 for dates across the whole range.
	for _, tc := range []struct {
		y int
		m time.Month
		d int
	}{
		{1970, 1, 1}, {1969, 12, 31}, {2000, 2, 29}, {1900, 3, 1}, {2100, 2, 28},
		{1, 1, 1}, {9999, 12, 31}, {2026, 11, 23}, {1600, 2, 29},
	} {
		want := time.Date(tc.y, tc.m, tc.d, 0, 0, 0, 0, time.UTC).Unix() / 86400
		got := FromYMD(tc.y, tc.m, tc.d)
		if int64(got) != want {
			t.Errorf("FromYMD(%d, %d, %d) = %d, want %d", tc.y, tc.m, tc.d, got, want)
		}
		y, m, d := got.YMD()
		if y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("YMD of %d = %d-%d-%d, want %d-%d-%d", got, y, m, d, tc.y, tc.m, tc.d)
		}
	}
}

func TestBounds(t *testing.T) {
	if got := Min.String(); got != "0001-01-01" {
		t.Errorf("Min = %s", got)
	}
	if got := Max.String(); got != "9999-12-31" {
		t.Errorf("Max = %s", got)
	}
	if got := Max.AddDays(1); got != Max {
		t.Errorf("Max+1 = %s, want saturation", got)
	}
	if got := Min.AddMonths(-1); got != Min {
		t.Errorf("Min-1 month = %s, want saturation", got)
	}
	if got := MustParse("2020-01-01").Add(1<<62, 0, 0); got != Max {
		t.Errorf("huge years = %s, want Max", got)
	}
	if got := MustParse("2020-01-01").Add(0, -(1 << 62), 0); got != Min {
		t.Errorf("huge negative months = %s, want Min", got)
	}
	if got := FromYMD(10000, 1, 1); got != Max {
		t.Errorf("FromYMD(10000) = %s, want Max", got)
	}
}

func TestAdd(t *testing.T) {
	// Expected values are the XML Schema rule (months clamp to the last day,
	// then days) and the ICO's one-month examples.
	tests := []struct {
		start   string
		y, m, d int
		want    string
		why     string
	}{
		{"2026-01-31", 0, 1, 0, "2026-02-28", "no 31 February: last day"},
		{"2024-01-31", 0, 1, 0, "2024-02-29", "leap year"},
		{"2026-01-30", 0, 1, 0, "2026-02-28", "commentary: 30 Jan -> 28 Feb"},
		{"2026-08-31", 0, 1, 0, "2026-09-30", "31 Aug -> 30 Sep"},
		{"2026-09-03", 0, 1, 0, "2026-10-03", "ICO: 3 Sept -> 3 Oct"},
		{"2024-02-29", 1, 0, 0, "2025-02-28", "29 Feb plus a year"},
		{"2024-02-29", 4, 0, 0, "2028-02-29", "29 Feb plus four years"},
		{"2025-01-31", 0, 1, 1, "2025-03-01", "clamp, then add a day"},
		{"2025-03-31", 0, -1, 0, "2025-02-28", "negative months clamp too"},
		{"2025-12-31", 0, 2, 0, "2026-02-28", "across a year end"},
		{"2026-01-29", 0, 1, 0, "2026-02-28", "29th in a common year"},
		{"2026-05-31", 0, 0, 1, "2026-06-01", "days only"},
		{"2000-02-29", 100, 0, 0, "2100-02-28", "2100 is not a leap year"},
		{"1999-12-31", 40, 0, 0, "2039-12-31", "NET: 40 years"},
	}
	for _, tc := range tests {
		t.Run(tc.start+"+"+tc.why, func(t *testing.T) {
			got := MustParse(tc.start).Add(tc.y, tc.m, tc.d).String()
			if got != tc.want {
				t.Errorf("%s + P%dY%dM%dD = %s, want %s (%s)", tc.start, tc.y, tc.m, tc.d, got, tc.want, tc.why)
			}
		})
	}
}

func TestWeekday(t *testing.T) {
	for _, s := range []string{"1970-01-01", "2026-11-23", "2024-02-29", "0001-01-01", "1969-12-31"} {
		d := MustParse(s)
		want := d.Time(time.UTC).Weekday()
		if got := d.Weekday(); got != want {
			t.Errorf("%s: Weekday = %v, want %v", s, got, want)
		}
	}
}

func TestOfAndTime(t *testing.T) {
	// 23:30 UTC on 31 March 2026 is already 1 April in London (BST).
	at := time.Date(2026, 3, 31, 23, 30, 0, 0, time.UTC)
	if got := In(at, London()).String(); got != "2026-04-01" {
		t.Errorf("In(London) = %s, want 2026-04-01", got)
	}
	if got := Of(at).String(); got != "2026-03-31" {
		t.Errorf("Of = %s, want 2026-03-31", got)
	}
	mid := MustParse("2026-04-01").Time(London())
	if mid.Hour() != 0 || mid.Location() != London() {
		t.Errorf("Time = %v", mid)
	}
	clock := MustParse("2026-02-28").WithClock(time.Date(2026, 1, 31, 14, 5, 6, 7, time.UTC))
	if want := time.Date(2026, 2, 28, 14, 5, 6, 7, time.UTC); !clock.Equal(want) {
		t.Errorf("WithClock = %v, want %v", clock, want)
	}
}

func TestParseErrors(t *testing.T) {
	for _, s := range []string{"", "2023-02-29", "2023-13-01", "2023-00-10", "2023-1-01", "abcd-ef-gh", "0000-01-01", "2023-04-31", "2023/04/01", "+2023-04-0"} {
		if _, err := Parse(s); !errors.Is(err, ErrSyntax) {
			t.Errorf("Parse(%q) error = %v, want ErrSyntax", s, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "9999-12-31", "0001-01-01", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("Parse(%q).String() = %q", s, got)
		}
	})
}

func genDate() *rapid.Generator[Date] {
	return rapid.Custom(func(t *rapid.T) Date {
		// Bias towards month ends and 29 February.
		y := rapid.IntRange(1600, 2400).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		last := DaysIn(y, m)
		d := rapid.OneOf(rapid.IntRange(1, last), rapid.IntRange(max(1, last-3), last)).Draw(t, "day")
		return FromYMD(y, m, d)
	})
}

func TestPropertyAddMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genDate().Draw(t, "a")
		b := genDate().Draw(t, "b")
		years := rapid.IntRange(0, 100).Draw(t, "years")
		months := rapid.IntRange(0, 1200).Draw(t, "months")
		days := rapid.IntRange(0, 4000).Draw(t, "days")
		if a > b {
			a, b = b, a
		}
		if a.Add(years, months, days) > b.Add(years, months, days) {
			t.Fatalf("not monotonic: %s <= %s but %s > %s", a, b, a.Add(years, months, days), b.Add(years, months, days))
		}
		if a.Add(years, months, days) < a {
			t.Fatalf("adding a non-negative period went backwards from %s", a)
		}
	})
}

func TestPropertyAddMonthsClamps(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genDate().Draw(t, "a")
		n := rapid.IntRange(-2400, 2400).Draw(t, "months")
		y, m, d := a.YMD()
		got := a.AddMonths(n)
		gy, gm, gd := got.YMD()
		total := y*12 + int(m) - 1 + n
		if gy*12+int(gm)-1 != total {
			t.Fatalf("%s + %d months landed in %d-%02d", a, n, gy, gm)
		}
		if want := min(d, DaysIn(gy, gm)); gd != want {
			t.Fatalf("%s + %d months = %s, day %d want %d", a, n, got, gd, want)
		}
	})
}

func TestPropertyRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.Int32Range(int32(Min), int32(Max)).Draw(t, "day")
		d := Date(n)
		y, m, dd := d.YMD()
		if FromYMD(y, m, dd) != d {
			t.Fatalf("YMD round trip failed for %d", n)
		}
		p, err := Parse(d.String())
		if err != nil || p != d {
			t.Fatalf("text round trip failed for %s: %v", d, err)
		}
	})
}

var sink Date

// BenchmarkAdd adds a period (P6Y1M12D) to dates spread over three years,
// month ends and 29 February among them.
func BenchmarkAdd(b *testing.B) {
	dates := make([]Date, 1024)
	for i := range dates {
		dates[i] = MustParse("2024-01-31").AddDays(i)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sink = dates[i&1023].Add(6, 1, 12)
	}
}

func BenchmarkFromTime(b *testing.B) {
	b.ReportAllocs()
	at := time.Date(2026, 3, 31, 23, 30, 0, 0, time.UTC)
	loc := London()
	for b.Loop() {
		sink = In(at, loc)
	}
}

func TestTablesMatchAlgorithm(t *testing.T) {
	// Every day in range: the table conversion agrees with Hinnant's
	// arithmetic, and consecutive days have consecutive dates.
	py, pm, pd := civilFromDays(int(Min))
	if py != 1 || pm != 1 || pd != 1 {
		t.Fatalf("Min = %d-%d-%d", py, pm, pd)
	}
	for z := int(Min) + 1; z <= int(Max); z++ {
		y, m, d := civilFromDays(z)
		if hinnantDays(y, m, d) != z || daysFromCivil(y, m, d) != z {
			t.Fatalf("day %d: %d-%d-%d does not convert back", z, y, m, d)
		}
		next := d == pd+1 && m == pm && y == py
		rollMonth := d == 1 && pd == DaysIn(py, time.Month(pm)) && ((m == pm+1 && y == py) || (m == 1 && pm == 12 && y == py+1))
		if !next && !rollMonth {
			t.Fatalf("day %d: %d-%d-%d does not follow %d-%d-%d", z, y, m, d, py, pm, pd)
		}
		py, pm, pd = y, m, d
	}
}

func TestOutOfRangeDatesDoNotPanic(t *testing.T) {
	for _, d := range []Date{Max + 1, Min - 1, Date(1<<31 - 1), Date(-1 << 31)} {
		_ = d.String()
		_ = d.AddMonths(1)
		_ = d.Weekday()
		_ = d.Time(London())
	}
	if got := Date(1<<31 - 1).String(); got != "9999-12-31" {
		t.Errorf("far future prints %s, want the bound", got)
	}
	if got := MustParse("2020-01-01").AddDays(1<<62 + 5); got != Max {
		t.Errorf("AddDays(huge) = %s, want Max", got)
	}
	if got := MustParse("2020-01-01").AddDays(-(1 << 62)); got != Min {
		t.Errorf("AddDays(-huge) = %s, want Min", got)
	}
}

func TestAccessorsAndComparisons(t *testing.T) {
	d := MustParse("2024-02-29")
	if d.Year() != 2024 || d.Month() != time.February || d.Day() != 29 {
		t.Errorf("2024-02-29: Year %d, Month %v, Day %d", d.Year(), d.Month(), d.Day())
	}
	e := MustParse("2025-02-28")
	if got := e.Sub(d); got != 365 {
		t.Errorf("2025-02-28 - 2024-02-29 = %d days, want 365", got)
	}
	if !d.Before(e) || d.After(e) || !e.After(d) || d.Before(d) {
		t.Error("Before/After wrong for 2024-02-29 and 2025-02-28")
	}
	if got := FromYMD(2024, 14, 1).String(); got != "2025-02-01" {
		t.Errorf("FromYMD(2024, 14, 1) = %s, want month 14 normalised to 2025-02-01", got)
	}
	if got := FromYMD(2024, 1, 0).String(); got != "2023-12-31" {
		t.Errorf("FromYMD(2024, 1, 0) = %s, want 2023-12-31", got)
	}
}
