package gdprtest

import (
	"slices"
	"strconv"
	"time"

	"pgregory.net/rapid"
)

// valid draws uniformly from the defined values of an enumeration.
func valid[T any](all []T) *rapid.Generator[T] { return rapid.SampledFrom(all) }

// arbitrary draws a defined value, zero or a value above the largest
// defined one, so that a consumer's handling of each is exercised.
func arbitrary[T ~uint8](all []T) *rapid.Generator[T] {
	top := slices.Max(all)
	gens := []*rapid.Generator[T]{rapid.SampledFrom(all), rapid.Just(T(0))}
	if top < 255 {
		gens = append(gens, rapid.Map(rapid.Uint8Range(uint8(top)+1, 255), func(u uint8) T { return T(u) }))
	}
	return rapid.OneOf(gens...)
}

// orZero draws zero (not stated, unspecified) or a value of g.
func orZero[T any](g *rapid.Generator[T]) *rapid.Generator[T] {
	var zero T
	return rapid.OneOf(rapid.Just(zero), g)
}

// Text draws short text of the kind a notice holds: letters, digits,
// punctuation, a few characters JSON and HTML escape, and accented
// letters; possibly empty. It never holds control characters.
func Text() *rapid.Generator[string] {
	return rapid.OneOf(rapid.Just(""), rapid.StringMatching(`[a-zA-Z0-9 &<>"'\\/é£–.,:;()-]{1,16}`))
}

// ArbitraryText draws any valid UTF-8 string, control characters and
// empty text included.
func ArbitraryText() *rapid.Generator[string] {
	return rapid.OneOf(rapid.Just(""), rapid.String(), rapid.StringN(0, 8, 64))
}

// ID draws an id as the register's format requires: a lowercase slug of
// runs of a-z and 0-9 joined by single '-', '.' or '_', at most
// gdpr.MaxIDLen bytes.
func ID() *rapid.Generator[string] {
	return rapid.StringMatching(`[a-z0-9]{1,8}([-._][a-z0-9]{1,8}){0,3}`)
}

// ArbitraryID draws any text as an id: slugs, empty text, upper case,
// separators at the ends or doubled, spaces and overlong ids.
func ArbitraryID() *rapid.Generator[string] {
	return rapid.OneOf(ID(), rapid.Just(""), rapid.StringMatching(`[-._A-Za-z0-9 ]{1,12}`),
		rapid.Map(rapid.IntRange(99, 102), func(n int) string { return string(slices.Repeat([]byte{'a'}, n)) }),
		ArbitraryText())
}

// locations are the locations the generators put times in: the two
// regimes' and UTC.
var locations = []*time.Location{time.UTC, mustLoad("Europe/London"), mustLoad("Europe/Brussels")}

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.FixedZone(name, 0) // no time zone database: keep the generators usable
	}
	return loc
}

// Time draws an instant from 2016 to 2040 at a whole minute, in UTC,
// Europe/London or Europe/Brussels: the times a register or a request
// holds.
func Time() *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		d := date(t, 2016, 2040)
		loc := rapid.SampledFrom(locations).Draw(t, "location")
		h := rapid.OneOf(rapid.Just(0), rapid.IntRange(0, 23)).Draw(t, "hour")
		m := rapid.OneOf(rapid.Just(0), rapid.IntRange(0, 59)).Draw(t, "minute")
		return time.Date(d.y, d.m, d.d, h, m, 0, 0, loc)
	})
}

// Midnight draws midnight at the start of a day from 2016 to 2040 in UTC,
// Europe/London or Europe/Brussels.
func Midnight() *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		d := date(t, 2016, 2040)
		return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, rapid.SampledFrom(locations).Draw(t, "location"))
	})
}

// ArbitraryTime draws any time.Time: the zero time, instants from year 1
// to 9999 with nanoseconds, in odd fixed offsets, and the edges of the
// calendar.
func ArbitraryTime() *rapid.Generator[time.Time] {
	return rapid.OneOf(rapid.Just(time.Time{}), Time(),
		rapid.Custom(func(t *rapid.T) time.Time {
			sec := rapid.Int64Range(-62135596800, 253402300799).Draw(t, "unix")
			nsec := rapid.Int64Range(0, 999999999).Draw(t, "nsec")
			off := rapid.IntRange(-14*3600, 14*3600).Draw(t, "offset")
			return time.Unix(sec, nsec).In(time.FixedZone("x"+strconv.Itoa(off), off))
		}),
		rapid.SampledFrom([]time.Time{
			time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
			time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
			time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC),
			time.Date(2026, 2, 5, 0, 0, 0, 0, locations[1]),
		}))
}

type ymd struct {
	y int
	m time.Month
	d int
}

// date draws a day of the Gregorian calendar between the years, with
// extra weight on month ends and 29 February, where calendar arithmetic
// goes wrong.
func date(t *rapid.T, from, to int) ymd {
	y := rapid.IntRange(from, to).Draw(t, "year")
	m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
	last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	d := rapid.OneOf(rapid.IntRange(1, last), rapid.IntRange(max(1, last-2), last)).Draw(t, "day")
	return ymd{y, m, d}
}

// distinctIDs draws n distinct ids.
func distinctIDs(t *rapid.T, n int, label string) []string {
	return rapid.SliceOfNDistinct(ID(), n, n, rapid.ID[string]).Draw(t, label)
}

// pick draws a list of distinct elements of ids, in any order.
func pick(t *rapid.T, ids []string, label string) []string {
	if len(ids) == 0 {
		return nil
	}
	idx := rapid.SliceOfNDistinct(rapid.IntRange(0, len(ids)-1), 0, len(ids), rapid.ID[int]).Draw(t, label)
	if len(idx) == 0 {
		return nil
	}
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = ids[j]
	}
	return out
}

// sliceOf draws nil or a non-empty list of up to n values of g, never an
// empty non-nil list (which the format writes as [] and is a value of
// its own).
func sliceOf[T any](t *rapid.T, g *rapid.Generator[T], n int, label string) []T {
	s := rapid.SliceOfN(g, 0, n).Draw(t, label)
	if len(s) == 0 {
		return nil
	}
	return s
}
