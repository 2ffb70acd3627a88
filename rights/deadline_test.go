package rights

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
	"pgregory.net/rapid"
)

func londonDay(s string) time.Time { return civil.MustParse(s).Time(civil.London()) }

func TestDeadline(t *testing.T) {
	tests := []struct {
		name     string
		received time.Time
		cal      Calendar
		want     string
	}{
		// ICO worked examples (reference §4.3).
		{"ico 3 sept to 3 oct", londonDay("2024-09-03"), EnglandAndWales, "2024-10-03"},
		{"ico 31 jan to 28 feb", londonDay("2025-01-31"), EnglandAndWales, "2025-02-28"},
		{"ico 31 jan to 29 feb in a leap year", londonDay("2024-01-31"), EnglandAndWales, "2024-02-29"},
		{"ico 1 apr to 1 may", londonDay("2025-04-01"), EnglandAndWales, "2025-05-01"},
		// 1 May 2027 is a Saturday and Monday 3 May the Early May bank
		// holiday: "if 1 May is a weekend/public holiday, the next working day".
		{"ico 1 apr to next working day after 1 may", londonDay("2027-04-01"), EnglandAndWales, "2027-05-04"},
		{"commentary 30 jan to 28 feb", londonDay("2025-01-30"), EnglandAndWales, "2025-02-28"},
		{"commentary 31 aug to 30 sep", londonDay("2025-08-31"), EnglandAndWales, "2025-09-30"},
		{"commentary 1 aug to 1 sep", londonDay("2025-08-01"), EnglandAndWales, "2025-09-01"},
		// Month ends, 29th to 31st, and 29 February.
		{"29 jan to 28 feb", londonDay("2025-01-29"), EnglandAndWales, "2025-02-28"},
		{"29 jan to 29 feb leap", londonDay("2024-01-29"), EnglandAndWales, "2024-02-29"},
		{"30 jan leap to 29 feb", londonDay("2024-01-30"), EnglandAndWales, "2024-02-29"},
		{"28 feb to 28 mar", londonDay("2025-02-28"), EnglandAndWales, "2025-03-28"},
		{"29 feb to good friday then easter monday", londonDay("2024-02-29"), EnglandAndWales, "2024-04-02"},
		{"29 feb scotland has no easter monday", londonDay("2024-02-29"), Scotland, "2024-04-01"},
		{"31 mar to 30 apr", londonDay("2024-03-31"), EnglandAndWales, "2024-04-30"},
		{"31 may to 30 jun", londonDay("2025-05-31"), EnglandAndWales, "2025-06-30"},
		{"30 nov to 30 dec", londonDay("2026-11-30"), EnglandAndWales, "2026-12-30"},
		{"31 dec to 31 jan, a saturday", londonDay("2025-12-31"), EnglandAndWales, "2026-02-02"},
		// The day of receipt counts even when it is not a working day.
		{"received on a saturday", londonDay("2025-03-01"), EnglandAndWales, "2025-04-01"},
		{"received on christmas day", londonDay("2024-12-25"), EnglandAndWales, "2025-01-27"}, // 25 January 2025 is a Saturday
		// Weekends and holidays at the end.
		{"ends sunday 30 nov", londonDay("2025-10-30"), EnglandAndWales, "2025-12-01"},
		{"ends sunday 30 nov scotland st andrew", londonDay("2025-10-30"), Scotland, "2025-12-02"},
		{"ends christmas", londonDay("2025-11-25"), EnglandAndWales, "2025-12-29"},
		{"ends christmas weekends only", londonDay("2025-11-25"), WeekendsOnly, "2025-12-25"},
		{"ends boxing day 2022", londonDay("2022-11-26"), EnglandAndWales, "2022-12-28"},
		{"ends christmas substitute 2021", londonDay("2021-11-27"), Scotland, "2021-12-29"},
		{"ends new year substitute e&w", londonDay("2022-12-02"), EnglandAndWales, "2023-01-03"},
		{"ends new year substitute scotland", londonDay("2022-12-02"), Scotland, "2023-01-04"},
		{"ends boyne saturday ni", londonDay("2025-06-12"), NorthernIreland, "2025-07-15"},
		{"ends boyne saturday e&w", londonDay("2025-06-12"), EnglandAndWales, "2025-07-14"},
		{"ends st patrick ni", londonDay("2026-02-17"), NorthernIreland, "2026-03-18"},
		{"ends state funeral", londonDay("2022-08-19"), Scotland, "2022-09-20"},
		{"ends coronation", londonDay("2023-04-08"), NorthernIreland, "2023-05-09"},
		{"ends 2020 ve day", londonDay("2020-04-08"), EnglandAndWales, "2020-05-11"},
		{"ends 2020 usual early may is working", londonDay("2020-04-04"), EnglandAndWales, "2020-05-04"},
		{"ends jubilee", londonDay("2022-05-02"), EnglandAndWales, "2022-06-06"},
		// The date of receipt is the London date: 23:30 UTC in summer is
		// 00:30 the next day in London; in winter it is the same day.
		{"utc late evening in summer", time.Date(2025, 3, 31, 23, 30, 0, 0, time.UTC), EnglandAndWales, "2025-05-01"},
		{"utc late evening in winter", time.Date(2025, 1, 30, 23, 30, 0, 0, time.UTC), EnglandAndWales, "2025-02-28"},
		{"new york evening is the next day in london", time.Date(2025, 3, 2, 20, 0, 0, 0, time.FixedZone("EST", -5*3600)), EnglandAndWales, "2025-04-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Deadline(tc.received, tc.cal)
			if !got.Equal(londonDay(tc.want)) || got.Location() != civil.London() {
				t.Errorf("Deadline(%s, %s) = %s, want %s 00:00 Europe/London", tc.received, tc.cal, got, tc.want)
			}
		})
	}
}

