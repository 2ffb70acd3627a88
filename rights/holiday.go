package rights

import (
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// HolidayKind names a UK bank or public holiday, or a closure day a host
// added to a [Calendar]. The zero value is unspecified.
//
// The rules that place each holiday in a year are those of the Banking and
// Financial Dealings Act 1971 (BFDA 1971) s.1 and Schedule 1, the common-law
// holidays (Good Friday and Christmas Day in England, Wales and Northern
// Ireland) and the standing royal proclamations, as published by gov.uk
// (bank-holidays.json); see [Calendar] for the rules of each division.
type HolidayKind uint8

const (
	// NewYearsDay: 1 January; a weekend moves it to the next weekday (royal
	// proclamation under BFDA 1971 s.1(3); in Scotland BFDA 1971 Sch. 1
	// para 2).
	NewYearsDay HolidayKind = iota + 1
	// SecondJanuary: 2 January, Scotland only (BFDA 1971 Sch. 1 para 2).
	SecondJanuary
	// GoodFriday: two days before Easter Sunday (common law in England,
	// Wales and Northern Ireland, BFDA 1971 s.1(4); in Scotland BFDA 1971
	// Sch. 1 para 2).
	GoodFriday
	// EasterMonday: the day after Easter Sunday, not in Scotland (BFDA 1971
	// Sch. 1 paras 1 and 3).
	EasterMonday
	// EarlyMay: the first Monday in May (royal proclamation; in Scotland
	// BFDA 1971 Sch. 1 para 2).
	EarlyMay
	// Spring: the last Monday in May (BFDA 1971 Sch. 1 paras 1 and 3; in
	// Scotland by royal proclamation).
	Spring
	// Summer: the last Monday in August, in Scotland the first (BFDA 1971
	// Sch. 1 paras 1 to 3).
	Summer
	// StAndrewsDay: 30 November, Scotland only; a weekend moves it to the
	// next Monday (BFDA 1971 Sch. 1 para 2, as amended by the St Andrew's
	// Day Bank Holiday (Scotland) Act 2007).
	StAndrewsDay
	// StPatricksDay: 17 March, Northern Ireland only; a weekend moves it to
	// the next Monday (BFDA 1971 Sch. 1 para 3, and proclamation for a
	// Saturday).
	StPatricksDay
	// BattleOfTheBoyne: 12 July (Orangemen's Day), Northern Ireland only; a
	// weekend moves it to the next Monday (proclamation of the Secretary of
	// State for Northern Ireland, BFDA 1971 s.1(5)).
	BattleOfTheBoyne
	// ChristmasDay: 25 December (common law; in Scotland BFDA 1971 Sch. 1
	// para 2); a weekend moves it to the next free weekday.
	ChristmasDay
	// BoxingDay: 26 December (BFDA 1971 Sch. 1 paras 1 and 3; in Scotland by
	// proclamation); a weekend moves it to the next free weekday.
	BoxingDay
	// PlatinumJubilee: the extra bank holiday of Friday 2022-06-03 for the
	// Platinum Jubilee of Queen Elizabeth II (royal proclamation, BFDA 1971
	// s.1(3); gov.uk bank-holidays.json).
	PlatinumJubilee
	// StateFuneral: the extra bank holiday of Monday 2022-09-19 for the State
	// Funeral of Queen Elizabeth II (royal proclamation, BFDA 1971 s.1(3);
	// gov.uk bank-holidays.json).
	StateFuneral
	// Coronation: the extra bank holiday of Monday 2023-05-08 for the
	// coronation of King Charles III (royal proclamation, BFDA 1971 s.1(3);
	// gov.uk bank-holidays.json).
	Coronation
	// Closure: a day on which the host organisation is closed, added with
	// [Calendar.WithClosures]. It is not a public holiday and has no legal
	// source.
	Closure
)

var holidayKinds = enum.New[HolidayKind]("rights.HolidayKind",
	"new-years-day", "second-january", "good-friday", "easter-monday",
	"early-may", "spring", "summer", "st-andrews-day", "st-patricks-day",
	"battle-of-the-boyne", "christmas-day", "boxing-day", "platinum-jubilee",
	"state-funeral", "coronation", "closure")

var holidayKindInfo = [...]struct{ name, article string }{
	NewYearsDay:      {"New Year's Day", "Royal proclamation (BFDA 1971 s.1(3)); Scotland: BFDA 1971 Sch. 1 para 2"},
	SecondJanuary:    {"2nd January", "BFDA 1971 Sch. 1 para 2"},
	GoodFriday:       {"Good Friday", "Common law (BFDA 1971 s.1(4)); Scotland: BFDA 1971 Sch. 1 para 2"},
	EasterMonday:     {"Easter Monday", "BFDA 1971 Sch. 1 paras 1 and 3"},
	EarlyMay:         {"Early May bank holiday", "Royal proclamation (BFDA 1971 s.1(3)); Scotland: BFDA 1971 Sch. 1 para 2"},
	Spring:           {"Spring bank holiday", "BFDA 1971 Sch. 1 paras 1 and 3; Scotland: royal proclamation"},
	Summer:           {"Summer bank holiday", "BFDA 1971 Sch. 1 paras 1 to 3"},
	StAndrewsDay:     {"St Andrew's Day", "BFDA 1971 Sch. 1 para 2"},
	StPatricksDay:    {"St Patrick's Day", "BFDA 1971 Sch. 1 para 3"},
	BattleOfTheBoyne: {"Battle of the Boyne (Orangemen's Day)", "Proclamation (BFDA 1971 s.1(5))"},
	ChristmasDay:     {"Christmas Day", "Common law (BFDA 1971 s.1(4)); Scotland: BFDA 1971 Sch. 1 para 2"},
	BoxingDay:        {"Boxing Day", "BFDA 1971 Sch. 1 paras 1 and 3; Scotland: royal proclamation"},
	PlatinumJubilee:  {"Platinum Jubilee bank holiday", "Royal proclamation (BFDA 1971 s.1(3))"},
	StateFuneral:     {"Bank holiday for the State Funeral of Queen Elizabeth II", "Royal proclamation (BFDA 1971 s.1(3))"},
	Coronation:       {"Bank holiday for the coronation of King Charles III", "Royal proclamation (BFDA 1971 s.1(3))"},
	Closure:          {"Closure", ""},
}

// AllHolidayKinds returns every holiday kind in order.
func AllHolidayKinds() []HolidayKind { return holidayKinds.Values() }

// ParseHolidayKind returns the kind with the given code, such as
// "boxing-day". Case, spaces and underscores are folded.
func ParseHolidayKind(s string) (HolidayKind, error) { return holidayKinds.Parse(s) }

// MustParseHolidayKind is like [ParseHolidayKind] but panics on error. It is
// for constants in tables and tests.
func MustParseHolidayKind(s string) HolidayKind {
	k, err := holidayKinds.Parse(s)
	if err != nil {
		panic(err)
	}
	return k
}

// String returns the kind's code, "unspecified", or "rights.HolidayKind(n)".
func (k HolidayKind) String() string { return holidayKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k HolidayKind) IsValid() bool { return holidayKinds.Valid(k) }

// AppendText appends the kind's code to b.
func (k HolidayKind) AppendText(b []byte) ([]byte, error) { return holidayKinds.AppendText(b, k) }

// MarshalText returns the kind's code; the zero value is empty text.
func (k HolidayKind) MarshalText() ([]byte, error) { return holidayKinds.MarshalText(k) }

// UnmarshalText parses a code; on error k is unchanged.
func (k *HolidayKind) UnmarshalText(text []byte) error {
	return holidayKinds.UnmarshalText(k, text)
}

// Name returns the holiday's English name as gov.uk publishes it, such as
// "Spring bank holiday", or "" for an invalid kind.
func (k HolidayKind) Name() string {
	if !k.IsValid() {
		return ""
	}
	return holidayKindInfo[k].name
}

// Article returns the provisions that make the day a holiday, or "" for a
// host's closure and for an invalid kind.
func (k HolidayKind) Article() string {
	if !k.IsValid() {
		return ""
	}
	return holidayKindInfo[k].article
}

// Holiday is one non-working day, other than a Saturday or Sunday, in a
// [Calendar].
type Holiday struct {
	// Date is midnight at the start of the day, in Europe/London.
	Date time.Time
	// Kind says which holiday it is.
	Kind HolidayKind
	// Substitute is true when the holiday fell on a weekend (or on another
	// holiday) and this is the weekday that replaces it.
	Substitute bool
	// Moved is true when a one-off proclamation moved the holiday from its
	// usual day (Early May to 2020-05-08; Spring to 2022-06-02).
	Moved bool
}

// Name returns the holiday's name, with " (substitute day)" for a
// substitute day, as gov.uk writes it.
func (h Holiday) Name() string {
	if h.Substitute {
		return h.Kind.Name() + " (substitute day)"
	}
	return h.Kind.Name()
}

// String returns the date and the name, such as "2022-12-27 Christmas Day
// (substitute day)".
func (h Holiday) String() string {
	return civil.Of(h.Date).String() + " " + h.Name()
}

// division is one of the three UK jurisdictions whose bank holidays differ,
// or none (weekends only). It is the zero-value-safe core of a Calendar.
type division uint8

const (
	weekendsOnly division = iota
	englandAndWales
	scotland
	northernIreland
)

// holiday flags
const (
	flagSubstitute uint8 = 1 << iota
	flagMoved
)

// entry is one holiday of a year as computed by rule.
type entry struct {
	day   civil.Date
	kind  HolidayKind
	flags uint8
}

// maxHolidays bounds the holidays of one division in one year: Northern
// Ireland in 2022 had 12.
const maxHolidays = 14

// yearHolidays is the holidays of one division in one year, in date order.
// It is a value computed on demand: no table is kept between calls.
type yearHolidays struct {
	n int
	e [maxHolidays]entry
}

func (y *yearHolidays) add(d civil.Date, k HolidayKind, flags uint8) {
	if y.n == len(y.e) {
		return // unreachable with the rules below; never overflow
	}
	// Insertion keeps the entries in date order.
	i := y.n
	for i > 0 && y.e[i-1].day > d {
		y.e[i] = y.e[i-1]
		i--
	}
	y.e[i] = entry{d, k, flags}
	y.n++
}

// has reports whether d is one of the holidays.
func (y *yearHolidays) has(d civil.Date) bool {
	for i := 0; i < y.n; i++ {
		if y.e[i].day == d {
			return true
		}
	}
	return false
}

// Weekday helpers on civil dates.

func isWeekend(d civil.Date) bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// nextWeekday returns d if it is Monday to Friday, else the Monday after.
func nextWeekday(d civil.Date) civil.Date {
	switch d.Weekday() {
	case time.Saturday:
		return d.AddDays(2)
	case time.Sunday:
		return d.AddDays(1)
	}
	return d
}

// firstMonday returns the first Monday of month m of year y.
func firstMonday(y int, m time.Month) civil.Date {
	d := civil.FromYMD(y, m, 1)
	return d.AddDays((8 - int(d.Weekday())) % 7)
}

// lastMonday returns the last Monday of month m of year y.
func lastMonday(y int, m time.Month) civil.Date {
	d := civil.FromYMD(y, m, civil.DaysIn(y, m))
	return d.AddDays(-((int(d.Weekday()) + 6) % 7))
}

// easterSunday returns Easter Sunday of year y in the Gregorian calendar,
// by the anonymous Gregorian algorithm (Meeus/Jones/Butcher, in J. Meeus,
// Astronomical Algorithms, ch. 8), for any year from 1583.
func easterSunday(y int) civil.Date {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil.FromYMD(y, time.Month(month), day)
}

// observe adds a holiday that moves to the next weekday when it falls on a
// weekend.
func (y *yearHolidays) observe(d civil.Date, k HolidayKind) {
	o := nextWeekday(d)
	var f uint8
	if o != d {
		f = flagSubstitute
	}
	y.add(o, k, f)
}

// observePair adds two holidays on consecutive days (Christmas and Boxing
// Day; New Year's Day and 2 January in Scotland), each moved off a weekend
// to the next weekday not already taken. When both land on the same day,
// the one whose own date it is keeps it if weekdayFirst is set, otherwise
// the first of the pair keeps it; the other takes the next weekday. This
// reproduces gov.uk's names: in 2022 Boxing Day is Monday 26 and Christmas
// Day's substitute Tuesday 27; in Scotland in 2023 New Year's Day's
// substitute is Monday 2 and 2 January's Tuesday 3 (BFDA 1971 Sch. 1
// para 2 reads the other way round; the dates are the same either way).
func (y *yearHolidays) observePair(d1 civil.Date, k1 HolidayKind, d2 civil.Date, k2 HolidayKind, weekdayFirst bool) {
	a, b := nextWeekday(d1), nextWeekday(d2)
	if a == b {
		if weekdayFirst && b == d2 {
			a = nextWeekday(b.AddDays(1))
		} else {
			b = nextWeekday(a.AddDays(1))
		}
	}
	fa, fb := uint8(0), uint8(0)
	if a != d1 {
		fa = flagSubstitute
	}
	if b != d2 {
		fb = flagSubstitute
	}
	y.add(a, k1, fa)
	y.add(b, k2, fb)
}

// holidaysOf computes the holidays of division div in year y by rule, with
// the one-off changes. Years outside 1..9999 have none; weekends-only has
// none.
func holidaysOf(div division, y int) (h yearHolidays) {
	if div == weekendsOnly || y < 1 || y > 9999 {
		return h
	}
	jan1 := civil.FromYMD(y, time.January, 1)
	if div == scotland {
		h.observePair(jan1, NewYearsDay, jan1.AddDays(1), SecondJanuary, false)
	} else {
		h.observe(jan1, NewYearsDay)
	}
	if div == northernIreland {
		h.observe(civil.FromYMD(y, time.March, 17), StPatricksDay)
	}
	easter := easterSunday(y)
	h.add(easter.AddDays(-2), GoodFriday, 0)
	if div != scotland {
		h.add(easter.AddDays(1), EasterMonday, 0)
	}
	// One-off changes by royal proclamation (BFDA 1971 s.1(2)-(3)), the same
	// in all three divisions; source: gov.uk bank-holidays.json (reference
	// §12.2). No other year from 2018 to 2027 has one.
	switch y {
	case 2020:
		// Early May moved from Monday 4 May to Friday 8 May (VE Day 75).
		h.add(civil.FromYMD(2020, time.May, 8), EarlyMay, flagMoved)
		h.add(lastMonday(y, time.May), Spring, 0)
	case 2022:
		// Spring moved from Monday 30 May to Thursday 2 June, with the
		// Platinum Jubilee on Friday 3 June; the State Funeral of Queen
		// Elizabeth II on Monday 19 September.
		h.add(firstMonday(y, time.May), EarlyMay, 0)
		h.add(civil.FromYMD(2022, time.June, 2), Spring, flagMoved)
		h.add(civil.FromYMD(2022, time.June, 3), PlatinumJubilee, 0)
		h.add(civil.FromYMD(2022, time.September, 19), StateFuneral, 0)
	case 2023:
		// The coronation of King Charles III on Monday 8 May.
		h.add(firstMonday(y, time.May), EarlyMay, 0)
		h.add(civil.FromYMD(2023, time.May, 8), Coronation, 0)
		h.add(lastMonday(y, time.May), Spring, 0)
	default:
		h.add(firstMonday(y, time.May), EarlyMay, 0)
		h.add(lastMonday(y, time.May), Spring, 0)
	}
	if div == northernIreland {
		h.observe(civil.FromYMD(y, time.July, 12), BattleOfTheBoyne)
	}
	if div == scotland {
		h.add(firstMonday(y, time.August), Summer, 0)
		h.observe(civil.FromYMD(y, time.November, 30), StAndrewsDay)
	} else {
		h.add(lastMonday(y, time.August), Summer, 0)
	}
	dec25 := civil.FromYMD(y, time.December, 25)
	h.observePair(dec25, ChristmasDay, dec25.AddDays(1), BoxingDay, true)
	return h
}

// mayBeHoliday reports whether a holiday of some division can fall on day d
// of month m in some year, so that most days are answered without computing
// the year's holidays. The windows cover every rule (Easter Sunday lies
// between 22 March and 25 April; first Mondays on days 1 to 7, last Mondays
// on days 25 to 31; substitutes up to two days after a weekend) and every
// one-off; a test checks them against the rules for years 1 to 9999.
func mayBeHoliday(m time.Month, d int) bool {
	switch m {
	case time.January:
		return d <= 4 // New Year's Day and 2 January, with substitutes
	case time.March:
		return d >= 17 // St Patrick's Day (to 19) and Good Friday (from 20)
	case time.April:
		return d <= 26 // Good Friday (to 23) and Easter Monday (to 26)
	case time.May:
		return d <= 8 || d >= 25 // Early May (8 May 2020; coronation 2023), Spring
	case time.June:
		return d == 2 || d == 3 // 2022: Spring moved and the Platinum Jubilee
	case time.July:
		return d >= 12 && d <= 14 // Battle of the Boyne
	case time.August:
		return d <= 7 || d >= 25 // Summer: first (Scotland) or last Monday
	case time.September:
		return d == 19 // 2022: State Funeral
	case time.November:
		return d == 30 // St Andrew's Day
	case time.December:
		return d <= 2 || d >= 25 // St Andrew's Day substitute; Christmas
	}
	return false
}
