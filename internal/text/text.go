// Package text holds the small string helpers that every dpmodel error and
// finding shares, so that no error quotes an unbounded input.
package text

import (
	"strconv"
	"unicode/utf8"
)

// MaxQuoted is the most bytes of an input that an error or finding repeats.
// A 10 MB input gives an error of a few hundred bytes, not of 10 MB.
const MaxQuoted = 64

// Clip returns s when it is at most MaxQuoted bytes long, and otherwise its
// first MaxQuoted bytes (cut back to a whole UTF-8 sequence) followed by
// "…" and the full length, such as `abc…(10485760 bytes)`.
func Clip(s string) string {
	if len(s) <= MaxQuoted {
		return s
	}
	n := MaxQuoted
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…(" + strconv.Itoa(len(s)) + " bytes)"
}

// Quote is strconv.Quote of Clip(s).
func Quote(s string) string { return strconv.Quote(Clip(s)) }