// genInstant draws an instant between 2017 and 2032 in one of several
// locations, so that London dates, DST changes and the holidays of the
// reference years are all reached.
func genInstant(t *rapid.T, label string) time.Time {
	locs := []*time.Location{civil.London(), time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("JST", 9*3600)}
	sec := rapid.Int64Range(londonDay("2017-01-01").Unix(), londonDay("2032-12-31").Unix()).Draw(t, label)
	return time.Unix(sec, 0).In(locs[rapid.IntRange(0, len(locs)-1).Draw(t, label+"-loc")])
}

var testCalendars = []Calendar{EnglandAndWales, Scotland, NorthernIreland, WeekendsOnly}

func genCal(t *rapid.T) Calendar {
	return rapid.SampledFrom(testCalendars).Draw(t, "cal")
}

// correspondingDate is the test's own oracle for "the corresponding date in
// the next month, or its last day": written with the time package's
// normalisation rather than civil.AddMonths.
func correspondingDate(received time.Time) civil.Date {
	y, m, d := received.In(civil.London()).Date()
	last := time.Date(y, m+2, 0, 0, 0, 0, 0, time.UTC).Day() // day 0 of the month after next
	if d > last {
		d = last
	}
	return civil.FromYMD(y, m+1, d)
}

// The deadline is never before receipt, and never more than one month plus
// the non-working days that follow (the brief of issue 5).
func TestDeadlineBounds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		received := genInstant(t, "received")
		cal := genCal(t)
		got := Deadline(received, cal)
		if got.Before(received) {
			t.Fatalf("Deadline(%s) = %s is before receipt", received, got)
		}
		if !cal.IsWorkingDay(got) {
			t.Fatalf("Deadline(%s) = %s is not a working day of %s", received, got, cal)
		}
		h, m, s := got.Clock()
		if got.Location() != civil.London() || h != 0 || m != 0 || s != 0 {
			t.Fatalf("Deadline(%s) = %s is not midnight in London", received, got)
		}
		c := correspondingDate(received)
		due := civil.Of(got)
		if due < c {
			t.Fatalf("Deadline(%s) = %s is before the corresponding date %s", received, due, c)
		}
		for d := c; d < due; d = d.AddDays(1) {
			if cal.IsWorkingDay(d.Time(civil.London())) {
				t.Fatalf("Deadline(%s) = %s passes the working day %s after %s", received, due, d, c)
			}
		}
	})
}

// A later receipt never gives an earlier deadline.
func TestDeadlineMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := genInstant(t, "a"), genInstant(t, "b")
		if b.Before(a) {
			a, b = b, a
		}
		cal := genCal(t)
		if da, db := Deadline(a, cal), Deadline(b, cal); db.Before(da) {
			t.Fatalf("Deadline(%s) = %s after Deadline(%s) = %s", a, da, b, db)
		}
	})
}

// A division's calendar never gives an earlier deadline than weekends only,
// and closures never give an earlier deadline than without them.
func TestDeadlineCalendarOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		received := genInstant(t, "received")
		cal := genCal(t)
		closed := cal.WithClosures(genInstant(t, "c1"), genInstant(t, "c2"), Deadline(received, cal))
		if Deadline(received, cal).Before(Deadline(received, WeekendsOnly)) {
			t.Fatalf("%s gives an earlier deadline than weekends only for %s", cal, received)
		}
		if !Deadline(received, closed).After(Deadline(received, cal)) {
			t.Fatalf("closing on the deadline did not move it, %s, %s", cal, received)
		}
	})
}

func TestDeadlineExtremes(t *testing.T) {
	for _, received := range []time.Time{{}, time.Date(9999, 12, 31, 12, 0, 0, 0, time.UTC), time.Date(-50, 1, 1, 0, 0, 0, 0, time.UTC), time.Unix(1<<62, 0)} {
		for _, cal := range testCalendars {
			got := Deadline(received, cal) // must not panic or loop
			if y := got.Year(); y < 1 || y > 9999 {
				t.Errorf("Deadline(%v, %s) = %v", received, cal, got)
			}
		}
	}
}

var deadlineSink time.Time

func BenchmarkDeadline(b *testing.B) {
	// Receipts over a year, so that holidays, month ends and weekends are
	// all met; precomputed so that only Deadline is measured.
	received := make([]time.Time, 512)
	for i := range received {
		received[i] = londonDay("2025-01-01").Add(time.Duration(i) * 17 * time.Hour)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		deadlineSink = Deadline(received[i%len(received)], EnglandAndWales)
	}
}
