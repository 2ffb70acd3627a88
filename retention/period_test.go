package retention

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestPeriodAddTo(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		p    Period
		in   time.Time
		want time.Time
	}{
		{"one month from 31 January clamps to 29 February in a leap year", Months(1),
			time.Date(2024, 1, 31, 9, 30, 0, 0, time.UTC), time.Date(2024, 2, 29, 9, 30, 0, 0, time.UTC)},
		{"one month from 31 January clamps to 28 February otherwise", Months(1),
			time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC), time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"one month from 30 January", Months(1),
			time.Date(2023, 1, 30, 0, 0, 0, 0, time.UTC), time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"one month from 29 January in a leap year", Months(1),
			time.Date(2024, 1, 29, 0, 0, 0, 0, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{"one month from 31 March clamps to 30 April", Months(1),
			time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC), time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC)},
		{"six months from 31 August is 28 February", Months(6),
			time.Date(2022, 8, 31, 0, 0, 0, 0, time.UTC), time.Date(2023, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"one year from 29 February is 28 February", Years(1),
			time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC), time.Date(2025, 2, 28, 12, 0, 0, 0, time.UTC)},
		{"four years from 29 February is 29 February", Years(4),
			time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2028, 2, 29, 0, 0, 0, 0, time.UTC)},
		{"100 years from 29 February 2000 is 28 February 2100 (not a leap year)", Years(100),
			time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(2100, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"years and months first, then days: 31 Jan + P1M1D is 1 March", Period{Months: 1, Days: 1},
			time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC), time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"P1Y2M3D from 2023-12-31", Period{1, 2, 3},
			time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)},
		{"days across a month end", Days(10),
			time.Date(2024, 2, 25, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)},
		{"zero period is the same instant", Period{},
			time.Date(2024, 2, 29, 23, 59, 59, 999, time.UTC), time.Date(2024, 2, 29, 23, 59, 59, 999, time.UTC)},
		// 23:30 UTC on 31 January is 23:30 on 31 January in London (GMT);
		// the date is taken in the value's own location.
		{"London date, clock kept across the change to summer time", Months(6),
			time.Date(2024, 1, 31, 23, 30, 0, 0, london), time.Date(2024, 7, 31, 23, 30, 0, 0, london)},
		{"date in the value's own location, not UTC", Months(1),
			time.Date(2024, 1, 31, 0, 30, 0, 0, time.FixedZone("UTC+2", 2*3600)),
			time.Date(2024, 2, 29, 0, 30, 0, 0, time.FixedZone("UTC+2", 2*3600))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.p.AddTo(tt.in)
			if !got.Equal(tt.want) || got.Location().String() != tt.want.Location().String() {
				t.Errorf("%v.AddTo(%v) = %v, want %v", tt.p, tt.in, got, tt.want)
			}
		})
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want Period
		text string // canonical form
	}{
		{"P40Y", Years(40), "P40Y"},
		{"P6M", Months(6), "P6M"},
		{"P1Y6M", Period{Years: 1, Months: 6}, "P1Y6M"},
		{"P10D", Days(10), "P10D"},
		{"P1Y2M3D", Period{1, 2, 3}, "P1Y2M3D"},
		{"P2W", Days(14), "P14D"},
		{"P1Y2W3D", Period{Years: 1, Days: 17}, "P1Y17D"},
		{"P0D", Period{}, "P0D"},
		{"P0Y", Period{}, "P0D"},
		{"P12M", Months(12), "P12M"},
		{"P007Y", Years(7), "P7Y"},
		{"P1000Y", Years(MaxYears), "P1000Y"},
		{"P12000M", Months(MaxMonths), "P12000M"},
		{"P366000D", Days(MaxDays), "P366000D"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePeriod(tt.in)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParsePeriod(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
			text, err := got.MarshalText()
			if err != nil || string(text) != tt.text {
				t.Errorf("MarshalText = %q, %v; want %q", text, err, tt.text)
			}
			if s := got.String(); s != tt.text {
				t.Errorf("String = %q, want %q", s, tt.text)
			}
			var p Period
			if err := p.UnmarshalText([]byte(tt.in)); err != nil || p != tt.want {
				t.Errorf("UnmarshalText(%q) = %+v, %v", tt.in, p, err)
			}
		})
	}
}

