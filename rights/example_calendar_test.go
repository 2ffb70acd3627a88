package rights_test

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/rights"
)

// The three UK divisions differ: Scotland keeps 2 January and St Andrew's
// Day but not Easter Monday; Northern Ireland adds St Patrick's Day and the
// Battle of the Boyne.
func ExampleCalendar_Holidays() {
	for _, h := range rights.Scotland.Holidays(2025) {
		fmt.Println(h)
	}
	// Output:
	// 2025-01-01 New Year's Day
	// 2025-01-02 2nd January
	// 2025-04-18 Good Friday
	// 2025-05-05 Early May bank holiday
	// 2025-05-26 Spring bank holiday
	// 2025-08-04 Summer bank holiday
	// 2025-12-01 St Andrew's Day (substitute day)
	// 2025-12-25 Christmas Day
	// 2025-12-26 Boxing Day
}

func ExampleCalendar_IsWorkingDay() {
	easterMonday := time.Date(2025, time.April, 21, 9, 0, 0, 0, time.UTC)
	fmt.Println("England and Wales:", rights.EnglandAndWales.IsWorkingDay(easterMonday))
	fmt.Println("Scotland:", rights.Scotland.IsWorkingDay(easterMonday))
	fmt.Println("Weekends only:", rights.WeekendsOnly.IsWorkingDay(easterMonday))
	// Output:
	// England and Wales: false
	// Scotland: true
	// Weekends only: true
}

// A host closed between Christmas and New Year adds its closure days; the
// calendar it started from is unchanged.
func ExampleCalendar_WithClosures() {
	london, _ := time.LoadLocation("Europe/London")
	// A host's office closes between Christmas and New Year. That is right
	// for its own working-day targets, but not for statutory deadlines,
	// which move only past weekends and public holidays (UK GDPR Art. 4A;
	// Reg. 1182/71 Art. 3(4)).
	office := rights.EnglandAndWales.WithClosures(
		time.Date(2025, time.December, 29, 0, 0, 0, 0, london),
		time.Date(2025, time.December, 30, 0, 0, 0, 0, london),
		time.Date(2025, time.December, 31, 0, 0, 0, 0, london),
	)
	christmasEve := time.Date(2025, time.December, 24, 12, 0, 0, 0, london)
	fmt.Println(office)
	fmt.Println(rights.EnglandAndWales.NextWorkingDay(christmasEve).Format(time.DateOnly))
	fmt.Println(office.NextWorkingDay(christmasEve).Format(time.DateOnly))
	fmt.Println(office.AddWorkingDays(christmasEve, 5).Format(time.DateOnly))
	// Output:
	// england-and-wales+2025-12-29,2025-12-30,2025-12-31
	// 2025-12-29
	// 2026-01-02
	// 2026-01-08
}

func ExampleParseCalendar() {
	// A host's configuration names its division and its own closure days.
	cal, err := rights.ParseCalendar("scotland+2026-12-31,2026-12-24")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cal) // canonical: closure days in date order
	london, _ := time.LoadLocation("Europe/London")
	fmt.Println(cal.IsWorkingDay(time.Date(2026, time.December, 24, 12, 0, 0, 0, london)))

	_, err = rights.ParseCalendar("scotland+2026-02-29")
	fmt.Println(err)
	// Output:
	// scotland+2026-12-24,2026-12-31
	// false
	// "2026-02-29": not a closure date (valid: a date YYYY-MM-DD from 0001-01-01 to 9999-12-31) [rights/calendar-text]
}
