package enum

import (
	"errors"
	"strings"
	"testing"
)

type colour uint8

var colours = New[colour]("test.Colour", "red", "dark-green")

func TestStringAndText(t *testing.T) {
	tests := []struct {
		v    colour
		str  string
		text string
		err  bool
	}{
		{0, "unspecified", "", false},
		{1, "red", "red", false},
		{2, "dark-green", "dark-green", false},
		{3, "test.Colour(3)", "", true},
		{255, "test.Colour(255)", "", true},
	}
	for _, tc := range tests {
		if got := colours.String(tc.v); got != tc.str {
			t.Errorf("String(%d) = %q, want %q", tc.v, got, tc.str)
		}
		b, err := colours.MarshalText(tc.v)
		var re *RangeError
		if tc.err != errors.As(err, &re) {
			t.Errorf("MarshalText(%d) error = %v, want error %v", tc.v, err, tc.err)
		}
		if string(b) != tc.text {
			t.Errorf("MarshalText(%d) = %q, want %q", tc.v, b, tc.text)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]colour{"red": 1, "RED": 1, " Dark_Green ": 2, "dark green": 2} {
		got, err := colours.Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "blue", "red-", "dark--green"} {
		_, err := colours.Parse(in)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("Parse(%q) error = %v, want *ParseError", in, err)
		}
		if pe.Value != in || len(pe.Valid) != 2 || !strings.Contains(err.Error(), "red, dark-green") {
			t.Errorf("Parse(%q) error = %+v", in, pe)
		}
	}
}

func TestUnmarshalLeavesValueOnError(t *testing.T) {
	v := colour(2)
	if err := colours.UnmarshalText(&v, []byte("blue")); err == nil || v != 2 {
		t.Errorf("UnmarshalText(blue) = %v, value %d; want error and 2", err, v)
	}
	if err := colours.UnmarshalText(&v, nil); err != nil || v != 0 {
		t.Errorf("UnmarshalText(empty) = %v, value %d; want nil and 0", err, v)
	}
}

func TestNewRejectsBadTables(t *testing.T) {
	for _, codes := range [][]string{{"a", "a"}, {"Upper"}, {""}, {"with space"}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("New(%q) did not panic", codes)
				}
			}()
			New[colour]("test.Bad", codes...)
		}()
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"red", "Dark Green", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := colours.Parse(s)
		if err != nil {
			return
		}
		b, err := colours.MarshalText(v)
		if err != nil {
			t.Fatal(err)
		}
		var back colour
		if err := colours.UnmarshalText(&back, b); err != nil || back != v {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
	})
}

func TestValuesCodesAndValid(t *testing.T) {
	if got := colours.Values(); len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("Values = %v", got)
	}
	if !colours.Valid(2) || colours.Valid(0) || colours.Valid(3) {
		t.Error("Valid wrong")
	}
	if colours.Code(1) != "red" || colours.Code(0) != "" || colours.Code(9) != "" {
		t.Error("Code wrong")
	}
	_, err := colours.Parse("")
	if err == nil || err.Error() != "test.Colour: empty code (valid: red, dark-green)" {
		t.Errorf("Parse(empty) error = %v", err)
	}
	_, err = colours.MarshalText(7)
	if err == nil || err.Error() != "test.Colour(7) is not a valid value" {
		t.Errorf("MarshalText(7) error = %v", err)
	}
}