func TestParsePeriodErrors(t *testing.T) {
	tests := []struct {
		in      string
		offset  int
		problem string // a fragment of the problem
	}{
		{"", 0, "empty"},
		{"40Y", 0, "does not start with P"},
		{"p40y", 0, "lowercase p"},
		{"-P1Y", 0, "sign"},
		{"+P1Y", 0, "sign"},
		{"P", 1, "no components"},
		{"P-1Y", 1, "sign"},
		{"P1Y-2M", 3, "sign"},
		{"PT1H", 1, "time component"},
		{"P1DT12H", 3, "time component"},
		{"P1YT", 3, "time component"},
		{"P1H", 2, "time component without T"},
		{"P1.5Y", 2, "fraction"},
		{"P1,5Y", 2, "fraction"},
		{"P1y", 2, "lowercase designator"},
		{"P1X", 2, `"X" where a designator`},
		{"P1", 1, "no designator"},
		{"PY", 1, "where a number was expected"},
		{"P1M1Y", 4, "out of order"},
		{"P1Y1Y", 4, "repeated or out of order"},
		{"P1D1W", 4, "out of order"},
		{"P1001Y", 1, "above the limit of 1000"},
		{"P12001M", 1, "above the limit of 12000"},
		{"P366001D", 1, "above the limit of 366000"},
		{"P52286W", 1, "above the limit of 52285"},
		{"P52285W6D", 7, "366001 days, above the limit"},
		{"P99999999999999999999Y", 1, "too large"},
		{"P1Y ", 3, `" " where a number was expected`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParsePeriod(tt.in)
			var pe *PeriodError
			if !errors.As(err, &pe) {
				t.Fatalf("ParsePeriod(%q) error = %v, want *PeriodError", tt.in, err)
			}
			if pe.Code != CodeBadPeriodText || pe.Value != tt.in || pe.Column != tt.offset+1 || !strings.Contains(pe.Message, tt.problem) {
				t.Errorf("ParsePeriod(%q) = %+v, want offset %d and problem containing %q", tt.in, *pe, tt.offset, tt.problem)
			}
			if tt.in != "" && !strings.Contains(err.Error(), `"`+tt.in+`"`) {
				t.Errorf("message %q does not quote the input", err)
			}
			p := Years(3)
			if err := p.UnmarshalText([]byte(tt.in)); err == nil || p != Years(3) {
				t.Errorf("UnmarshalText(%q) = %v and changed the period to %v", tt.in, err, p)
			}
		})
	}
}

func TestPeriodValidate(t *testing.T) {
	bad := []struct {
		p     Period
		field string
	}{
		{Period{Years: -1}, "Years"},
		{Period{Months: -6}, "Months"},
		{Period{Days: -1}, "Days"},
		{Period{Years: 1001}, "Years"},
		{Period{Months: 12001}, "Months"},
		{Period{Days: 366001}, "Days"},
	}
	for _, tt := range bad {
		t.Run(tt.p.String(), func(t *testing.T) {
			err := tt.p.Validate()
			var pe *PeriodError
			if !errors.As(err, &pe) || pe.Code != CodePeriodRange || !strings.HasPrefix(pe.Message, strings.ToLower(tt.field)+" ") {
				t.Fatalf("Validate(%+v) = %v, want a *PeriodError on %s", tt.p, err, tt.field)
			}
			if _, err := tt.p.MarshalText(); err == nil {
				t.Errorf("MarshalText(%+v) succeeded", tt.p)
			}
			if tt.p.Positive() {
				t.Errorf("Positive(%+v) = true", tt.p)
			}
		})
	}
	if Years(-1).String() != "P-1Y" {
		t.Errorf("String of a negative period = %q, want P-1Y", Years(-1).String())
	}
	if !Years(1).Positive() || (Period{}).Positive() {
		t.Error("Positive: want true for P1Y, false for P0D")
	}
}

func TestMustParsePeriodPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParsePeriod(\"P1H\") did not panic")
		}
	}()
	MustParsePeriod("P1H")
}

