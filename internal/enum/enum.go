// Package enum is the one code path behind every dpmodel enumeration's
// String, AppendText, MarshalText, UnmarshalText and Parse.
//
// An enumeration is a uint8 type whose zero value means "unspecified". A
// [Table] holds the stable lowercase code of each value; the public package
// wraps it in one-line methods, so that every enumeration prints, parses and
// fails the same way.
package enum

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseError reports text that is not one of an enumeration's codes. Public
// packages expose it under their own name (basis.ParseError and so on) as an
// alias, so errors.As works with any of those names.
type ParseError struct {
	Type  string   // the enumeration, e.g. "basis.Basis"
	Value string   // the text that failed
	Valid []string // every valid code, in the enumeration's order
}

// Error names the type, the bad value and the valid codes.
func (e *ParseError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: empty code (valid: %s)", e.Type, strings.Join(e.Valid, ", "))
	}
	return fmt.Sprintf("%s: unknown code %q (valid: %s)", e.Type, e.Value, strings.Join(e.Valid, ", "))
}

// RangeError reports a value outside an enumeration's range when it is
// marshalled.
type RangeError struct {
	Type  string // the enumeration, e.g. "basis.Basis"
	Value uint8  // the out-of-range value
}

// Error names the type and the value.
func (e *RangeError) Error() string {
	return fmt.Sprintf("%s(%d) is not a valid value", e.Type, e.Value)
}

// Table maps the values of one enumeration to their codes.
type Table[T ~uint8] struct {
	name  string
	codes []string // codes[v] for v >= 1; codes[0] is "" (unspecified)
	index map[string]T
}

// New returns the table for type name whose values 1, 2, ... have the given
// codes. It panics on a duplicate or non-canonical code, which is a
// programming error caught when the package is initialised.
func New[T ~uint8](name string, codes ...string) *Table[T] {
	if len(codes) > 254 {
		panic("enum: too many codes for " + name)
	}
	t := &Table[T]{name: name, codes: append([]string{""}, codes...), index: make(map[string]T, len(codes))}
	for i, c := range codes {
		if c == "" || canonical(c) != c {
			panic("enum: non-canonical code " + strconv.Quote(c) + " in " + name)
		}
		if _, dup := t.index[c]; dup {
			panic("enum: duplicate code " + strconv.Quote(c) + " in " + name)
		}
		t.index[c] = T(i + 1)
	}
	return t
}

// Valid reports whether v is one of the enumeration's values (not zero).
func (t *Table[T]) Valid(v T) bool { return v != 0 && int(v) < len(t.codes) }

// String returns v's code, "unspecified" for zero, or "pkg.Type(17)" for a
// value out of range.
func (t *Table[T]) String(v T) string {
	switch {
	case v == 0:
		return "unspecified"
	case int(v) < len(t.codes):
		return t.codes[v]
	}
	return t.name + "(" + strconv.Itoa(int(v)) + ")"
}

// Code returns v's code, or "" when v is zero or out of range.
func (t *Table[T]) Code(v T) string {
	if int(v) < len(t.codes) {
		return t.codes[v]
	}
	return ""
}

// AppendText appends v's code to b. Zero appends nothing, so an unspecified
// value round-trips as empty text; an out-of-range value is a *RangeError.
func (t *Table[T]) AppendText(b []byte, v T) ([]byte, error) {
	if int(v) >= len(t.codes) {
		return b, &RangeError{Type: t.name, Value: uint8(v)}
	}
	return append(b, t.codes[v]...), nil
}

// MarshalText returns v's code (see AppendText).
func (t *Table[T]) MarshalText(v T) ([]byte, error) { return t.AppendText(nil, v) }

// UnmarshalText sets *v from text: empty text is the zero value, anything
// else must be a code (see Parse). On error *v is unchanged.
func (t *Table[T]) UnmarshalText(v *T, text []byte) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	x, err := t.Parse(string(text))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// Parse returns the value whose code is s. Input is lenient (case, spaces and
// underscores are folded: "Legitimate_Interests" is "legitimate-interests");
// output is always the canonical code. Empty or unknown text is a
// *ParseError listing the valid codes.
func (t *Table[T]) Parse(s string) (T, error) {
	if v, ok := t.index[s]; ok {
		return v, nil
	}
	if v, ok := t.index[canonical(s)]; ok && s != "" {
		return v, nil
	}
	return 0, &ParseError{Type: t.name, Value: s, Valid: t.Codes()}
}

// Values returns every value except zero, in order. The slice is new.
func (t *Table[T]) Values() []T {
	vs := make([]T, len(t.codes)-1)
	for i := range vs {
		vs[i] = T(i + 1)
	}
	return vs
}

// Codes returns every code, in value order. The slice is new.
func (t *Table[T]) Codes() []string {
	return append([]string(nil), t.codes[1:]...)
}

// canonical lower-cases s, trims it and turns runs of spaces and underscores
// into single hyphens.
func canonical(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == ' ' || c == '_':
			c = '-'
		}
		b.WriteByte(c)
	}
	return b.String()
}
