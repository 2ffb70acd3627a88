package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"short", "abc", "abc"},
		{"exact", strings.Repeat("a", MaxQuoted), strings.Repeat("a", MaxQuoted)},
		{"long", strings.Repeat("a", 1000), strings.Repeat("a", MaxQuoted) + "…(1000 bytes)"},
		// 'é' is two bytes; 63 'a's then 'é' straddles the limit and is dropped whole.
		{"rune boundary", strings.Repeat("a", MaxQuoted-1) + "éé", strings.Repeat("a", MaxQuoted-1) + "…(67 bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clip(tt.in)
			if got != tt.want {
				t.Errorf("Clip = %q, want %q", got, tt.want)
			}
			if !utf8.ValidString(got) && utf8.ValidString(tt.in) {
				t.Errorf("Clip of valid UTF-8 gave invalid %q", got)
			}
		})
	}
	if q := Quote(strings.Repeat("x", 10<<20)); len(q) > 2*MaxQuoted {
		t.Errorf("Quote of 10 MB is %d bytes", len(q))
	}
}
