package rights

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"pgregory.net/rapid"
)

func TestParseCalendar(t *testing.T) {
	tests := []struct {
		in   string
		want Calendar
		text string // canonical form
	}{
		{"england-and-wales", EnglandAndWales, "england-and-wales"},
		{"scotland", Scotland, "scotland"},
		{"northern-ireland", NorthernIreland, "northern-ireland"},
		{"weekends-only", WeekendsOnly, "weekends-only"},
		// Lenient code, as for the enumerations.
		{"England and Wales", EnglandAndWales, "england-and-wales"},
		{" NORTHERN_IRELAND ", NorthernIreland, "northern-ireland"},
		// Closure days: sorted, repeats dropped, spaces around dates ignored.
		{"scotland+2026-12-24,2026-12-31", Scotland.WithClosures(londonAt("2026-12-24"), londonAt("2026-12-31")), "scotland+2026-12-24,2026-12-31"},
		{"scotland+2026-12-31, 2026-12-24,2026-12-31", Scotland.WithClosures(londonAt("2026-12-24"), londonAt("2026-12-31")), "scotland+2026-12-24,2026-12-31"},
		{"weekends-only+2024-02-29", WeekendsOnly.WithClosures(londonAt("2024-02-29")), "weekends-only+2024-02-29"},
		{"england-and-wales+0001-01-01,9999-12-31", EnglandAndWales.WithClosures(londonDay("0001-01-01"), londonDay("9999-12-31")), "england-and-wales+0001-01-01,9999-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseCalendar(tc.in)
			if err != nil || got != tc.want {
				t.Fatalf("ParseCalendar(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
			if s := got.String(); s != tc.text {
				t.Errorf("String() = %q, want %q", s, tc.text)
			}
			var u Calendar
			if err := u.UnmarshalText([]byte(tc.in)); err != nil || u != tc.want {
				t.Errorf("UnmarshalText(%q) = %v, %v", tc.in, u, err)
			}
		})
	}
}

func TestParseCalendarFails(t *testing.T) {
	tests := []struct {
		in, element string
		parseErr    bool // the underlying error is a *basis.ParseError
	}{
		{"", "", true},
		{"wales", "wales", true},
		{"england", "england", true},
		{"+2026-01-01", "", true},
		{"scotland+", "", false},
		{"scotland+2026-01-01,", "", false},
		{"scotland+2026-01-01,,2026-01-02", "", false},
		{"scotland+2026-02-29", "2026-02-29", false}, // not a leap year
		{"scotland+2026-1-1", "2026-1-1", false},
		{"scotland+0000-12-31", "0000-12-31", false},
		{"scotland+2026-01-01+2026-01-02", "2026-01-01+2026-01-02", false},
		{"scotland;2026-01-01", "scotland;2026-01-01", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c := Scotland.WithClosures(londonAt("2030-01-02"))
			before := c
			_, err := ParseCalendar(tc.in)
			var ce *basis.InputError
			if !errors.As(err, &ce) {
				t.Fatalf("ParseCalendar(%q) error = %v, want a *basis.InputError", tc.in, err)
			}
			if ce.Code != CodeCalendarText || ce.Value != tc.element || ce.Err == nil {
				t.Errorf("InputError = %+v, want element %q", ce, tc.element)
			}
			var pe *basis.ParseError
			if errors.As(err, &pe) != tc.parseErr {
				t.Errorf("errors.As ParseError = %v, want %v", !tc.parseErr, tc.parseErr)
			}
			if msg := err.Error(); !strings.Contains(msg, "valid:") {
				t.Errorf("Error() = %q does not give the valid forms", msg)
			}
			if tc.in != "" {
				if err := c.UnmarshalText([]byte(tc.in)); err == nil || c != before {
					t.Errorf("UnmarshalText(%q) = %v and changed the calendar to %v", tc.in, err, c)
				}
			}
		})
	}
	c := Scotland
	if err := c.UnmarshalText(nil); err != nil || c != WeekendsOnly {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero Calendar", c, err)
	}
}

// A Calendar survives JSON as a string, closures and all.
func TestCalendarJSON(t *testing.T) {
	type config struct {
		Calendar Calendar `json:"calendar"`
	}
	in := config{NorthernIreland.WithClosures(londonAt("2026-12-24"))}
	data, err := json.Marshal(in)
	if err != nil || string(data) != `{"calendar":"northern-ireland+2026-12-24"}` {
		t.Fatalf("Marshal = %s, %v", data, err)
	}
	var out config
	if err := json.Unmarshal(data, &out); err != nil || out != in {
		t.Errorf("Unmarshal = %v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"calendar":"mars"}`), &out); err == nil {
		t.Error("Unmarshal of an unknown calendar succeeded")
	}
}

func TestCalendarTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cal := genCal(t)
		n := rapid.IntRange(0, 5).Draw(t, "n")
		for range n {
			cal = cal.WithClosures(genInstant(t, "closure"))
		}
		text, err := cal.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseCalendar(string(text))
		if err != nil || back != cal {
			t.Fatalf("ParseCalendar(%q) = %v, %v; want %v", text, back, err, cal)
		}
	})
}

// FuzzParseCalendar checks that no text panics the parser and that what
// parses is canonical on the second pass: text → Calendar → text → Calendar
// gives the same Calendar and the same text.
func FuzzParseCalendar(f *testing.F) {
	for _, s := range []string{"", "scotland", "England and Wales", "weekends-only+2026-12-24",
		"northern-ireland+2026-12-31,2026-12-24,2026-12-24", "scotland+", "scotland+2026-02-29",
		"scotland+9999-12-31,0001-01-01", "+", ",", "scotland+2026-01-01,,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCalendar(s)
		if err != nil {
			var ce *basis.InputError
			if !errors.As(err, &ce) || ce.Code != CodeCalendarText || c != (Calendar{}) {
				t.Fatalf("ParseCalendar(%q) = %v, %v; want the zero Calendar and a *basis.InputError", s, c, err)
			}
			return
		}
		text, _ := c.MarshalText()
		c2, err := ParseCalendar(string(text))
		if err != nil || c2 != c {
			t.Fatalf("ParseCalendar(%q) = %v, %v; want %v", text, c2, err, c)
		}
		if text2, _ := c2.MarshalText(); string(text2) != string(text) {
			t.Fatalf("text %q then %q", text, text2)
		}
	})
}
