package retention

import (
	"errors"
	"testing"
)

// FuzzParsePeriod checks that parsing never panics, that every error is a
// *PeriodError naming an offset inside the text, and that a parsed period
// round-trips: marshal, unmarshal, marshal gives the same text and value.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"P40Y", "P6M", "P1Y6M", "P10D", "P1Y2M3D", "P2W", "P0D", "P1000Y",
		"", "P", "PT1H", "P1.5Y", "-P1Y", "P1M1Y", "P99999999999999Y", "p1y", "P1Y2W", "P366000D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			var pe *PeriodError
			if !errors.As(err, &pe) || pe.Code != CodeBadPeriodText || pe.Value != s || pe.Column < 1 || pe.Column > len(s)+1 ||
				len(err.Error()) > 400 {
				t.Fatalf("ParsePeriod(%q) error %#v", s, err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePeriod(%q) = %+v, which does not validate: %v", s, p, err)
		}
		b1, err := p.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%+v): %v", p, err)
		}
		var q Period
		if err := q.UnmarshalText(b1); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", b1, err)
		}
		b2, err := q.MarshalText()
		if err != nil || string(b1) != string(b2) || p != q {
			t.Fatalf("round trip %q: %q -> %+v -> %q (%v)", s, b1, q, b2, err)
		}
	})
}

// FuzzPeriodFields checks that any valid period marshals to text that parses
// back to the same period, and that AddToDay never panics and never goes
// backwards.
func FuzzPeriodFields(f *testing.F) {
	f.Add(1, 6, 0, int32(738945))
	f.Add(0, 0, 0, int32(1))
	f.Add(1000, 12000, 366000, int32(LastDay))
	f.Add(-1, 0, 0, int32(0))
	f.Fuzz(func(t *testing.T, y, m, d int, day int32) {
		p := Period{y, m, d}
		if b, err := p.MarshalText(); err == nil {
			q, err := ParsePeriod(string(b))
			if err != nil || q != p {
				t.Fatalf("%+v -> %q -> %+v, %v", p, b, q, err)
			}
		} else if p.Validate() == nil {
			t.Fatalf("valid %+v did not marshal: %v", p, err)
		}
		if p.Validate() == nil {
			if got := p.AddToDay(Day(day)); Day(day).IsValid() && got < Day(day) {
				t.Fatalf("%s + %+v = %s, earlier", Day(day), p, got)
			}
		}
	})
}

// FuzzParseDay checks that a parsed day prints back as the same text.
func FuzzParseDay(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "", "2024-13-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDay(s)
		if err != nil {
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDay(%q) = %d, prints %q", s, d, d)
		}
		b, err := d.MarshalText()
		var e Day
		if err != nil || string(b) != s || e.UnmarshalText(b) != nil || e != d {
			t.Fatalf("round trip %q: %q %v -> %v", s, b, err, e)
		}
	})
}