func TestDay(t *testing.T) {
	tests := []struct {
		text string
		ymd  [3]int
	}{
		{"0001-01-01", [3]int{1, 1, 1}},
		{"1970-01-01", [3]int{1970, 1, 1}},
		{"2024-02-29", [3]int{2024, 2, 29}},
		{"9999-12-31", [3]int{9999, 12, 31}},
	}
	for _, tt := range tests {
		d, err := ParseDay(tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if d.String() != tt.text || !d.IsValid() {
			t.Errorf("ParseDay(%q).String() = %q", tt.text, d)
		}
		y, m, dd := d.YMD()
		if y != tt.ymd[0] || int(m) != tt.ymd[1] || dd != tt.ymd[2] {
			t.Errorf("%s: YMD = %d %d %d", tt.text, y, m, dd)
		}
		if got := DayFromYMD(y, m, dd); got != d {
			t.Errorf("DayFromYMD(%s) = %v", tt.text, got)
		}
	}
	if FirstDay != 1 {
		t.Errorf("FirstDay = %d, want 1", FirstDay)
	}
	var zero Day
	if zero.IsValid() || zero.String() != "none" || !zero.Time(nil).IsZero() {
		t.Error("the zero Day must be no date")
	}
	if _, err := ParseDay("2023-02-29"); err == nil {
		t.Error("ParseDay accepted 2023-02-29")
	}
	// 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
	at := time.Date(2024, 6, 30, 23, 30, 0, 0, time.UTC)
	london, _ := time.LoadLocation("Europe/London")
	if got := DayOf(at, london).String(); got != "2024-07-01" {
		t.Errorf("DayOf in London = %s, want 2024-07-01", got)
	}
	if got := DayOf(at, nil).String(); got != "2024-06-30" {
		t.Errorf("DayOf in own location = %s, want 2024-06-30", got)
	}
	if got := Years(1).AddToDay(0); got != 0 {
		t.Errorf("AddToDay on no date = %v, want no date", got)
	}
}

func TestDayText(t *testing.T) {
	d, _ := ParseDay("2024-02-29")
	if b, err := d.MarshalText(); err != nil || string(b) != "2024-02-29" {
		t.Errorf("MarshalText = %q, %v", b, err)
	}
	if b, err := Day(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v", b, err)
	}
	if _, err := (LastDay + 1).MarshalText(); err == nil {
		t.Error("MarshalText of an invalid day succeeded")
	}
	x := d
	if err := x.UnmarshalText([]byte("2023-02-29")); err == nil || x != d {
		t.Errorf("UnmarshalText(2023-02-29) = %v, day %v", err, x)
	}
	if err := x.UnmarshalText(nil); err != nil || x != 0 {
		t.Errorf("UnmarshalText(empty) = %v, day %v", err, x)
	}
}

// Periods far out of range saturate at the calendar's bounds, whatever the
// start date; they never wrap around.
func TestPeriodSaturates(t *testing.T) {
	const big = int(^uint(0) >> 1)
	starts := []time.Time{{}, time.Date(2024, 2, 29, 9, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		p    Period
		want string
	}{
		{Period{Years: big}, "9999-12-31"},
		{Period{Months: big}, "9999-12-31"},
		{Period{Days: big}, "9999-12-31"},
		{Period{big, big, big}, "9999-12-31"},
		{Period{Years: -big - 1}, "0001-01-01"},
		{Period{Months: -big - 1}, "0001-01-01"},
		{Period{Days: -big - 1}, "0001-01-01"},
	}
	for _, tt := range tests {
		for _, s := range starts {
			if got := tt.p.AddTo(s).Format(time.DateOnly); got != tt.want {
				t.Errorf("%v.AddTo(%s) = %s, want %s", tt.p, s.Format(time.DateOnly), got, tt.want)
			}
			if got := tt.p.AddToDay(DayOf(s, time.UTC)).String(); got != tt.want {
				t.Errorf("%v.AddToDay(%s) = %s, want %s", tt.p, s.Format(time.DateOnly), got, tt.want)
			}
		}
	}
}
